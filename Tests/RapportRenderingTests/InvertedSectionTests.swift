import RapportRendering
import Testing

/// `{{^name}}…{{/name}}`: rendered exactly when the value is falsey.
@Suite struct InvertedSectionTests {
  @Test func falseAndAbsentValuesRenderTheContent() {
    TemplateTesting.check("\"{{^ready}}shown{{/ready}}\"", Sheet(ready: false), "\"shown\"")
    TemplateTesting.check("\"{{^ready}}shown{{/ready}}\"", Sheet(ready: true), "\"\"")
    TemplateTesting.check(
      "[{{^title}}t{{/title}}{{^count}}c{{/count}}{{^owner}}o{{/owner}}]",
      Sheet(), "[tco]")
    TemplateTesting.check("[{{^title}}none{{/title}}]", Sheet(title: ""), "[none]")
    TemplateTesting.check("[{{^title}}none{{/title}}]", Sheet(title: "x"), "[]")
  }

  @Test func zeroIsNotFalsey() {
    TemplateTesting.check("[{{^count}}none{{/count}}]", Sheet(count: 0), "[]")
  }

  @Test func emptyListsRenderTheContentOnce() {
    TemplateTesting.check(
      "\"{{^rows}}no rows{{/rows}}{{^tags}}, no tags{{/tags}}\"", Sheet(),
      "\"no rows, no tags\"")
    TemplateTesting.check("\"{{^rows}}no rows{{/rows}}\"", Sheet(rows: [Row()]), "\"\"")
  }

  @Test func namesThatAreNotValuesRenderTheContent() {
    TemplateTesting.check("[{{^missing}}not found{{/missing}}]", Sheet(), "[not found]")
  }

  @Test func theContentSeesTheSameFrames() {
    TemplateTesting.check(
      "{{#rows}}{{^done}}{{label}} of {{title}};{{/done}}{{/rows}}",
      Sheet(title: "S", rows: [Row(label: "a"), Row(label: "b", done: true)]), "a of S;")
  }

  @Test func sectionAndInvertedSectionTogether() {
    let template = "{{#ready}}yes{{/ready}}{{^ready}}no{{/ready}}"
    TemplateTesting.check(template, Sheet(ready: true), "yes")
    TemplateTesting.check(template, Sheet(ready: false), "no")
  }

  @Test func anInvertedSectionOverAnEmptyListStandsForTheList() {
    // swift-mustache pushes the empty list, so a leading-dot name inside finds nothing; a list
    // that is absent (its record is) pushes nothing.
    let template = "{{^owner.reports}}[{{.title}}]{{/owner.reports}}{{^rows}}[{{.title}}]{{/rows}}"
    TemplateTesting.check(template, Sheet(title: "T"), "[T][]")
    TemplateTesting.check(template, Sheet(title: "T", owner: Person()), "[][]")
  }

  @Test func dottedNamesWorkForInvertedSections() {
    let template = "\"{{^b.c.d.e.flag}}Not Here{{/b.c.d.e.flag}}\""
    TemplateTesting.check(template, ChainA.full("x"), "\"\"")
    TemplateTesting.check(template, ChainA.full("x", flag: false), "\"Not Here\"")
    TemplateTesting.check(template, ChainA(), "\"Not Here\"")
  }

  @Test func whitespaceAndStandaloneLinesFollowSections() {
    let sheet = Sheet(ready: false)
    TemplateTesting.check(" | {{^ready}}\t|\t{{/ready}} | \n", sheet, " | \t|\t | \n")
    TemplateTesting.check(" | {{^ready}} {{! kept }}\n {{/ready}} | \n", sheet, " |  \n  | \n")
    TemplateTesting.check(
      " {{^ready}}NO{{/ready}}\n {{^ready}}WAY{{/ready}}\n", sheet,
      " NO\n WAY\n")
    TemplateTesting.check("| a\n{{^ready}}\n|\n{{/ready}}\n| b\n", sheet, "| a\n|\n| b\n")
    TemplateTesting.check("| a\n  {{^ready}}\n|\n  {{/ready}}\n| b\n", sheet, "| a\n|\n| b\n")
    TemplateTesting.check("|\r\n{{^ready}}\r\n{{/ready}}\r\n|", sheet, "|\r\n|")
    TemplateTesting.check("  {{^ready}}\n^{{/ready}}\n/", sheet, "^\n/")
    TemplateTesting.check("^{{^ready}}\n/\n  {{/ready}}", sheet, "^\n/\n")
    TemplateTesting.check("|{{^ ready }}={{/ ready }}|", sheet, "|=|")
  }
}

import RapportRendering
import Testing

/// `{{#name}}…{{/name}}`: when a section renders, how often, and what it pushes.
@Suite struct SectionTests {
  @Test func aTrueFlagRendersItsContentOnce() {
    TemplateTesting.check("\"{{#ready}}shown{{/ready}}\"", Sheet(ready: true), "\"shown\"")
    TemplateTesting.check("\"{{#ready}}shown{{/ready}}\"", Sheet(ready: false), "\"\"")
  }

  @Test func absentValuesAreFalsey() {
    TemplateTesting.check(
      "[{{#title}}t{{/title}}{{#count}}c{{/count}}{{#owner}}o{{/owner}}]",
      Sheet(), "[]")
    TemplateTesting.check("[{{#title}}t{{/title}}]", Sheet(title: ""), "[]")
  }

  @Test func zeroIsTruthy() {
    TemplateTesting.check("{{#count}}({{.}}){{/count}}", Sheet(count: 0), "(0)")
  }

  @Test func aRecordIsPushedOnce() {
    TemplateTesting.check(
      "{{#owner}}Hi {{name}}.{{/owner}}", Sheet(owner: Person(name: "Joe")),
      "Hi Joe.")
  }

  @Test func namesMissingFromTheItemComeFromOuterFrames() {
    let sheet = Sheet(title: "T", owner: Person(name: "Ada"))
    TemplateTesting.check(
      "{{#owner}}{{title}}, {{name}}, {{owner.name}}{{/owner}}", sheet,
      "T, Ada, Ada")
  }

  @Test func listsRepeatOncePerItem() {
    let sheet = Sheet(rows: [Row(count: 1), Row(count: 2), Row(count: 3)])
    TemplateTesting.check("\"{{#rows}}{{count}}{{/rows}}\"", sheet, "\"123\"")
  }

  @Test func emptyListsRenderNothing() {
    TemplateTesting.check("\"{{#rows}}row{{/rows}}{{#tags}}tag{{/tags}}\"", Sheet(), "\"\"")
  }

  @Test func everyListHasAPresenceFlag() {
    let sheet = Sheet(tags: ["a"], rows: [])
    TemplateTesting.check(
      "{{#has_tags}}tags{{/has_tags}}{{#has_rows}}rows{{/has_rows}}", sheet, "tags")
    TemplateTesting.check("{{^has_rows}}no rows{{/has_rows}}", sheet, "no rows")
  }

  @Test func textListsRepeatWithTheImplicitIterator() {
    TemplateTesting.check(
      "\"{{#tags}}({{.}}){{/tags}}\"", Sheet(tags: ["a", "<b>", "c"]),
      "\"(a)(&lt;b&gt;)(c)\"")
  }

  @Test func aTextIsNotAList() {
    TemplateTesting.check("\"{{#title}}once{{/title}}\"", Sheet(title: "123"), "\"once\"")
  }

  @Test func nestedListsSeeEveryOuterFrame() {
    let sheet = Sheet(
      title: "S",
      rows: [
        Row(label: "r1", cells: [Cell(value: "x"), Cell(value: "y")]),
        Row(label: "r2", cells: [Cell(value: "z")]),
      ])
    TemplateTesting.check(
      "{{#rows}}{{label}}:{{#cells}}{{title}}{{label}}{{value}}.{{/cells}};{{/rows}}",
      sheet, "r1:Sr1x.Sr1y.;r2:Sr2z.;")
  }

  @Test func recursiveRecordsNestAsDeepAsTheTemplate() {
    let boss = Person(
      name: "A", reports: [Person(name: "B", reports: [Person(name: "C", role: "dev")])])
    TemplateTesting.check(
      "{{#owner}}{{name}}{{#reports}}>{{name}}{{#reports}}>{{name}} ({{role}}){{/reports}}{{/reports}}{{/owner}}",
      Sheet(owner: boss), "A>B>C (dev)")
  }

  @Test func sectionsRepeatAndNest() {
    let template = "{{#ready}}\n* first\n{{/ready}}\n* {{title}}\n{{#ready}}\n* third\n{{/ready}}\n"
    TemplateTesting.check(
      template, Sheet(title: "second", ready: true),
      "* first\n* second\n* third\n")
    let nested = "| A {{#ready}}B {{#ready}}C{{/ready}} D{{/ready}} E |"
    TemplateTesting.check(nested, Sheet(ready: true), "| A B C D E |")
    TemplateTesting.check(nested, Sheet(ready: false), "| A  E |")
  }

  @Test func namesThatAreNotValuesAreFalsey() {
    TemplateTesting.check("[{{#missing}}found{{/missing}}]", Sheet(), "[]")
  }

  @Test func dottedNamesWorkForSections() {
    TemplateTesting.check(
      "\"{{#b.c.d.e.flag}}Here{{/b.c.d.e.flag}}\"", ChainA.full("x"), "\"Here\"")
    TemplateTesting.check(
      "\"{{#b.c.d.e.flag}}Here{{/b.c.d.e.flag}}\"", ChainA.full("x", flag: false),
      "\"\"")
    TemplateTesting.check("\"{{#b.c.d.e.flag}}Here{{/b.c.d.e.flag}}\"", ChainA(b: ChainB()), "\"\"")
    TemplateTesting.check("{{#b.c.d.e}}{{name}}{{/b.c.d.e}}", ChainA.full("bottom"), "bottom")
  }

  @Test func whitespaceAroundSectionsIsKept() {
    let sheet = Sheet(ready: true)
    TemplateTesting.check(" | {{#ready}}\t|\t{{/ready}} | \n", sheet, " | \t|\t | \n")
    TemplateTesting.check(" | {{#ready}} {{! kept }}\n {{/ready}} | \n", sheet, " |  \n  | \n")
    TemplateTesting.check(
      " {{#ready}}YES{{/ready}}\n {{#ready}}GOOD{{/ready}}\n", sheet,
      " YES\n GOOD\n")
  }

  @Test func standaloneSectionLinesAreRemoved() {
    let sheet = Sheet(ready: true)
    TemplateTesting.check("| a\n{{#ready}}\n|\n{{/ready}}\n| b\n", sheet, "| a\n|\n| b\n")
    TemplateTesting.check("| a\n  {{#ready}}\n|\n  {{/ready}}\n| b\n", sheet, "| a\n|\n| b\n")
    TemplateTesting.check("|\r\n{{#ready}}\r\n{{/ready}}\r\n|", sheet, "|\r\n|")
    TemplateTesting.check("  {{#ready}}\n#{{/ready}}\n/", sheet, "#\n/")
    TemplateTesting.check("#{{#ready}}\n/\n  {{/ready}}", sheet, "#\n/\n")
    TemplateTesting.check("\t{{#ready}} \t\nin\n \t{{/ready}}\t \nout", sheet, "in\nout")
  }

  @Test func paddingInsideSectionTagsIsIgnored() {
    TemplateTesting.check("|{{# ready }}={{/ ready }}|", Sheet(ready: true), "|=|")
  }
}

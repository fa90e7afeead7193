import RapportRendering
import Testing

/// `{{> name}}`: another template compiled in place, against the frames at the tag.
@Suite struct PartialTests {
  @Test func aPartialIsInsertedWhereItIsNamed() {
    TemplateTesting.check(
      "\"{{>text}}\"", Sheet(), partials: ["text": "from partial"],
      "\"from partial\"")
  }

  @Test func aPartialSeesTheFramesAtItsTag() {
    TemplateTesting.check(
      "\"{{>part}}\"", Sheet(title: "content"), partials: ["part": "*{{title}}*"],
      "\"*content*\"")
    let sheet = Sheet(title: "S", rows: [Row(label: "a"), Row(label: "b")])
    TemplateTesting.check(
      "{{#rows}}{{> row}}{{/rows}}", sheet, partials: ["row": "{{label}}/{{title}};"],
      "a/S;b/S;")
  }

  @Test func whitespaceAroundAnInlinePartialIsKept() {
    TemplateTesting.check("| {{>part}} |", Sheet(), partials: ["part": "\t|\t"], "| \t|\t |")
    TemplateTesting.check(
      "  {{title}}  {{> part}}\n", Sheet(title: "|"), partials: ["part": ">\n>"],
      "  |  >\n>\n")
  }

  @Test func standalonePartialsAreIndented() {
    TemplateTesting.check("|\r\n{{>part}}\r\n|", Sheet(), partials: ["part": ">"], "|\r\n>|")
    TemplateTesting.check("  {{>part}}\n>", Sheet(), partials: ["part": ">\n>"], "  >\n  >>")
    TemplateTesting.check(">\n  {{>part}}", Sheet(), partials: ["part": ">\n>"], ">\n  >\n  >")
  }

  @Test func indentationGoesBeforeEachLineOfThePartialButNotInsideValues() {
    TemplateTesting.check(
      "\\\n {{>part}}\n/\n", Sheet(note: "<\n->"),
      partials: ["part": "|\n{{{note}}}a b{{{note}}}c\n|\n"],
      "\\\n |\n <\n->a b<\n->c\n |\n/\n")
  }

  @Test func nestedPartialsAddUpTheirIndentation() {
    TemplateTesting.check(
      "  {{>outer}}", Sheet(),
      partials: ["outer": "o\n  {{>inner}}\n", "inner": "i1\ni2\n"], "  o\n    i1\n    i2\n")
  }

  @Test func listsInsideAnIndentedPartialIndentTheFirstLineOnly() {
    // swift-mustache renders each item as its own call, which starts without indentation.
    let sheet = Sheet(rows: [Row(label: "a"), Row(label: "b")])
    TemplateTesting.check(
      "  {{>list}}\n", sheet, partials: ["list": "{{#rows}}\n- {{label}}\n{{/rows}}\n"],
      "  - a\n- b\n")
  }

  @Test func paddingInsidePartialTagsIsIgnored() {
    TemplateTesting.check("|{{> part }}|", Sheet(), partials: ["part": "[]"], "|[]|")
  }

  @Test func aPartialStartsWithHTMLEscaping() {
    // swift-mustache renders a partial with its default content type, whatever the includer's.
    let sheet = Sheet(note: "*<x>*")
    TemplateTesting.check(
      "{{% CONTENT_TYPE: MARKDOWN}}\n{{note}} {{>part}}", sheet,
      partials: ["part": "{{note}}"], "\\*\\<x\\>\\* *&lt;x&gt;*")
    TemplateTesting.check(
      "{{% CONTENT_TYPE: MARKDOWN}}\n{{>part}}", sheet,
      partials: ["part": "{{% CONTENT_TYPE: TEXT}}\n{{note}}"], "*<x>*")
  }

  @Test func aPartialsPragmaStaysInThePartial() {
    TemplateTesting.check(
      "{{>part}}{{note}}", Sheet(note: "<"),
      partials: ["part": "{{% CONTENT_TYPE: TEXT}}{{note}}"], "<&lt;")
  }
}

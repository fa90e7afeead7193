import RapportRendering
import Testing

/// `{{=<% %>=}}`: other delimiters for the rest of the template (or of the section).
@Suite struct DelimiterTests {
  let sheet = Sheet(title: "Hey!", ready: true)

  @Test func newDelimitersApplyAfterTheTag() {
    TemplateTesting.check("{{=<% %>=}}(<%title%>)", sheet, "(Hey!)")
    TemplateTesting.check("({{=[ ]=}}[title])", sheet, "(Hey!)")
    TemplateTesting.check(
      "{{=<% %>=}}<%#ready%><%title%><%/ready%><%{title%>}<%={{ }}=%>{{title}}",
      Sheet(title: "<b>", ready: true), "&lt;b&gt;<b>&lt;b&gt;")
  }

  @Test func delimitersSetOutsideSectionsApplyInside() {
    let template =
      "[\n{{#ready}}\n  {{title}}\n  |title|\n{{/ready}}\n\n{{= | | =}}\n|#ready|\n  {{title}}\n  |title|\n|/ready|\n]\n"
    TemplateTesting.check(template, sheet, "[\n  Hey!\n  |title|\n\n  {{title}}\n  Hey!\n]\n")
    let inverted =
      "[\n{{^ready}}\n  {{title}}\n  |title|\n{{/ready}}\n\n{{= | | =}}\n|^ready|\n  {{title}}\n  |title|\n|/ready|\n]\n"
    TemplateTesting.check(
      inverted, Sheet(title: "Hey!"), "[\n  Hey!\n  |title|\n\n  {{title}}\n  Hey!\n]\n")
  }

  @Test func delimitersSetInsideASectionEndWithIt() {
    TemplateTesting.check(
      "{{#ready}}{{=<% %>=}}<%title%><%/ready%>{{title}}<%title%>", sheet,
      "Hey!Hey!<%title%>")
  }

  @Test func partialsAndTheirIncludersKeepTheirOwnDelimiters() {
    TemplateTesting.check(
      "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n", Sheet(title: "yes"),
      partials: ["include": ".{{title}}."], "[ .yes. ]\n[ .yes. ]\n")
    TemplateTesting.check(
      "[ {{>include}} ]\n[ .{{title}}.  .|title|. ]\n", Sheet(title: "yes"),
      partials: ["include": ".{{title}}. {{= | | =}} .|title|."],
      "[ .yes.  .yes. ]\n[ .yes.  .|title|. ]\n")
  }

  @Test func whitespaceAroundTheTagFollowsTheStandaloneRules() {
    TemplateTesting.check("| {{=@ @=}} |", sheet, "|  |")
    TemplateTesting.check(" | {{=@ @=}}\n", sheet, " | \n")
    TemplateTesting.check("Begin.\n{{=@ @=}}\nEnd.\n", sheet, "Begin.\nEnd.\n")
    TemplateTesting.check("Begin.\n  {{=@ @=}}\nEnd.\n", sheet, "Begin.\nEnd.\n")
    TemplateTesting.check("|\r\n{{= @ @ =}}\r\n|", sheet, "|\r\n|")
    TemplateTesting.check("  {{=@ @=}}\n=", sheet, "=")
    TemplateTesting.check("=\n  {{=@ @=}}", sheet, "=\n")
    TemplateTesting.check("|{{= @   @ =}}|", sheet, "||")
  }
}

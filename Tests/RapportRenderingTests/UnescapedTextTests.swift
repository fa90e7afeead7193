import Testing

@testable import RapportRendering

/// `{{{name}}}` on a value that may hold a note's words is a warning in HTML and Markdown pages,
/// and still renders; values rapport makes safe, and text pages, raise nothing.
@Suite struct UnescapedTextTests {
  @Test func plainTextInsertedUnescapedIsAWarningThatStillRenders() {
    let problems = TemplateTesting.problems("<h1>{{{title}}}</h1>", Sheet.self)
    #expect(problems.count == 1)
    #expect(problems.first?.isUnescapedText == true)
    #expect(problems.first?.severity == .warning)
    #expect(problems.first?.message.hasPrefix("`{{{title}}}` inserts text as written") == true)
    #expect(TemplateTesting.render("{{{title}}}", Sheet(title: "<b>")) == "<b>")
    let ampersand = TemplateTesting.problems(
      "{{% CONTENT_TYPE: MARKDOWN}}{{& title}}", Sheet.self)
    #expect(ampersand.map(\.isUnescapedText) == [true])
  }

  @Test func textPagesAndEscapedValuesRaiseNothing() {
    #expect(TemplateTesting.problems("{{% CONTENT_TYPE: TEXT}}{{{title}}}", Sheet.self).isEmpty)
    #expect(TemplateTesting.problems("{{title}}", Sheet.self).isEmpty)
  }

  @Test(arguments: [
    ("html", true), ("person_html", true), ("markdown", true), ("markdown_quoted", true),
    ("person_md", true), ("chart_svg", true), ("nps.chart_svg", true), ("href", true),
    ("md_link", true), ("account_id", true), ("status_class", true), ("title", false),
    ("contact_name", false), ("person", false), ("svg_text", false), ("idea", false),
  ])
  func markupNamesAreTheOnesRapportMakesSafe(name: String, isMarkup: Bool) {
    #expect(TemplateCompilation.isMarkup(name) == isMarkup)
  }
}

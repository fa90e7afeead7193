import RapportRendering
import Testing

/// Compiled programs and the output buffer they write into.
@Suite struct ProgramTests {
  @Test func renderingIntoABufferAppends() throws {
    let program = try #require(TemplateTesting.compile("[{{title}}]", Sheet.self).program)
    var output = TemplateOutput(capacity: 64)
    program.render(Sheet(title: "a"), into: &output)
    program.render(Sheet(title: "<b>"), into: &output)
    #expect(output.text == "[a][&lt;b&gt;]")
    #expect(output.bytes == Array("[a][&lt;b&gt;]".utf8))
    output.removeAll()
    program.render(Sheet(title: "c"), into: &output)
    #expect(output.text == "[c]")
    #expect(program.templateName == "main")
  }

  @Test func indentationNeverCarriesIntoTheNextPage() throws {
    // The partial ends with a line break, so its indentation waits for a next byte that never
    // comes within this page.
    let compiled = TemplateTesting.compile(
      "  {{> part}}", Sheet.self, partials: ["part": "a\n{{title}}"])
    let program = try #require(compiled.program)
    var output = TemplateOutput()
    program.render(Sheet(), into: &output)
    program.render(Sheet(title: "x"), into: &output)
    #expect(output.text == "  a\n  a\n  x")
  }

  @Test func theSameProgramRendersManyPages() throws {
    let program = try #require(
      TemplateTesting.compile("{{#rows}}{{label}},{{/rows}}", Sheet.self).program)
    for count in 0..<20 {
      let sheet = Sheet(rows: (0..<count).map { Row(label: "r\($0)") })
      #expect(program.render(sheet) == (0..<count).map { "r\($0)," }.joined())
    }
  }
}

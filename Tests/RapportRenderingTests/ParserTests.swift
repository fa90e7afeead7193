import Mustache
import RapportRendering
import Testing

/// The parsed tree: node kinds, how text is split, and positions in lines and Unicode scalars.
@Suite struct ParserTests {
  func nodes(_ text: String) throws -> [TemplateNode] {
    try TemplateParser.parse(text, named: "main").nodes
  }

  func at(_ line: Int, _ column: Int) -> TemplatePosition {
    TemplatePosition(line: line, column: column)
  }

  @Test func everyNodeKnowsWhereItStarts() throws {
    let text = "{{% CONTENT_TYPE: MARKDOWN}}\n# {{title}}\n{{#rows}}\n- {{{label}}}\n{{/rows}}\n"
    #expect(
      try nodes(text) == [
        TemplateNode(.contentType(.markdown), at: at(1, 1)),
        TemplateNode(.text("# "), at: at(2, 1)),
        TemplateNode(.variable("title", escaped: true), at: at(2, 3)),
        TemplateNode(.text("\n"), at: at(2, 12)),
        TemplateNode(
          .section(
            "rows", inverted: false,
            children: [
              TemplateNode(.text("- "), at: at(4, 1)),
              TemplateNode(.variable("label", escaped: false), at: at(4, 3)),
              TemplateNode(.text("\n"), at: at(4, 14)),
            ]), at: at(3, 1)),
      ])
  }

  @Test func columnsCountUnicodeScalars() throws {
    // é is one scalar, the technologist emoji three (woman, joiner, laptop), e + accent two.
    let parsed = try nodes("é👩‍💻 {{a}}\ne\u{301}{{^b}}{{/b}}")
    #expect(parsed.map(\.position) == [at(1, 1), at(1, 6), at(1, 11), at(2, 1), at(2, 3)])
  }

  @Test func tagsKeepTheirNamesAndKinds() throws {
    #expect(
      try nodes("{{ a.b }}{{& c }}{{.}}{{^d}}{{/d}}").map(\.kind) == [
        .variable("a.b", escaped: true), .variable("c", escaped: false),
        .variable(".", escaped: true),
        .section("d", inverted: true, children: []),
      ])
  }

  @Test func commentsAndDelimitersLeaveNoNodes() throws {
    #expect(
      try nodes("a{{! note }}b{{=<% %>=}}<%c%>").map(\.kind) == [
        .text("a"), .text("b"), .variable("c", escaped: true),
      ])
  }

  @Test func standalonePartialsKeepTheirIndentation() throws {
    #expect(
      try nodes("  {{> style}}\nx {{>note.md}}").map(\.kind) == [
        .text("  "), .partial("style", indentation: "  "), .text("x "),
        .partial("note.md", indentation: nil),
      ])
  }

  @Test func textIsSplitAfterEachLineBreak() throws {
    // A partial's indentation is applied between these pieces, as swift-mustache does.
    #expect(try nodes("a\nb\r\n  c").map(\.kind) == [.text("a\n"), .text("b\r\n"), .text("  c")])
  }

  @Test func trailingIndentationAtTheEndIsDropped() throws {
    // swift-mustache drops spaces after the last line break when nothing follows them.
    #expect(try nodes("a\n  ").map(\.kind) == [.text("a\n")])
    TemplateTesting.check("a\n  ", Sheet(), "a\n")
  }

  @Test func aClosingTagCarriesTheOpeningTagsLineState() throws {
    // After `{{/a}}`, swift-mustache takes "at the start of a line" from the opening tag.
    TemplateTesting.check(
      "x{{#ready}}\ny\n{{/ready}}\n{{#ready}}\nz{{/ready}}", Sheet(ready: true),
      "x\ny\n\nz")
  }
}

/// Syntax errors: each says what is wrong and where, in 1-based lines and scalar columns.
@Suite struct SyntaxErrorTests {
  func expectError(
    _ text: String, at line: Int, _ column: Int, _ message: String,
    swiftMustacheFails: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let problem = TemplateTesting.syntaxError(text)
    #expect(problem?.severity == .error, sourceLocation: sourceLocation)
    #expect(problem?.template == "main", sourceLocation: sourceLocation)
    #expect(
      problem?.position == TemplatePosition(line: line, column: column),
      sourceLocation: sourceLocation)
    #expect(problem?.message == message, sourceLocation: sourceLocation)
    if swiftMustacheFails {
      #expect(throws: (any Error).self, "swift-mustache", sourceLocation: sourceLocation) {
        try MustacheTemplate(string: text)
      }
    }
  }

  @Test func unclosedSection() {
    expectError("line\n  {{#rows}}\nx", at: 2, 3, "`{{#rows}}` is never closed with `{{/rows}}`")
    expectError("{{=<% %>=}}\né <%^a%>", at: 2, 3, "`<%^a%>` is never closed with `<%/a%>`")
    expectError("{{#a}}{{=<% %>=}}", at: 1, 1, "`{{#a}}` is never closed with `<%/a%>`")
  }

  @Test func closingTagWithAnotherName() {
    expectError("{{#a}}\n  {{/b}}", at: 2, 3, "`{{/b}}` does not close `{{#a}}`, opened at 1:1")
  }

  @Test func closingTagWithoutSection() {
    expectError("x {{/a}}", at: 1, 3, "`{{/a}}` closes a section that was never opened")
  }

  @Test func unclosedTag() {
    expectError("ab {{title", at: 1, 4, "`{{title` is never closed with `}}`")
    expectError(
      "{{a b}}", at: 1, 1,
      "`{{a` is not closed: expected `}}` but found `b`; names use letters, digits and `.-_?`")
    expectError(
      "{{#é}}", at: 1, 1,
      "`{{#` is not closed: expected `}}` but found `é`; names use letters, digits and `.-_?`")
    expectError("x\n {{{a}}", at: 2, 2, "`{{{a` is not closed with `}}}`")
    expectError("{{! never closed }", at: 1, 1, "this comment is never closed with `}}`")
  }

  @Test func unclosedTagAtTheEnd() {
    // swift-mustache drops a `{{` at the very end; rapport reports it.
    expectError(
      "ab {{", at: 1, 4, "`{{` opens a tag that is never closed", swiftMustacheFails: false)
  }

  @Test func malformedDelimiters() {
    let message =
      "malformed set-delimiter tag: write two delimiters separated by a space, as in `{{=<% %>=}}`"
    expectError("a\n{{=<%%>=}}", at: 2, 1, message)
    expectError("{{= <% =}}", at: 1, 1, message)
    expectError("{{=<% %>}}", at: 1, 1, message)
    expectError("{{=<% %>=", at: 1, 1, message)
  }

  @Test func unknownPragma() {
    expectError(
      "x {{% CONTENT_TYPE: PDF}}", at: 1, 3,
      "unknown pragma `CONTENT_TYPE: PDF`; the one pragma is `CONTENT_TYPE` with HTML, MARKDOWN, TEXT"
    )
    expectError(
      "{{%FORMAT:HTML}}", at: 1, 1,
      "unknown pragma `FORMAT: HTML`; the one pragma is `CONTENT_TYPE` with HTML, MARKDOWN, TEXT")
    expectError(
      "{{% CONTENT_TYPE HTML}}", at: 1, 1,
      "malformed pragma: write `{{% CONTENT_TYPE: TYPE}}` with TYPE one of HTML, MARKDOWN, TEXT")
  }

  @Test func unsupportedTags() {
    // swift-mustache supports these; rapport's templates use neither.
    expectError(
      "{{<base}}{{/base}}", at: 1, 1,
      "`{{<` and `{{$` (template inheritance) are not supported; use a partial, `{{> name}}`",
      swiftMustacheFails: false)
    expectError(
      "{{$block}}x{{/block}}", at: 1, 1,
      "`{{<` and `{{$` (template inheritance) are not supported; use a partial, `{{> name}}`",
      swiftMustacheFails: false)
    expectError(
      "{{>*name}}", at: 1, 1,
      "`{{>*` (a partial named by a value) is not supported; name the partial",
      swiftMustacheFails: false)
  }

  @Test func sectionsNestAtMostAHundredDeep() {
    let deep = String(repeating: "{{#a}}", count: 101) + String(repeating: "{{/a}}", count: 101)
    expectError(
      deep, at: 1, 601, "sections nest more than 100 deep here", swiftMustacheFails: false)
    let allowed = String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100)
    #expect(TemplateTesting.syntaxError(allowed) == nil)
  }
}

/// Large templates parse and compile in time linear in their size.
@Suite struct LargeTemplateTests {
  @Test func aLargeTemplateParsesCompilesAndRenders() throws {
    // Whitespace before a tag that is not standalone is written after the tag's own node: the
    // parser looks back along the line, never from the start of the file.
    let lines = 20_000
    let text = String(repeating: "  {{% CONTENT_TYPE: TEXT}} {{title}}\nplain line\n", count: lines)
    let compiled = TemplateTesting.compile(text, Sheet.self)
    let program = try #require(compiled.program)
    let output = program.render(Sheet(title: "<t>"))
    #expect(output.utf8.count == lines * ("   <t>\nplain line\n".utf8.count))
  }
}

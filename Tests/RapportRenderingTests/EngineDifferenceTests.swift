import RapportRendering
import Testing

/// Where rapport's engine and swift-mustache 2.1.1 legitimately differ, each shown with both
/// outputs. The differential tests generate data and templates that avoid these cases.
@Suite struct EngineDifferenceTests {
  func both<R: TemplateRecord>(
    _ text: String, _ page: R, partials: [String: String] = [:]
  ) throws -> (ours: String, swiftMustache: String) {
    var sources = partials
    sources["main"] = text
    return (
      TemplateTesting.render(text, page, partials: partials),
      try ReferenceRenderer.render("main", page, sources: sources)
    )
  }

  /// swift-mustache looks a name up by value at run time, so a name a nested record's type
  /// declares but leaves absent is taken from an outer frame; rapport resolves names by type when
  /// compiling, so the absent value renders nothing.
  @Test func anAbsentNestedValueDoesNotFallThroughToOuterFrames() throws {
    let sheet = Sheet(rows: [Row(label: "mine", owner: nil)], owner: Person(name: "Sheet owner"))
    let result = try both("{{#rows}}{{label}}: {{owner.name}}{{#owner}}!{{/owner}}{{/rows}}", sheet)
    #expect(result.ours == "mine: ")
    #expect(result.swiftMustache == "mine: Sheet owner!")
  }

  /// The same fall-through in today's `account.md`: an interview without themes takes the page's
  /// list of themes, and prints it as a Swift type name.
  @Test func aListIsNeverPrintedAsATypeName() throws {
    var page = AccountPage()
    page.themes = [AccountThemeRecord(theme: "pricing")]
    page.timeline = [TimelineEntryRecord(date: "2024-05-01", contact: "Ada", themes: nil)]
    let sources = DifferentialTesting.repositoryTemplates
    let program = try #require(
      TemplateCompiler.compile(
        templateNamed: "account.md", root: AccountPage.self, sources: sources
      )
      .program)
    let ours = program.render(page)
    let swiftMustache = try ReferenceRenderer.render("account.md", page, sources: sources)
    #expect(!ours.contains("ReferenceObject"))
    #expect(swiftMustache.contains(" · \\[RapportRenderingTests.ReferenceObject\\]"))
  }

  /// swift-mustache prints a list or record written as text with `String(describing:)`; rapport
  /// warns when compiling and renders nothing.
  @Test func listsAndRecordsWrittenAsTextRenderNothing() throws {
    let sheet = Sheet(tags: ["a"], owner: Person(name: "A"))
    let result = try both("[{{tags}}][{{owner}}][{{#owner}}{{.}}{{/owner}}]", sheet)
    #expect(result.ours == "[][][]")
    #expect(result.swiftMustache.contains("ReferenceText"))
    #expect(result.swiftMustache.contains("ReferenceObject"))
  }

  /// swift-mustache's own HTML escaper (used without a pragma and in partials) works on
  /// characters, so `<` followed by a combining mark is one character it leaves alone; rapport
  /// escapes it, as `Escaping.html` does.
  @Test func markupFollowedByACombiningMarkIsStillEscaped() throws {
    let result = try both("{{note}}", Sheet(note: "<\u{338}script>"))
    #expect(result.ours == "&lt;\u{338}script&gt;")
    #expect(result.swiftMustache == "<\u{338}script&gt;")
  }

  /// swift-mustache drops a `{{` directly followed by a line break and reads on as text; rapport
  /// reads a tag whose name is on the next line.
  @Test func aTagMayStartOnTheLineBeforeItsName() throws {
    let result = try both("a{{\ntitle}}b", Sheet(title: "T"))
    #expect(result.ours == "aTb")
    #expect(result.swiftMustache == "a\ntitle}}b")
  }
}

import RapportRendering
import Testing

/// rapport's own templates, rendered from varied data by both engines: the output must be the
/// same byte for byte.
@Suite struct RepositoryTemplateTests {
  let sources = DifferentialTesting.repositoryTemplates

  @Test func everyTemplateIsFound() {
    for (name, text) in sources { #expect(!text.isEmpty, "\(name)") }
  }

  @Test func theTestRecordsDeclareEveryNameTheTemplatesUse() {
    func problems<R: TemplateRecord>(_ name: String, _ type: R.Type) -> [TemplateProblem] {
      TemplateCompiler.compile(templateNamed: name, root: type, sources: sources).problems
    }
    #expect(problems("index.html", IndexPage.self) == [])
    #expect(problems("index.md", IndexPage.self) == [])
    #expect(problems("account.html", AccountPage.self) == [])
    #expect(problems("account.md", AccountPage.self) == [])
    #expect(problems("note.md", NotePage.self) == [])
    #expect(problems("profile.md", ProfilePage.self) == [])
    #expect(problems("person.html", PersonPage.self) == [])
    #expect(problems("person.md", PersonPage.self) == [])
    #expect(problems("tellback.md", TellBackPage.self) == [])
  }

  @Test func indexHTML() throws { try compare("index.html", IndexPage.sample) }
  @Test func indexMarkdown() throws { try compare("index.md", IndexPage.sample) }
  @Test func accountHTML() throws { try compare("account.html", AccountPage.sample) }
  @Test func accountMarkdown() throws { try compare("account.md", AccountPage.sample) }
  @Test func newNote() throws { try compare("note.md", NotePage.sample) }
  @Test func newProfile() throws { try compare("profile.md", ProfilePage.sample) }
  @Test func personHTML() throws { try compare("person.html", PersonPage.sample) }
  @Test func personMarkdown() throws { try compare("person.md", PersonPage.sample) }
  @Test func tellBack() throws { try compare("tellback.md", TellBackPage.sample) }

  /// Renders `cases` pages: every third with nothing absent, every third with everything that
  /// may be absent absent (and lists often empty), the rest mixed.
  func compare<R: TemplateRecord>(
    _ name: String, _ make: (inout SampleMaker) -> R, cases: UInt64 = 90,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let program = try #require(
      TemplateCompiler.compile(templateNamed: name, root: R.self, sources: sources).program,
      sourceLocation: sourceLocation)
    let library = try ReferenceRenderer.library(sources)
    for seed in 0..<cases {
      var maker = SampleMaker(seed: seed, root: R.self, absence: [0, 1, 0.3][Int(seed % 3)])
      let page = make(&maker)
      DifferentialTesting.expectSame(
        name, page, program: program, library: library,
        context: "template \(name), seed \(seed), absent: \(maker.absent.sorted())",
        sourceLocation: sourceLocation)
    }
  }
}

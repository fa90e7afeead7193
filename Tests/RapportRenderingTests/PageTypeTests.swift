import Foundation
import RapportTestSupport
import Testing

@testable import RapportRendering

/// The built-in templates against the real page types.
@Suite struct PageTypeTests {
  @Test func everyNameTheBuiltInTemplatesUseIsAValueOfTheirPage() {
    let (set, diagnostics) = TemplateSources().parse()
    #expect(set != nil)
    #expect(diagnostics.map { "\($0.file):\($0.position!): \($0.message)" } == [])
  }

  @Test func accountPagesShowTheCommitOnlyWhenTheirTemplatesReadIt() throws {
    let builtIn = try #require(TemplateSources().parse().0)
    #expect(!builtIn.accountPagesRead("commit"))
    // The built-in pages warn of skipped notes, but do not count the notebook's notes: the
    // `notes` they read is a win-loss list's.
    #expect(builtIn.accountPagesRead("skipped") && !builtIn.accountPagesRead("notes"))
    for (name, text) in [
      ("person.md", "# {{name}}\n{{#commit}}at `{{commit}}`{{/commit}}\n"),
      ("account.html", "<p>{{#scores}}{{.}}{{/scores}}{{^commit}}no git{{/commit}}</p>\n"),
      // Through a partial: the company page's template, included whole.
      ("account.md", "{{> index.md}}\n"),
      // Inside a section over the page itself, which pushes the page again.
      ("account.md", "{{#.}} · notebook commit `{{commit}}`{{/.}}\n"),
      ("person.html", "{{#..}}{{.commit}}{{/..}}\n"),
    ] {
      let set = try #require(
        TemplateSources(replacements: [TemplateFile(name: name, text: text, path: name)]).parse().0,
        "\(name)")
      #expect(set.accountPagesRead("commit"), "\(name)")
    }
  }

  @Test func theTemplateReferenceIsGeneratedFromThePageTypes() {
    let file = RepositoryPaths.root.appendingPathComponent("docs/templates.md")
    let mismatch = Golden.mismatch(TemplateDocumentation.markdown, file: file)
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }
}

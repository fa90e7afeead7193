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

  @Test func theTemplateReferenceIsGeneratedFromThePageTypes() {
    let file = RepositoryPaths.root.appendingPathComponent("docs/templates.md")
    let mismatch = Golden.mismatch(TemplateDocumentation.markdown, file: file)
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }
}

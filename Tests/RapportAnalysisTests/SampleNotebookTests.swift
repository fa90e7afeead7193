import RapportAnalysis
import RapportDriver
import RapportNotebook
import RapportTestSupport
import Testing

/// The sample notebook shows every attention and planner rule at work, so the README's reports
/// demonstrate them all.
@Suite struct SampleNotebookTests {
  @Test func everyAttentionAndPlannerRuleFiresInTheSample() throws {
    let notebook = NotebookLoader(jobs: 2).load(
      root: RepositoryPaths.root.appendingPathComponent("notebooks").path
    ).notebook
    #expect(notebook.diagnostics.filter { $0.severity == .error }.isEmpty)
    let analysis = NotebookAnalysis(notebook: notebook, asOf: Day("2026-11-20")!, jobs: 2)
    let raised = Set(analysis.accounts.flatMap { $0.attention.reasons.map(\.rule) })
    #expect(
      raised == Set(Attention.Rule.allCases),
      "missing: \(Set(Attention.Rule.allCases).subtracting(raised))")
    let planned = Set(analysis.company.nextConversations.map(\.reason))
    #expect(
      planned == Set(NextConversation.Reason.allCases),
      "missing: \(Set(NextConversation.Reason.allCases).subtracting(planned))")
    let levels = Set(analysis.accounts.map(\.attention.level))
    #expect(levels == [.act, .watch, .steady])
  }
}

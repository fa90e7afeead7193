import RapportAnalysis
import RapportNotebook
import RapportSystem

/// Whom to talk to next.
public struct PlanOutcome: Sendable {
  /// The conversations, most urgent first (only `account`'s when one was named).
  public var conversations: [NextConversation]
  /// The notebook's diagnostics (notes with errors or nothing written are left out of the plan).
  public var diagnostics: [Diagnostic]
  public var asOf: Day
}

extension Workspace {
  /// The next conversations as of `asOf`, for every account or just `account`.
  public func plan(asOf: Day, account: String? = nil) throws -> PlanOutcome {
    let notebook = load().notebook
    if let account, notebook.account(id: account) == nil {
      throw DriverError(
        "no account `\(account)` in \(self.notebook)"
          + Suggestion.didYouMean(account, among: notebook.accounts.map(\.id)), isUsage: true)
    }
    let analysis = NotebookAnalysis(notebook: notebook, asOf: asOf, jobs: options.jobs)
    var conversations = analysis.company.nextConversations
    if let account {
      conversations = conversations.filter { $0.accountID == account }.enumerated().map {
        var entry = $1
        entry.priority = $0 + 1
        return entry
      }
    }
    return PlanOutcome(conversations: conversations, diagnostics: notebook.diagnostics, asOf: asOf)
  }
}

import RapportAnalysis
import RapportNotebook
import RapportRendering
import RapportSystem

/// A tell-back draft and what the notebook said on the way.
public struct TellBackOutcome: Sendable {
  /// The draft (Markdown).
  public var text: String
  /// The errors of the account's notes and of the notebook's settings (those notes are left out),
  /// and the templates' warnings: other accounts' errors are not this draft's.
  public var diagnostics: [Diagnostic]
}

extension Workspace {
  /// The customer-facing tell-back draft of `account` as of `asOf`.
  public func tellBack(account: String, asOf: Day, templates: String?) throws -> TellBackOutcome {
    let notebook = load().notebook
    guard let model = notebook.account(id: account) else {
      throw DriverError(
        "no account `\(account)` in \(self.notebook)"
          + Suggestion.didYouMean(account, among: notebook.accounts.map(\.id)), isUsage: true)
    }
    let (set, templateDiagnostics) = TemplateFolder.sources(
      folder: templates, notebook: self.notebook
    )
    .parse()
    guard let set else { throw TemplateProblems(diagnostics: templateDiagnostics) }
    let analysis = NotebookAnalysis(notebook: notebook, asOf: asOf, jobs: options.jobs)
    guard let report = analysis.accounts.first(where: { $0.id == account }) else {
      throw DriverError("no account `\(account)` in \(self.notebook)")
    }
    let summary = TellBackSummary(report, account: model, settings: notebook.settings)
    return TellBackOutcome(
      text: ReportRenderer(templates: set).tellBack(summary),
      diagnostics: notebook.diagnostics.filter {
        $0.severity == .error && Self.concerns($0.location, account: account)
      } + templateDiagnostics)
  }

  /// Whether a problem at `location` bears on one account's pages: it is in that account's
  /// folder, or in no account's (the notebook itself, `rapport.yml`).
  static func concerns(_ location: DiagnosticLocation, account: String) -> Bool {
    guard let path = location.notebookPath else { return true }
    return path == account || path.hasPrefix(account + "/") || !path.contains("/")
  }

  /// Writes `text` to `path`.
  public func writeDraft(_ text: String, to path: String) throws {
    do { try FileSystem.write(path, text: text) } catch { throw DriverError(error.description) }
  }
}

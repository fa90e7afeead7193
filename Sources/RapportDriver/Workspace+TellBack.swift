import RapportAnalysis
import RapportNotebook
import RapportRendering
import RapportSystem

/// A tell-back draft and what the notebook said on the way.
public struct TellBackOutcome: Sendable {
  /// The draft (Markdown).
  public var text: String
  /// The notebook's errors (those notes are left out) and the templates' warnings.
  public var diagnostics: [Diagnostic]
}

extension Workspace {
  /// The customer-facing tell-back draft of `account` as of `asOf`.
  public func tellBack(account: String, asOf: Day, templates: String?) throws -> TellBackOutcome {
    let notebook = load().notebook
    guard let model = notebook.account(id: account) else {
      throw DriverError(
        "no account `\(account)` in \(self.notebook)"
          + Suggestion.didYouMean(account, among: notebook.accounts.map(\.id)))
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
      diagnostics: notebook.diagnostics.filter { $0.severity == .error } + templateDiagnostics)
  }

  /// Writes `text` to `path`.
  public func writeDraft(_ text: String, to path: String) throws {
    do { try FileSystem.write(path, text: text) } catch { throw DriverError(error.description) }
  }
}

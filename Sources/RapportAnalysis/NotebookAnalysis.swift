import RapportNotebook
import RapportSystem

/// The analysed reports of a loaded notebook: what `report`, `export` and the planner share.
public struct NotebookAnalysis: Sendable {
  public let notebook: Notebook
  public let period: ReportPeriod
  /// Account reports, in the notebook's account order.
  public let accounts: [AccountReport]
  public let company: CompanyReport

  /// Analyses every account (on up to `jobs` threads) and then the company, as of `asOf`.
  public init(notebook: Notebook, asOf: Day, jobs: Int) {
    self.notebook = notebook
    period = ReportPeriod(asOf: asOf, windowDays: notebook.settings.thresholds.windowDays)
    let period = self.period
    accounts = Parallel.map(notebook.accounts, jobs: jobs) {
      AccountAnalysis.report($0, settings: notebook.settings, period: period)
    }
    company = CompanyAnalysis.report(accounts, notebook: notebook, period: period, jobs: jobs)
  }
}

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
    self.init(
      notebook: notebook, asOf: asOf, jobs: jobs,
      account: { (index) throws(Never) in notebook.accounts[index] },
      each: { (report) throws(Never) in report })
  }

  /// The same, taking each account from `account` and handing its report to `each` on the way.
  ///
  /// `account` gives the notebook's account at an index with its interviews (a notebook whose
  /// interviews were set aside reads them back there). `each` gets every account's report on the
  /// thread that made it, as soon as it is made, and what it returns is kept instead (a report
  /// writer writes the account's pages there and keeps only what the company figures read). The
  /// first error either throws stops the analysis.
  public init<Failure: Error>(
    notebook: Notebook, asOf: Day, jobs: Int,
    account: @Sendable (Int) throws(Failure) -> Account,
    each: @Sendable (AccountReport) throws(Failure) -> AccountReport
  ) throws(Failure) {
    self.notebook = notebook
    period = ReportPeriod(asOf: asOf, windowDays: notebook.settings.thresholds.windowDays)
    let period = self.period
    accounts = try Parallel.map(count: notebook.accounts.count, jobs: jobs, scratch: {}) {
      index, _ -> Result<AccountReport, Failure> in
      Result { () throws(Failure) in
        try each(
          AccountAnalysis.report(try account(index), settings: notebook.settings, period: period))
      }
    }.map { result throws(Failure) in try result.get() }
    company = CompanyAnalysis.report(
      accounts, settings: notebook.settings, period: period, jobs: jobs)
  }
}

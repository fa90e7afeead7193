import RapportNotebook
import RapportSystem
import Synchronization

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
  /// `reuse` may give an account's report instead (one kept from an earlier run, already as
  /// `each` would return it): the account is then neither taken nor analysed.
  /// `account` gives the notebook's account at an index with its interviews (a notebook whose
  /// interviews were set aside reads them back there). `each` gets every account's report on the
  /// thread that made it, as soon as it is made, and what it returns is kept instead (a report
  /// writer writes the account's pages there and keeps only what the company figures read). The
  /// first error either throws stops the analysis: accounts not yet begun are skipped, and the
  /// error is thrown once those under way are done.
  public init<Failure: Error>(
    notebook: Notebook, asOf: Day, jobs: Int,
    reuse: @Sendable (Int) -> AccountReport? = { _ in nil },
    account: @Sendable (Int) throws(Failure) -> Account,
    each: @Sendable (AccountReport) throws(Failure) -> AccountReport
  ) throws(Failure) {
    self.notebook = notebook
    period = ReportPeriod(asOf: asOf, windowDays: notebook.settings.thresholds.windowDays)
    let period = self.period
    let failed = Atomic<Bool>(false)
    let results = Parallel.map(count: notebook.accounts.count, jobs: jobs, scratch: {}) {
      index, _ -> Result<AccountReport, Failure>? in
      guard !failed.load(ordering: .relaxed) else { return nil }
      if let kept = reuse(index) { return .success(kept) }
      let result = Result { () throws(Failure) in
        try each(
          AccountAnalysis.report(try account(index), settings: notebook.settings, period: period))
      }
      if case .failure = result { failed.store(true, ordering: .relaxed) }
      return result
    }
    var reports: [AccountReport] = []
    reports.reserveCapacity(results.count)
    for result in results {
      if case .success(let report)? = result { reports.append(report) }
    }
    // An account was skipped or failed: the first failure is the error.
    if reports.count < results.count {
      for case .failure(let error)? in results { throw error }
    }
    accounts = reports
    company = CompanyAnalysis.report(
      accounts, settings: notebook.settings, period: period, jobs: jobs)
  }
}

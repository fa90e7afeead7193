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
  /// `account` gives the notebook's account at an index with its interviews (a notebook whose
  /// interviews were set aside reads them back there). `each` gets every account's report on the
  /// thread that made it, as soon as it is made, and what it returns is kept instead (a report
  /// writer writes the account's pages there and keeps only what the company figures read). The
  /// first error either throws stops the analysis: accounts not yet begun are skipped, and the
  /// error is thrown once those under way are done.
  public init<Failure: Error>(
    notebook: Notebook, asOf: Day, jobs: Int,
    account: @Sendable (Int) throws(Failure) -> Account,
    each: @Sendable (AccountReport) throws(Failure) -> AccountReport
  ) throws(Failure) {
    let period = ReportPeriod(asOf: asOf, settings: notebook.settings)
    let reports = try Self.accounts(
      notebook: notebook, period: period, jobs: jobs, account: account, each: each)
    self.init(notebook: notebook, period: period, accounts: reports.map { $0! }, jobs: jobs)
  }

  /// The company figures of account reports already made (`accounts`, as `each` returned them).
  public init(notebook: Notebook, period: ReportPeriod, accounts: [AccountReport], jobs: Int) {
    self.notebook = notebook
    self.period = period
    self.accounts = accounts
    company = CompanyAnalysis.report(
      accounts, settings: notebook.settings, period: period, jobs: jobs)
  }

  /// Every account's report, as `each` returns it, on up to `jobs` threads; nil for an account
  /// `kept` says needs none (its report is kept from an earlier run, and is neither taken nor
  /// analysed). Errors stop it as in `init(notebook:asOf:jobs:account:each:)`.
  public static func accounts<Failure: Error>(
    notebook: Notebook, period: ReportPeriod, jobs: Int,
    kept: @Sendable (Int) -> Bool = { _ in false },
    account: @Sendable (Int) throws(Failure) -> Account,
    each: @Sendable (AccountReport) throws(Failure) -> AccountReport
  ) throws(Failure) -> [AccountReport?] {
    let failed = Atomic<Bool>(false)
    let results = Parallel.map(count: notebook.accounts.count, jobs: jobs, scratch: {}) {
      index, _ -> Result<AccountReport?, Failure>? in
      guard !failed.load(ordering: .relaxed) else { return nil }
      if kept(index) { return .success(nil) }
      let result = Result { () throws(Failure) -> AccountReport? in
        try each(
          AccountAnalysis.report(try account(index), settings: notebook.settings, period: period))
      }
      if case .failure = result { failed.store(true, ordering: .relaxed) }
      return result
    }
    var reports: [AccountReport?] = []
    reports.reserveCapacity(results.count)
    for result in results {
      if case .success(let report)? = result { reports.append(report) }
    }
    // An account was skipped or failed: the first failure is the error.
    if reports.count < results.count {
      for case .failure(let error)? in results { throw error }
    }
    return reports
  }
}

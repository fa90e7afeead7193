import Dispatch
import RapportAnalysis
import RapportNotebook
import RapportRendering
import Synchronization

/// The analysed reports of a loaded notebook: the pure middle shared by `report`, `export` and `--watch`.
struct ReportBuild {
  let notebook: Notebook
  let period: ReportPeriod
  let accounts: [AccountReport]
  let company: CompanyReport

  /// Analyses every account (in parallel) and then the company.
  init(notebook: Notebook, asOf: Day, jobs: Int) {
    self.notebook = notebook
    period = ReportPeriod(asOf: asOf, windowDays: notebook.settings.thresholds.windowDays)
    let period = self.period
    accounts = parallelMap(notebook.accounts, jobs: jobs) {
      AccountAnalysis.report($0, settings: notebook.settings, period: period)
    }
    company = CompanyAnalysis.report(accounts, notebook: notebook, period: period)
  }
}

/// `transform` applied to every element on up to `jobs` threads, results in order.
func parallelMap<T: Sendable, U: Sendable>(
  _ items: [T], jobs: Int, _ transform: @Sendable (T) -> U
) -> [U] {
  guard jobs > 1, items.count > 1 else { return items.map(transform) }
  let results = Mutex<[U?]>(Array(repeating: nil, count: items.count))
  let next = Atomic<Int>(0)
  DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
    var local: [(Int, U)] = []
    while true {
      let index = next.add(1, ordering: .relaxed).oldValue
      guard index < items.count else { break }
      local.append((index, transform(items[index])))
    }
    results.withLock { state in for (index, value) in local { state[index] = value } }
  }
  return results.withLock { $0.map { $0! } }
}

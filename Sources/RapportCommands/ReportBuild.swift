import RapportAnalysis
import RapportNotebook
import RapportRendering
import RapportSystem

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
    accounts = Parallel.map(notebook.accounts, jobs: jobs) {
      AccountAnalysis.report($0, settings: notebook.settings, period: period)
    }
    company = CompanyAnalysis.report(accounts, notebook: notebook, period: period)
  }
}

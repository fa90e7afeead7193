import RapportAnalysis
import RapportNotebook
import RapportTestSupport

/// Small notebooks written as text, loaded, and analysed as of a fixed date.
struct AnalysisFixture {
  static let asOf = Day("2026-06-30")!

  var files: [String: String] = ["rapport.yml": "team:\n  - { handle: sam, name: Sam Lee }\n"]

  /// Adds `acme/account.md` (or another account) with a roster written as YAML lines.
  mutating func profile(_ lines: String) { profile("acme", lines) }

  /// Adds `<account>/account.md` with the given front-matter lines.
  mutating func profile(_ account: String, _ lines: String) {
    files["\(account)/account.md"] = "---\nname: \(account.capitalized)\n\(lines)\n---\n"
  }

  /// Adds a note; `scores` like "nps: 9", `extra` more front-matter lines, `body` Markdown.
  mutating func note(
    _ date: String, _ contact: String, scores: String? = nil, extra: String = "",
    body: String = "Notes.\n"
  ) {
    note("acme", date, contact, scores: scores, extra: extra, body: body)
  }

  /// Adds a note to `account`.
  mutating func note(
    _ account: String, _ date: String, _ contact: String, scores: String? = nil, extra: String = "",
    body: String = "Notes.\n"
  ) {
    let file = "\(account)/\(date)-\(contact)-\(files.count).md"
    files[file] =
      "---\ndate: \(date)\ninterviewer: Sam Lee\ncontact: \(contact)\n"
      + (scores.map { "scores: { \($0) }\n" } ?? "") + (extra.isEmpty ? "" : extra + "\n") + "---\n"
      + body
  }

  /// Loads and analyses the notebook; fails the test on any diagnostic error.
  func analyse(
    asOf: Day = AnalysisFixture.asOf
  ) throws -> (company: CompanyReport, notebook: Notebook) {
    let notebook = try TemporaryNotebook(files).load()
    let errors = notebook.diagnostics.filter { $0.severity == .error }
    precondition(errors.isEmpty, "fixture has errors: \(errors.map(\.message))")
    let period = ReportPeriod(asOf: asOf, windowDays: notebook.settings.thresholds.windowDays)
    let accounts = notebook.accounts.map {
      AccountAnalysis.report($0, settings: notebook.settings, period: period)
    }
    return (CompanyAnalysis.report(accounts, settings: notebook.settings, period: period), notebook)
  }
}

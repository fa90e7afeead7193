import Foundation
import RapportDriver
import RapportMarkdown
import RapportNotebook
import RapportTestSupport
import Testing

/// `note.date.future`: a note dated after today (the machine's date or `RAPPORT_TODAY`, never
/// `--as-of`) is a warning made afresh on every check, cached load or not, and never in reports.
@Suite struct NoteDateFutureTests {
  static func note(dated date: String, extra: String = "") -> String {
    "---\ndate: \(date)\ninterviewer: Sam Lee\ncontact: jane-doe\n"
      + (extra.isEmpty ? "" : extra + "\n") + "---\nJane is happy.\n"
  }

  func notebook(dated date: String, extra: String = "") throws -> TemporaryNotebook {
    try TemporaryNotebook(
      RuleCatalog.exampleBase.merging([
        RuleCatalog.exampleNote: Self.note(dated: date, extra: extra)
      ]) { $1 })
  }

  /// A workspace over `folder` on day `today`, with a cache in the notebook's hidden `.cache`.
  func workspace(_ folder: TemporaryNotebook, today: String, cache: Bool = true) -> Workspace {
    Workspace(
      notebook: folder.root,
      options: Workspace.Options(
        jobs: 1, usesCache: cache,
        environment: ["RAPPORT_CACHE_DIR": folder.root + "/.cache", "RAPPORT_TODAY": today]))
  }

  func future(
    _ folder: TemporaryNotebook, today: String, cache: Bool = true
  ) throws
    -> [Diagnostic]
  {
    try workspace(folder, today: today, cache: cache).check().diagnostics
  }

  @Test func aNoteDatedAfterTodayIsAWarningWithTheDateAndTheYearMeant() throws {
    let folder = try notebook(dated: "2062-03-14")
    let found = try future(folder, today: "2026-11-26", cache: false)
    #expect(found.map(\.rule) == ["note.date.future"])
    let warning = try #require(found.first)
    #expect(warning.severity == .warning)
    #expect(warning.file == RuleCatalog.exampleNote)
    #expect(warning.position == SourcePosition(line: 2, column: 7))
    #expect(warning.length == 10)
    #expect(
      warning.message
        == "date 2062-03-14 is after today, 2026-11-26: did you mean 2026-03-14? Reports leave a note out until its date"
    )
  }

  @Test func onlyTodayCountsNotTheDayOfTheNote() throws {
    let folder = try notebook(dated: "2026-11-20")
    #expect(try future(folder, today: "2026-11-20", cache: false).isEmpty)
    #expect(try future(folder, today: "2026-11-26", cache: false).isEmpty)
    let early = try future(folder, today: "2026-11-19", cache: false)
    #expect(
      early.map(\.message) == [
        "date 2026-11-20 is after today, 2026-11-19: is it mistyped? Reports leave a note out until its date"
      ])
    // A year ahead whose day has not come this year yet: last year's is meant.
    let nextYear = try notebook(dated: "2027-12-20")
    #expect(
      try future(nextYear, today: "2026-11-26", cache: false).first?.message.contains(
        "did you mean 2025-12-20?") == true)
  }

  @Test func cachedRunsCheckTheDayAfreshAndAgreeWithUncachedOnes() throws {
    let folder = try notebook(dated: "2062-03-14")
    // The cache trusts a file's fingerprint only when it is older than the run that wrote it.
    Thread.sleep(forTimeInterval: 2.2)
    let first = try future(folder, today: "2026-11-26")
    #expect(first.map(\.rule) == ["note.date.future"])
    let cached = workspace(folder, today: "2026-11-26")
    #expect(cached.unchanged() != nil, "the second run reuses the first run's outcome")
    #expect(try cached.check().diagnostics == first)
    #expect(try future(folder, today: "2026-11-26", cache: false) == first)
    // The day came: the same cached outcome now has nothing to say.
    let later = workspace(folder, today: "2062-03-14")
    #expect(later.unchanged() != nil)
    #expect(try later.check().diagnostics.isEmpty)
  }

  @Test func reportsAreTheSameWhateverTheDay() throws {
    let folder = try notebook(dated: "2062-03-14")
    let out = try TemporaryNotebook([:])
    let asOf = Day("2062-12-31")!
    for today in ["2026-11-26", "2063-01-01"] {
      _ = try workspace(folder, today: today, cache: false).report(
        ReportRequest(out: out.root + "/" + today, asOf: asOf))
    }
    try expectSameReports(out.root + "/2026-11-26", out.root + "/2063-01-01", atLeast: 5)
  }

  @Test func aConfidentialNoteIsWarnedAboutWithoutItsDate() throws {
    let folder = try notebook(dated: "2062-03-14", extra: "confidential: true")
    let found = try future(folder, today: "2026-11-26", cache: false)
    #expect(found.map(\.rule) == ["note.date.future"])
    #expect(found.first?.withholdsSource == true)
    #expect(found.first?.message.contains("2062") == false)
  }
}

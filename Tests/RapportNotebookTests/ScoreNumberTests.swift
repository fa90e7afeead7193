import RapportTestSupport
import Testing

@testable import RapportNotebook

/// A score is read only from decimal notation: what `Double` also reads (hexadecimal, a value that
/// underflows to 0) is an error that says why, not a silent 9 or 0.
@Suite struct ScoreNumberTests {
  @Test(arguments: [
    ("9", 9.0), ("+9", 9), ("-1.5", -1.5), ("9.0", 9), ("5.", 5), (".5", 0.5), ("4e1", 40),
    ("0", 0), ("-0", 0), ("0.000", 0), ("0e5", 0), ("09", 9),
  ])
  func decimalNumbersAreRead(text: String, value: Double) {
    #expect(DecimalNumber.number(text) == value)
  }

  @Test(arguments: [
    ("0x9", "not a decimal number"), ("0X1p3", "not a decimal number"),
    ("1e-400", "a number too small to tell from 0"),
    ("-2.5e-999", "a number too small to tell from 0"),
    ("1e400", "a number too large to read"), ("nan", "not a number"), ("inf", "not a number"),
    ("1.2.3", "not a number"), ("1e", "not a number"), ("nine", "not a number"),
    ("-", "not a number"), (".", "not a number"),
  ])
  func otherValuesAreErrorsThatSayWhy(text: String, why: String) throws {
    #expect(DecimalNumber.number(text) == nil, "\(text)")
    let notebook = try TemporaryNotebook(
      RuleCatalog.exampleBase.merging([
        "acme/2026-04-01-raj.md":
          "---\ndate: 2026-04-01\ninterviewer: Sam Lee\ncontact: raj-patel\nscores: { nps: \"\(text)\" }\n---\nNotes.\n"
      ]) { $1 })
    let found = try notebook.check()
    let problem = try #require(found.first { $0.rule == "score.not-number" }, "\(text): \(found)")
    #expect(problem.message.contains(", \(why)"), "\(problem.message)")
  }
}

/// A scale's range in `rapport.yml` is read as scores are: `0x1` is an error there too.
@Suite struct SettingsNumberTests {
  @Test func aHexadecimalRangeIsAnErrorAndTheDefaultStands() throws {
    let notebook = try TemporaryNotebook(
      RuleCatalog.exampleBase.merging([
        "rapport.yml":
          "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 0x1, max: 5 }\n",
        "acme/2026-04-01-raj.md":
          "---\ndate: 2026-04-01\ninterviewer: Sam Lee\ncontact: raj-patel\nscores: { health: 4 }\n---\nNotes.\n",
      ]) { $1 })
    let found = try notebook.check()
    let problem = try #require(found.first { $0.file == "rapport.yml" }, "\(found)")
    #expect(problem.message.contains("0x1"), "\(problem.message)")
  }
}

import Foundation
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// A scale whose range is impossible is an error in `rapport.yml`, and stays defined with its
/// default range: notes that score it are still read, not left out for an unknown scale.
@Suite struct ScaleFallbackTests {
  func diagnostics(settings: String, scores: String) throws -> [Diagnostic] {
    let notebook = try TemporaryNotebook(
      RuleCatalog.exampleBase.merging([
        "rapport.yml": settings,
        "acme/2026-04-01-raj.md":
          "---\ndate: 2026-04-01\ninterviewer: Sam Lee\ncontact: raj-patel\nscores: \(scores)\n---\nNotes.\n",
      ]) { $1 })
    return try notebook.check()
  }

  @Test func aBuiltInScaleKeepsItsOwnRange() throws {
    let settings = "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 5, max: 1 }\n"
    let found = try diagnostics(settings: settings, scores: "{ nps: 9, health: 4 }")
    #expect(found.map(\.rule) == ["settings.invalid"], "\(found.map(\.message))")
    #expect(found.first?.message.contains("read as 1 to 5") == true)
    // Outside the range it falls back to, a score is still out of range.
    let high = try diagnostics(settings: settings, scores: "{ health: 7 }")
    #expect(high.map(\.rule).sorted() == ["score.out-of-range", "settings.invalid"])
  }

  @Test func aScaleOfItsOwnFallsBackToZeroToTen() throws {
    let settings = "scales:\n  nps: { min: 0, max: 10, nps: true }\n  effort: { min: 7, max: 1 }\n"
    let found = try diagnostics(settings: settings, scores: "{ effort: 8 }")
    #expect(found.map(\.rule) == ["settings.invalid"], "\(found.map(\.message))")
    #expect(found.first?.message.contains("read as 0 to 10") == true)
  }

  @Test func anNPSScaleOutOfShapeIsReadFromZeroToTen() throws {
    let settings = "scales:\n  nps: { min: 1, max: 5, nps: true }\n"
    let found = try diagnostics(settings: settings, scores: "{ nps: 9 }")
    #expect(found.map(\.rule) == ["settings.invalid"], "\(found.map(\.message))")
  }

  @Test func aSecondNPSScaleIsOrdinaryAndKeepsItsOwnRange() throws {
    let settings =
      "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 1, max: 5, nps: true }\n"
    let found = try diagnostics(settings: settings, scores: "{ health: 4 }")
    #expect(found.map(\.message) == ["only one scale can have nps: true"])
  }
}

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

/// The advice for an unknown scale fits where the notebook's scales come from.
@Suite struct UnknownScaleAdviceTests {
  func message(settings: String?) throws -> String? {
    var files = [
      "acme/account.md": "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann Lee }\n---\n",
      "acme/2026-01-05-ann.md":
        "---\ndate: 2026-01-05\ninterviewer: Sam Lee\ncontact: ann\nscores: { effortz: 5 }\n---\nText.\n",
    ]
    if let settings { files["rapport.yml"] = settings }
    return try TemporaryNotebook(files).check().first { $0.rule == "score.unknown-scale" }?.message
  }

  @Test func builtInScalesAreListedWithTheNewOne() throws {
    #expect(
      try message(settings: nil)
        == "scale `effortz` is not one of the notebook's scales (nps, health); to add it, list it under `scales:` in rapport.yml with nps and health (a `scales:` list replaces the built-in scales)"
    )
    #expect(
      try message(settings: "scales:\n  nps: { min: 0, max: 10, nps: true }\n")
        == "scale `effortz` is not one of the notebook's scales (nps); define it under `scales:` in rapport.yml"
    )
    // Listed in rapport.yml, though the same as the built-in ones: the list is the user's own.
    #expect(
      try message(
        settings: "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 1, max: 5 }\n")
        == "scale `effortz` is not one of the notebook's scales (nps, health); define it under `scales:` in rapport.yml"
    )
  }
}

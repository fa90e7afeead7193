import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Notes in an account folder without `account.md` get one warning for the folder, not one for
/// every person they name.
@Suite struct AccountProfileMissingTests {
  /// Two notes naming a contact, an attendee, a quote's speaker and an owner nobody lists.
  static let notes = [
    "globex/2026-01-10-hank.md": """
    ---
    date: 2026-01-10
    interviewer: Sam Lee
    contact: Hank Scorpio
    attendees: [Frank Grimes]
    ---
    > We love the dashboards.
    > — Frank Grimes

    - [ ] Send the roadmap @lisa due:2026-02-01
    """,
    "globex/2026/2026-02-11-frank.md": """
    ---
    date: 2026-02-11
    interviewer: Sam Lee
    contact: frank-grimes
    ---
    Frank is unhappy.
    """,
  ]

  func diagnostics(_ files: [String: String]) throws -> [Diagnostic] {
    try TemporaryNotebook(RuleCatalog.exampleBase.merging(files) { $1 }).load().diagnostics
  }

  @Test func aFolderWithoutAProfileIsOneWarningWithTheCommandThatWritesIt() throws {
    let found = try diagnostics(Self.notes)
    #expect(found.map(\.rule) == ["account.profile.missing"])
    let warning = try #require(found.first)
    #expect(warning.severity == .warning)
    #expect(warning.location == .folder("globex"))
    #expect(warning.position == nil)
    #expect(
      warning.message
        == "account folder `globex` has no account.md, so the people its 2 note(s) name are not checked against a roster or team; `rapport new account globex` creates it"
    )
  }

  @Test func withAProfileThePeopleAreCheckedAgain() throws {
    var files = Self.notes
    files["globex/account.md"] = "---\nname: Globex\ncontacts:\n  - { name: Hank Scorpio }\n---\n"
    let rules = try diagnostics(files).map(\.rule)
    #expect(!rules.contains("account.profile.missing"))
    #expect(rules.contains("note.contact.unknown"))
    #expect(rules.contains("note.attendee.unknown"))
    #expect(rules.contains("quote.speaker.unknown"))
    #expect(rules.contains("commitment.owner.unknown"))
  }

  @Test func aNearMissOfTheNotebookTeamIsStillReported() throws {
    var files = Self.notes
    files["globex/2026-01-10-hank.md"] = files["globex/2026-01-10-hank.md"]!.replacing(
      "@lisa", with: "@priyah")
    let found = try diagnostics(files)
    #expect(found.map(\.rule) == ["account.profile.missing", "commitment.owner.unknown"])
  }

  @Test func aFolderWithoutNotesOrWithAProfileSaysNothing() throws {
    #expect(try diagnostics(["globex/logo.png": "PNG"]).isEmpty)
    #expect(try diagnostics([:]).isEmpty)
  }
}

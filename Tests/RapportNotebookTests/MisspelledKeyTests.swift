import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// A misspelled key that leaves a required key missing is one error at the misspelling; one that
/// leaves nothing required missing stays an unknown-key warning.
@Suite struct MisspelledKeyTests {
  func diagnostics(_ files: [String: String]) throws -> [Diagnostic] {
    try TemporaryNotebook(RuleCatalog.exampleBase.merging(files) { $1 }).load().diagnostics
  }

  func note(_ frontMatter: String) throws -> [Diagnostic] {
    try diagnostics([RuleCatalog.exampleNote: RuleCatalog.bareNote(frontMatter)])
  }

  @Test func aMisspelledRequiredNoteKeyIsOneErrorOnItsLine() throws {
    let marked = MarkedText("date: 2026-03-14\n1️⃣interviwer: Sam Lee\ncontact: jane-doe")
    let found = try note(marked.text)
    #expect(found.map(\.rule) == ["yaml.misspelled-key"])
    #expect(found.first?.severity == .error)
    // The front matter starts on file line 2.
    let at = try #require(marked["1️⃣"])
    #expect(found.first?.position == SourcePosition(line: at.line + 1, column: at.column))
    #expect(found.first?.length == "interviwer".count)
    #expect(
      found.first?.message
        == "`interviwer` is not a key; did you mean `interviewer`? Without it the note is left out of reports"
    )
  }

  @Test func everyRequiredNoteKeyAndSynonymsCount() throws {
    let date = try note("dtae: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    #expect(date.map(\.rule) == ["yaml.misspelled-key"])
    #expect(date.first?.message.contains("did you mean `date`?") == true)
    let contact = try note("date: 2026-03-14\ninterviewer: Sam Lee\ninterviewee: jane-doe")
    #expect(contact.map(\.rule) == ["yaml.misspelled-key"])
    #expect(contact.first?.message.contains("did you mean `contact`?") == true)
    let capital = try note("date: 2026-03-14\nInterviewer: Sam Lee\ncontact: jane-doe")
    #expect(capital.map(\.rule) == ["yaml.misspelled-key"])
  }

  @Test func aMisspellingBesideTheRightKeyStaysAWarning() throws {
    let found = try note(
      "date: 2026-03-14\ninterviewer: Sam Lee\ninterviwer: Sam Lee\ncontact: jane-doe")
    #expect(found.map(\.rule) == ["yaml.unknown-key"])
    #expect(found.first?.severity == .warning)
  }

  @Test func twoMisspellingsOfOneKeyAreOneErrorAndOneWarning() throws {
    let found = try note(
      "date: 2026-03-14\ninterviwer: Sam Lee\nintervewer: Sam Lee\ncontact: jane-doe")
    #expect(found.map(\.rule) == ["yaml.misspelled-key", "yaml.unknown-key"])
  }

  @Test func anInvalidDateIsNotAlsoMisspelled() throws {
    let found = try note(
      "date: 14/03/2026\ndaet: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    #expect(found.map(\.rule) == ["date.invalid", "yaml.unknown-key"])
  }

  @Test func aMisspelledContactNameInTheRosterIsOneError() throws {
    let marked = MarkedText(
      "contacts:\n  - { id: jane-doe, name: Jane Doe }\n  - { id: raj-patel, 1️⃣nmae: Raj Patel }")
    let found = try diagnostics(["acme/account.md": RuleCatalog.profile(marked.text)])
    #expect(found.map(\.rule) == ["yaml.misspelled-key"])
    // The profile's front matter starts on line 2 and its `name:` line comes first.
    let at = try #require(marked["1️⃣"])
    #expect(found.first?.position == SourcePosition(line: at.line + 2, column: at.column))
    #expect(
      found.first?.message
        == "`nmae` is not a key; did you mean `name`? Without it the contact is not on the roster")
  }

  @Test func aMisspelledTeamHandleIsOneErrorInProfilesAndSettings() throws {
    let profile = try diagnostics([
      "acme/account.md": RuleCatalog.profile(
        "team:\n  - { handel: sam, name: Sam Lee }\ncontacts:\n  - { id: jane-doe, name: Jane Doe }\n  - { id: raj-patel, name: Raj Patel }"
      )
    ])
    #expect(profile.map(\.rule) == ["yaml.misspelled-key"])
    #expect(profile.first?.message.contains("did you mean `handle`?") == true)
    let settings = try diagnostics([
      "rapport.yml": "team:\n  - { hnadle: priya, name: Priya Shah }\n"
    ])
    #expect(settings.map(\.rule) == ["yaml.misspelled-key"])
    #expect(settings.first?.file == "rapport.yml")
    #expect(settings.first?.position == SourcePosition(line: 2, column: 7))
  }

  @Test func aMisspelledOptionalKeyInAnEntryStaysAWarning() throws {
    let found = try diagnostics([
      "rapport.yml": "team:\n  - { handle: priya, nmae: Priya Shah }\n"
    ])
    #expect(found.map(\.rule) == ["yaml.unknown-key"])
  }

  @Test func aConfidentialNoteQuotesNotEvenTheMisspelledKey() throws {
    let withKey = try note(
      "date: 2026-03-14\nintervieewr: Sam Lee\ncontact: jane-doe\nconfidential: true")
    #expect(withKey.map(\.rule) == ["yaml.misspelled-key"])
    #expect(withKey.allSatisfy { $0.withholdsSource })
    #expect(withKey.first?.message.contains("intervieewr") == false)
    #expect(withKey.first?.message.hasPrefix(Rule.yamlMisspelledKey.summary) == true)
  }
}

import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// `themes: support, onboarding` is one YAML value: every list-valued key says to write brackets.
@Suite struct UnbracketedListTests {
  func diagnostics(_ files: [String: String]) throws -> [Diagnostic] {
    try TemporaryNotebook(RuleCatalog.exampleBase.merging(files) { $1 }).load().diagnostics
  }

  func note(_ extra: String) throws -> [Diagnostic] {
    try diagnostics([RuleCatalog.exampleNote: RuleCatalog.note(extra)])
  }

  @Test func themesWithCommasAreOneErrorSuggestingBrackets() throws {
    let marked = MarkedText("themes: 1️⃣support, onboarding")
    let found = try note(marked.text)
    #expect(found.map(\.rule) == ["yaml.unbracketed-list"])
    #expect(found.first?.severity == .error)
    #expect(
      found.first?.message
        == "`themes: support, onboarding` is one value, not a list; write `themes: [support, onboarding]`"
    )
    // `note` puts its extra lines after four lines of front matter, from file line 2.
    let at = try #require(marked["1️⃣"])
    #expect(found.first?.position == SourcePosition(line: 6, column: at.column))
    #expect(found.first?.length == "support, onboarding".count)
  }

  @Test func everyListValuedNoteKeyIsChecked() throws {
    let attendees = try note("attendees: raj-patel,Jane Doe")
    #expect(attendees.map(\.rule) == ["yaml.unbracketed-list"])
    #expect(attendees.first?.message.hasSuffix("write `attendees: [raj-patel, Jane Doe]`") == true)
    let reasons = try note("type: win-loss\noutcome: lost\nreasons: price, support")
    #expect(reasons.map(\.rule) == ["yaml.unbracketed-list"])
  }

  @Test func profileAndSettingsListsAreChecked() throws {
    let profile = try diagnostics([
      "acme/account.md": RuleCatalog.exampleBase["acme/account.md"]!.replacing(
        "name: Acme Corporation\n",
        with: "name: Acme Corporation\nassumed_reasons: price, support\n")
    ])
    #expect(profile.map(\.rule) == ["yaml.unbracketed-list"])
    #expect(profile.first?.file == "acme/account.md")
    for settings in [
      "levels: executive, manager, staff\n", "types: relationship, win-loss\n",
      // In braces the comma would end the entry: written as a block, it is one value.
      "themes:\n  reporting:\n    aliases: reports, dashboards\n",
    ] {
      let found = try diagnostics(["rapport.yml": settings])
      #expect(found.map(\.rule) == ["yaml.unbracketed-list"], "\(settings)")
    }
  }

  @Test func theDefaultLevelsStayWhenLevelsAreUnbracketed() throws {
    // Without the defaults, every contact's level would be unknown.
    let found = try diagnostics(["rapport.yml": "levels: executive, manager, staff\n"])
    #expect(!found.contains { $0.rule == "roster.level.unknown" })
    #expect(!found.contains { $0.rule == "settings.invalid" })
  }

  @Test func bracketsSingleValuesAndQuotedTextAreNotFlagged() throws {
    #expect(try note("themes: [support, onboarding]").isEmpty)
    #expect(try note("themes: support").isEmpty)
    #expect(try note("attendees:\n  - raj-patel\n  - Jane Doe").isEmpty)
    // Quoted, the commas are meant: it is one (invalid) theme.
    #expect(try note("themes: \"support, onboarding\"").map(\.rule) == ["theme.invalid"])
  }
}

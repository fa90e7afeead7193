import RapportNotebook
import RapportTestSupport
import Testing

/// A theme one slip from the codebook is a warning, wherever it is written; a confidential note's
/// own words never appear in one.
@Suite struct ThemeMisspelledTests {
  func found(
    _ front: String = "", body: String, strict: Bool = false, confidential: Bool = false
  ) throws -> [Diagnostic] {
    let folder = try TemporaryNotebook([
      "rapport.yml":
        "strict_themes: \(strict)\nthemes:\n  reporting: { aliases: [reports] }\n  customer-success: {}\n  ux: {}\n",
      "acme/account.md":
        "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann Lee }\nteam:\n  - { handle: sam, name: Sam Lee }\n---\n",
      "acme/2026-01-05-ann.md":
        "---\ndate: 2026-01-05\ninterviewer: Sam Lee\ncontact: ann\n\(front)confidential: \(confidential)\n---\nAnn talked.\n\n"
        + body,
    ])
    return try folder.check().filter { $0.rule.hasPrefix("theme.") }
  }

  @Test func slipsInTagsAndFrontMatterAreWarnedOnceEach() throws {
    let found = try found(
      "themes: [reportng]\n", body: "Slow #reportng and #reprots, #customer_success, #reportng.\n")
    #expect(
      found.map(\.message) == [
        "theme `reportng` is not in the codebook; did you mean `reporting`? As written it counts as a theme of its own",
        "theme `reprots` is not in the codebook; did you mean `reports`? As written it counts as a theme of its own",
        "theme `customer_success` is not in the codebook; did you mean `customer-success`? As written it counts as a theme of its own",
      ])
    #expect(found.allSatisfy { $0.rule == "theme.misspelled" && $0.severity == .warning })
    #expect(found.first?.position?.line == 5, "underlined in the front matter")
    #expect(found.first?.length == "reportng".count)
    #expect(found.last?.position?.line == 10)
    #expect(found.last?.length == "#customer_success".count)
  }

  @Test func codebookThemesShortTagsAndOtherThemesAreNot() throws {
    #expect(try found(body: "Slow #reporting and #reports; #ui is not #ux; #pricing.\n").isEmpty)
    #expect(try found(body: "A #tellback in prose is left to its own rule.\n").isEmpty)
  }

  @Test func strictThemesSaysItOnceAsUnknown() throws {
    let found = try found(body: "Slow #reportng.\n", strict: true)
    #expect(found.map(\.rule) == ["theme.unknown"])
  }

  @Test func strictThemesUnderlinesEachThemeWhereItIsWritten() throws {
    let found = try found("themes: [reportng]\n", body: "Slow #reprts.\n", strict: true)
    #expect(found.map(\.rule) == ["theme.unknown", "theme.unknown"])
    #expect(found.first?.position?.line == 5)
    #expect(found.first?.length == "reportng".count, "the front matter has no `#`")
    #expect(found.last?.length == "#reprts".count)
  }

  @Test func aConfidentialNotesOwnWordsAreNeverNamed() throws {
    // Its tags are sealed: a slip cannot be seen, and no message holds the word.
    let found = try found("themes: [reportng]\n", body: "Slow #reprots.\n", confidential: true)
    #expect(!found.contains { $0.message.contains("reportng") || $0.message.contains("reprots") })
    #expect(!found.contains { $0.rule == "theme.misspelled" })
  }

  @Test func aSlipIsNeverACodebookTheme() {
    let settings = Settings(
      themes: [ThemeDefinition(name: "look"), ThemeDefinition(name: "reporting")],
      tellBackTag: "loop")
    #expect(!settings.isThemeSlip("look"), "in the codebook, though one slip from the tag")
    #expect(settings.isThemeSlip("lopo"))
    #expect(settings.isThemeSlip("reportng"))
    #expect(!settings.isThemeSlip("pricing"))
  }
}

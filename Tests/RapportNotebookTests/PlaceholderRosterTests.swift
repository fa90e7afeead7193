import RapportNotebook
import RapportTestSupport
import Testing

/// The roster entry `rapport new account` writes is left out of the roster, with a warning,
/// and reporting to it is no error.
@Suite struct PlaceholderRosterTests {
  @Test func thePlaceholderIsLeftOutAndReportingToItIsNoError() throws {
    let folder = try TemporaryNotebook([
      "acme/account.md": """
      ---
      name: Acme
      contacts:
        - { id: bob, name: Bob Stone, title: Ops Lead, level: manager, reports_to: first-contact }
        - { id: first-contact, name: First Contact, title: Their title, level: executive }
      ---

      """,
      "acme/2026-01-05-bob.md":
        "---\ndate: 2026-01-05\ninterviewer: Sam Lee\ncontact: bob\nscores: { nps: 8 }\n---\nBob talked.\n",
    ])
    let found = try folder.check(today: RuleCatalog.exampleToday)
    #expect(!found.contains { $0.severity == .error }, "\(found)")
    #expect(found.filter { $0.rule == "roster.contact.placeholder" }.count == 1, "\(found)")
  }
}

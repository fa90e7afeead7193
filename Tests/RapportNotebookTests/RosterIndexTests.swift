import RapportNotebook
import RapportTestSupport
import Testing

/// Notes name a roster contact by id or by name, each in any case.
@Suite struct RosterIndexTests {
  let roster = RosterIndex([
    Contact(id: "jane-doe", name: "Jane Doe"),
    Contact(id: "cto", name: "Max Weber"),
    Contact(id: "max-weber", name: "Maxine Weber"),
  ])

  @Test func idsAndNamesMatchInAnyCase() {
    for written in ["jane-doe", "Jane-Doe", "JANE-DOE", "Jane Doe", "JANE DOE", "jane doe"] {
      #expect(roster.contact(written)?.id == "jane-doe", "\(written)")
    }
    #expect(roster.contact("CTO")?.id == "cto")
    #expect(roster.contact("Jane") == nil)
    #expect(roster.contact("Jane Do") == nil)
  }

  @Test func anySpellingWhoseSlugIsAnIdIsThatContact() {
    for written in ["jane_doe", "Jane-Doe.", "jane  doe", " Jane Doe "] {
      #expect(roster.contact(written)?.id == "jane-doe", "\(written)")
    }
    // The slug of a name that is another contact's id is that contact's (Maxine's id).
    #expect(roster.contact("Max_Weber")?.name == "Maxine Weber")
  }

  @Test func anIdAsWrittenComesBeforeANameAndANameBeforeAnIdInOtherCase() {
    // `max-weber` is one contact's id; "Max Weber" is another's name.
    #expect(roster.contact("max-weber")?.name == "Maxine Weber")
    #expect(roster.contact("Max Weber")?.id == "cto")
    #expect(roster.contact("Max-Weber")?.name == "Maxine Weber")
  }
}

/// A confidential note finds its people as an ordinary one does: no phantom person for a
/// spelling that names someone on the roster.
@Suite struct SealedPeopleTests {
  @Test(arguments: [false, true])
  func aSpellingOfARosterNameIsThatPerson(confidential: Bool) throws {
    let folder = try TemporaryNotebook([
      "acme/account.md": """
      ---
      name: Acme
      contacts:
        - { name: Jean Luc Picard, level: executive }
        - { id: cto, name: Mary-Ann O'Neil }
      ---

      """,
      "acme/2026-03-01-jean-luc.md": """
      ---
      date: 2026-03-01
      interviewer: Sam Lee
      contact: Jean-Luc Picard
      attendees: [mary-ann o’neil]
      confidential: \(confidential)
      scores: { nps: 6 }
      ---
      Text.

      """,
    ])
    let notebook = folder.load()
    let interview = try #require(notebook.accounts.first?.interviews.first)
    #expect(interview.contactID == "jean-luc-picard")
    #expect(interview.contactInRoster)
    #expect(interview.attendees == ["cto"])
    #expect(
      notebook.diagnostics.filter { $0.severity == .error }.isEmpty, "\(notebook.diagnostics)")
  }
}

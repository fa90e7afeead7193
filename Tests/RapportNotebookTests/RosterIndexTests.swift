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

/// Open and confidential notes find the same person for the same spelling, where `person` looks.
@Suite struct PeopleAgreeTests {
  static let profile = """
    ---
    name: Acme
    relationship: partner
    contacts:
      - { id: ivan, name: Иван Петров, level: executive }
      - { id: anna, name: Анна Smith }
      - { id: cto, name: Max Weber }
      - { id: max-weber, name: Maxine Weber }
      - { id: bob-k, name: Bob }
    team:
      - { handle: priya, name: Priya Shah }
      - { handle: bob, name: Bob Stone }
    ---

    """

  /// The contact id of a note naming `contact` (on `side`), open or confidential.
  func contactID(
    _ contact: String, side: String = "external", confidential: Bool
  ) throws
    -> String?
  {
    let folder = try TemporaryNotebook([
      "acme/account.md": Self.profile,
      "acme/2026-03-01-note.md": """
      ---
      date: 2026-03-01
      interviewer: Sam Lee
      contact: "\(contact)"
      side: \(side)
      confidential: \(confidential)
      ---
      Text.

      """,
    ])
    let interview = folder.load().accounts.first?.interviews.first
    return interview.map { $0.contactInRoster ? $0.contactID : "unknown" }
  }

  @Test(arguments: [false, true])
  func namesThatLoseLettersInASlugMatchNobody(confidential: Bool) throws {
    #expect(try contactID("Мария Смирнова", confidential: confidential) == "unknown")
    #expect(try contactID("Дмитрий Smith", confidential: confidential) == "unknown")
    #expect(try contactID("иван петров", confidential: confidential) == "ivan")
  }

  @Test(arguments: [false, true])
  func anIdComesBeforeANameAndBothBeforeASlug(confidential: Bool) throws {
    #expect(try contactID("max-weber", confidential: confidential) == "max-weber")
    #expect(try contactID("Max Weber", confidential: confidential) == "cto")
    #expect(try contactID("Max-Weber", confidential: confidential) == "max-weber")
    #expect(try contactID("maxine_weber", confidential: confidential) == "max-weber")
  }

  @Test(arguments: [false, true])
  func theContactIsLookedForOnItsSideOnly(confidential: Bool) throws {
    // A customer spelled like one of our team is not our team member.
    #expect(try contactID("priya-shah", confidential: confidential) == "unknown")
    #expect(try contactID("Bob", confidential: confidential) == "bob-k")
    // On an internal note the contact is one of ours.
    #expect(try contactID("@bob", side: "internal", confidential: confidential) == "bob")
    #expect(try contactID("Priya-Shah", side: "internal", confidential: confidential) == "priya")
  }
}

import RapportMarkdown
import Testing

@testable import RapportNotebook

/// Sealed people and owners become labels that give no name away, numbered per account.
@Suite struct WithheldTests {
  func interview(
    _ file: String, contact: String, attendees: [String] = [], owner: String? = nil,
    confidential: Bool = true
  ) -> Interview {
    let commitment = Commitment(
      text: nil, isChecked: false,
      owner: owner.map { Located($0, at: SourcePosition(line: 9, column: 3)) },
      due: nil, done: nil, tags: [], position: SourcePosition(line: 9, column: 1))
    return Interview(
      file: file, date: Day(year: 2026, month: 5, day: 1)!, interviewer: "Sam Lee",
      type: "relationship", channel: nil, contactID: contact,
      contactName: Seal.isSealed(contact) ? Withheld.personName : contact,
      contactInRoster: false, attendees: attendees, side: .external, scores: [], themes: [],
      outcome: nil, reasons: [], confidential: confidential, quotes: [],
      commitments: [commitment], summary: nil)
  }

  @Test func onePersonKeepsOneLabelAndTheWordsOfThePlaceholder() {
    let zed = Seal.sealPerson("Zed Smith")
    var interviews = [interview("a.md", contact: zed), interview("b.md", contact: zed)]
    Withheld.label(&interviews, roster: [Contact(id: "ann", name: "Ann Lee")])
    #expect(interviews.map(\.contactID) == ["someone-1", "someone-1"])
    #expect(interviews.map(\.contactName) == [Withheld.personName, Withheld.personName])
  }

  @Test func severalPeopleAreNumberedInOrderSkippingIdsInUse() {
    let zed = Seal.sealPerson("Zed Smith")
    let guest = Seal.sealPerson("Guest")
    var interviews = [
      interview("a.md", contact: "someone-1", confidential: false),
      interview("b.md", contact: zed, attendees: [guest, "ann"], owner: Seal.seal("@zed")),
      interview("c.md", contact: guest, owner: "sam"),
    ]
    Withheld.label(
      &interviews,
      roster: [Contact(id: "ann", name: "Ann Lee"), Contact(id: "someone-2", name: "Someone Two")])
    #expect(interviews.map(\.contactID) == ["someone-1", "someone-3", "someone-4"])
    #expect(interviews[1].attendees == ["someone-4", "ann"])
    #expect(interviews[1].contactName == "someone not on the roster (1)")
    #expect(interviews[2].contactName == "someone not on the roster (2)")
    #expect(interviews[0].contactName == "someone-1", "an open note's person keeps their name")
    #expect(interviews[1].commitments[0].owner?.value == Withheld.owner)
    #expect(interviews[1].commitments[0].owner?.position.line == 9)
    #expect(interviews[2].commitments[0].owner?.value == "sam")
    #expect(Withheld.isPlaceholder(name: interviews[1].contactName))
    #expect(!Withheld.isPlaceholder(name: "someone-1"))
  }

  @Test func someoneAnOpenNoteNamesOffTheRosterIsThatPerson() {
    // Two respondents, not three: the confidential note names Zara, whom an open note names too.
    var open = interview("a.md", contact: "zara-moonwhistle", confidential: false)
    open.contactName = "Zara Moonwhistle"
    var interviews = [
      open,
      interview(
        "b.md", contact: Seal.sealPerson("Zara Moonwhistle"),
        attendees: [Seal.sealPerson("zara moonwhistle")]),
      interview("c.md", contact: Seal.sealPerson("Zed Smith")),
    ]
    Withheld.label(&interviews, roster: [Contact(id: "ann", name: "Ann Lee")])
    #expect(interviews.map(\.contactID) == ["zara-moonwhistle", "zara-moonwhistle", "someone-1"])
    #expect(interviews[1].contactName == "Zara Moonwhistle")
    #expect(interviews[1].attendees == ["zara-moonwhistle"])
    #expect(interviews[2].contactName == Withheld.personName, "one placeholder: no number")
  }

  @Test func someoneAnOpenNoteNamesOnlyAsAnAttendeeKeepsTheNameItGives() {
    var open = interview("a.md", contact: "ann", attendees: ["yolanda-secret"], confidential: false)
    open.attendeeNames = ["Yolanda Secret"]
    var confidential = interview(
      "b.md", contact: Seal.sealPerson("Yolanda Secret"),
      attendees: [Seal.sealPerson("Yolanda Secret")])
    confidential.attendeeNames = [Withheld.personName]
    var interviews = [open, confidential]
    Withheld.label(&interviews, roster: [Contact(id: "ann", name: "Ann Lee")])
    #expect(interviews[1].contactID == "yolanda-secret")
    #expect(interviews[1].contactName == "Yolanda Secret", "the open note's name, not its id")
    #expect(interviews[1].attendees == ["yolanda-secret"])
    #expect(interviews[1].attendeeNames == ["Yolanda Secret"])
  }

  @Test func ourOwnPeopleAreNeverTakenForTheCustomers() {
    // An internal note quotes our Rafael; a confidential note's contact is another Rafael.
    var ours = interview("a.md", contact: "rafael", confidential: false)
    ours.side = .internal
    ours.quotes = [
      AttributedQuote(
        markdown: "Slow", speakerID: "rafael", speakerName: "Rafael", themes: [],
        position: SourcePosition(line: 8, column: 1))
    ]
    var attended = interview("b.md", contact: "ann", attendees: ["sam-lee"], confidential: false)
    attended.contactName = "Ann Lee"
    var interviews = [
      ours, attended, interview("c.md", contact: Seal.sealPerson("Rafael")),
      interview("d.md", contact: Seal.sealPerson("Sam Lee")),
    ]
    Withheld.label(
      &interviews, roster: [Contact(id: "ann", name: "Ann Lee")],
      team: [TeamMember(handle: "rafael", name: "Rafael Diaz")])
    #expect(interviews[2].contactID.hasPrefix("someone-"))
    #expect(interviews[3].contactID.hasPrefix("someone-"), "Sam Lee interviews: one of ours")
  }

  @Test func thePeopleInterviewedAreNumberedFromOneWhenSomeoneOnlyAttendedFirst() {
    let guest = Seal.sealPerson("Guest")
    var interviews = [
      interview("a.md", contact: "ann", attendees: [guest]),
      interview("b.md", contact: Seal.sealPerson("Zed Smith")),
      interview("c.md", contact: Seal.sealPerson("Yan Li")),
    ]
    Withheld.label(&interviews, roster: [Contact(id: "ann", name: "Ann Lee")])
    #expect(interviews.map(\.contactID) == ["ann", "someone-1", "someone-2"])
    #expect(interviews[0].attendees == ["someone-3"])
    #expect(
      interviews.dropFirst().map(\.contactName) == [
        "someone not on the roster (1)", "someone not on the roster (2)",
      ])
  }

  @Test func oneInterviewedAndOneWhoOnlyAttendedNeedNoNumber() {
    var interviews = [
      interview(
        "a.md", contact: Seal.sealPerson("Zed Smith"), attendees: [Seal.sealPerson("Guest")])
    ]
    Withheld.label(&interviews, roster: [])
    #expect(interviews[0].contactName == Withheld.personName)
  }

  @Test func spellingsOfOneNameAreOnePersonAndQuoteSpeakersKeepTheirIds() {
    var open = interview("a.md", contact: "ann", confidential: false)
    open.quotes = [
      AttributedQuote(
        markdown: "Ship it.", speakerID: "someone-1", speakerName: "Someone 1", themes: [],
        position: SourcePosition(line: 5, column: 1))
    ]
    var interviews = [
      open,
      interview("b.md", contact: Seal.sealPerson("Quill Vantor")),
      interview("c.md", contact: Seal.sealPerson("quill-vantor")),
      interview("d.md", contact: Seal.sealPerson("QUILL  VANTOR")),
    ]
    Withheld.label(&interviews, roster: [Contact(id: "ann", name: "Ann Lee")])
    #expect(interviews.dropFirst().map(\.contactID) == ["someone-2", "someone-2", "someone-2"])
  }

  @Test func anAccountWithoutConfidentialNotesIsLeftAsItIs() {
    // A token-shaped id in an open note is someone's written name, not a seal to label.
    let shaped = Seal.seal("x")
    var interviews = [interview("a.md", contact: shaped, confidential: false)]
    let before = interviews
    Withheld.label(&interviews, roster: [])
    #expect(interviews == before)
  }
}

import RapportNotebook
import RapportTestSupport
import Testing

/// What `check` says about a confidential note names why it is confidential: because it says
/// so, or because it does not yet say `confidential: true` or `false` in front matter that reads.
@Suite struct AssumedConfidentialTests {
  static let declared = "(the note is confidential, so its words are not shown)"
  static let assumed =
    "(the note is treated as confidential until its front matter reads and says `confidential: true` or `false`, so its words are not shown)"

  /// The messages `check` gives a note with these extra front-matter lines, a contact not on the
  /// roster and a date after today.
  func messages(_ extra: String) throws -> [String: String] {
    let folder = try TemporaryNotebook([
      "acme/account.md": "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann Lee }\n---\n",
      "acme/2027-01-05-someone.md":
        "---\ndate: 2027-01-05\ninterviewer: Sam Lee\ncontact: Someone Else\n\(extra)\n---\nText.\n",
    ])
    let found = try folder.check(today: RuleCatalog.exampleToday)
    return Dictionary(found.map { ($0.rule, $0.message) }, uniquingKeysWith: { first, _ in first })
  }

  @Test func aDeclaredNoteIsConfidential() throws {
    let found = try messages("confidential: true")
    #expect(found["note.contact.unknown"]?.hasSuffix(Self.declared) == true, "\(found)")
    #expect(found["note.date.future"]?.hasSuffix(Self.declared) == true, "\(found)")
  }

  @Test func aNearMissBesideTheDeclarationKeepsItDeclared() throws {
    let found = try messages("confidential: true\nconfidentail: yes")
    #expect(found["note.confidential.misspelled"] != nil, "\(found)")
    #expect(found["note.contact.unknown"]?.hasSuffix(Self.declared) == true, "\(found)")
  }

  @Test(arguments: [
    "confidential:", "confidential: ture", "confidental: true", "private: true", "Secret: yes",
  ])
  func aNoteThatDoesNotSayTrueOrFalseIsTreatedAsConfidential(extra: String) throws {
    let found = try messages(extra)
    #expect(found["note.contact.unknown"]?.hasSuffix(Self.assumed) == true, "\(found)")
    #expect(found["note.date.future"]?.hasSuffix(Self.assumed) == true, "\(found)")
  }

  @Test(arguments: [
    "private: true", "secret: true", "restricted: true", "sensitive: true",
    "confidential_note: true", "classification: confidential", "visibility: private",
  ])
  func aKeyThatMeansConfidentialIsAnError(extra: String) throws {
    let found = try messages(extra)
    #expect(found["note.confidential.misspelled"]?.contains("did you mean `confidential`") == true)
    #expect(found["yaml.unknown-key"] == nil, "\(found)")
  }

  @Test func aDeclaredNoteGivesLinesNotColumns() throws {
    let folder = try TemporaryNotebook([
      "acme/account.md": "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann Lee }\n---\n",
      "acme/2026-01-05-ann.md":
        "---\ndate: 2026-01-05\ninterviewer: Sam Lee\ncontact: ann\n"
        + "attendees: [Quentin Longname, Bo]\nconfidential: true\n---\nText.\n\n"
        + "- [ ] Call Quentin Longname back @sam\n",
    ])
    let all = try folder.check(today: RuleCatalog.exampleToday)
    let found = all.filter { $0.rule == "note.attendee.unknown" }
    // Columns 13 and 31 would say the first name is 16 characters long.
    #expect(found.map { $0.position.map { "\($0.line):\($0.column)" } } == ["5:1", "5:1"])
    #expect(found.allSatisfy { $0.length == 1 })
    // So for problems whose message quotes nothing, such as a promise with no due date.
    let due = all.first { $0.rule == "commitment.due.missing" }
    #expect(due.flatMap(\.position).map { "\($0.line):\($0.column)" } == "10:1", "\(all)")
  }

  /// Where a problem starts on its line would tell how long the words before it are: a note that
  /// seems to mean `confidential: true` gives lines only, while one with no such sign keeps the
  /// columns that help fix its front matter.
  @Test(arguments: [
    ("confidential: true", true), ("confidential: ture", true), ("confidental: true", true),
    ("Private: yes", true), ("confidential: false", false), ("channel: phone", false),
    ("confidential: off the record", true), ("confidential: nope", true),
    ("cofidential: true", true), ("confidential_note: true", true),
    ("classification: confidential", true),
  ])
  func columnsAreWithheldWhenTheNoteSeemsToMeanConfidential(extra: String, hidden: Bool) throws {
    for broken in [false, true] {
      // The contact line holds the words; `broken` makes the front matter unreadable after it.
      let folder = try TemporaryNotebook([
        "acme/account.md": "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann Lee }\n---\n",
        "acme/2026-01-05-x.md":
          "---\ndate: 2026-01-05\ninterviewer: Sam Lee\n\(extra)\n"
          + (broken ? "contact: Quentin Longname: fired\n" : "contact: Quentin Longname\n")
          + "---\nText.\n",
      ])
      let found = try folder.check(today: RuleCatalog.exampleToday).filter {
        $0.file.hasSuffix("x.md") && $0.position?.line == 5
      }
      #expect(!found.isEmpty, "\(extra) \(broken)")
      let columns = found.compactMap(\.position?.column)
      if hidden {
        #expect(columns.allSatisfy { $0 == 1 }, "\(extra) \(broken): \(found)")
      } else {
        #expect(columns.contains { $0 > 1 }, "\(extra) \(broken): \(found)")
      }
    }
  }

  @Test func aValueThatIsNotTrueOrFalseIsNamedByItsKey() throws {
    let found = try messages("confidential: ture")
    #expect(
      found["yaml.value-type"]
        == "`confidential` must be true or false; until it is, the note is treated as confidential and its words are not shown",
      "\(found)")
  }

  @Test func anOrdinaryNoteIsQuoted() throws {
    let found = try messages("confidential: false")
    #expect(found["note.contact.unknown"]?.contains("Someone Else") == true, "\(found)")
  }
}

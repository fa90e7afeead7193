import Foundation
import RapportTestSupport
import Testing

/// `rapport tellback`: a customer-facing draft that names no one and shows no score, quote,
/// internal-side note or confidential note.
@Suite struct TellBackCommandTests {
  static let people = [
    ("ann", "Ann Able", "Planning Lead"), ("bob", "Bob Baker", "Fleet Manager"),
    ("cyd", "Cyd Cole", "Depot Manager"), ("dee", "Dee Dunn", "Support Manager"),
  ]

  /// One manager's note: a score no other text has, a quote and a promise naming them.
  static func note(_ id: String, _ name: String, day: Int) -> String {
    """
    ---
    date: 2026-05-\(String(format: "%02d", day))
    interviewer: Sam Lee
    contact: \(id)
    scores: { nps: 6, effort: 4.5 }
    themes: [onboarding]
    ---
    ## Summary
    \(name) finds #onboarding slow.

    > Quoteword \(name) said this.
    > — \(name)

    - [ ] Send \(name)'s team the rollout plan @sam due:2026-07-\(String(format: "%02d", day)) #onboarding

    """
  }

  func notebook() throws -> TemporaryNotebook {
    var files: [String: String] = [
      "nb/rapport.yml": """
      scales:
        nps: { min: 0, max: 10, nps: true }
        effort: { min: 1, max: 7 }
      team:
        - { handle: sam, name: Sam Lee }
      thresholds: { min_group_size: 3 }

      """,
      "nb/acme/account.md": """
      ---
      name: Acme
      contacts:
      \(Self.people.map { "  - { id: \($0.0), name: \($0.1), title: \($0.2), level: manager }" }.joined(separator: "\n"))
        - { id: eve, name: Eve Evans, title: CEO, level: executive }
      ---

      """,
      "nb/acme/2026-05-20-eve.md": """
      ---
      date: 2026-05-20
      interviewer: Sam Lee
      contact: eve
      themes: [pricing]
      ---
      Eve Evans raised #pricing once.

      """,
      "nb/acme/2026-05-21-internal.md": """
      ---
      date: 2026-05-21
      interviewer: Sam Lee
      contact: Sam Lee
      side: internal
      themes: [internalword]
      ---
      Our view: #internalword.

      - [ ] Internalword follow-up @sam due:2026-07-30

      """,
      "nb/acme/2026-05-22-secret.md": """
      ---
      date: 2026-05-22
      interviewer: Sam Lee
      contact: ann
      confidential: true
      themes: [secretword]
      ---
      About #secretword.

      - [ ] Secretword promise @sam due:2026-07-30

      """,
    ]
    for (index, person) in Self.people.enumerated() {
      files["nb/acme/2026-05-0\(index + 1)-\(person.0).md"] = Self.note(
        person.0, person.1, day: index + 1)
    }
    return try TemporaryNotebook(files)
  }

  @Test func draftGroupsThemesByLevelAndLeaksNothing() throws {
    let folder = try notebook()
    let output = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(output.status == 0, "\(output.stderr)")
    let text = output.stdout
    #expect(text.contains("# What we heard from Acme"))
    // Spelled as the tag is, the command is the same one.
    let spelled = try RapportProcess.run(
      ["tell-back", "acme", "--notebook", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(spelled.status == 0 && spelled.stdout == text)
    #expect(text.contains("edit it, then send it"), "the draft says it is a draft at its top")
    #expect(text.contains("### From managers"))
    #expect(text.contains("- onboarding (raised 4 times)"))
    #expect(!text.contains("### From executives"), "one executive is below min_group_size")
    // Not done yet: a dash, as the reports show it.
    #expect(
      text.contains("Send the Planning Lead's team the rollout plan | open | 2026-07-01 | — |"))
    #expect(text.contains("Confidential and internal notes are left out"))
    let words = Set(
      text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == ".") }.map {
        String($0).trimmingCharacters(in: CharacterSet(charactersIn: "."))
      })
    for person in Self.people {
      for part in person.1.split(separator: " ") + [Substring(person.0)] {
        #expect(!words.contains(part.lowercased()), "names no interviewee: \(part)")
      }
    }
    for word in ["eve", "evans", "quoteword", "internalword", "secretword", "4.5", "nps", "effort"]
    {
      #expect(!words.contains(word), "leaks \(word)")
    }
    #expect(!text.contains(" #onboarding"), "promises lose their tags")
  }

  /// The draft as of 2026-06-30 once a confidential note with `contact` (and `attendees`) and an
  /// open note of Bob's making `promises` are added.
  func draft(
    confidentialContact contact: String, attendees: String = "[]", promises: [String]
  )
    throws -> String
  {
    let folder = try notebook()
    try folder.write(
      "nb/acme/2026-05-23-stranger.md",
      "---\ndate: 2026-05-23\ninterviewer: Sam Lee\ncontact: \(contact)\nattendees: \(attendees)\n"
        + "confidential: true\n---\nPrivate.\n")
    try folder.write(
      "nb/acme/2026-05-24-bob.md",
      "---\ndate: 2026-05-24\ninterviewer: Sam Lee\ncontact: bob\n---\n"
        + promises.map { "- [ ] \($0) @sam due:2026-07-15\n" }.joined())
    let output = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(output.status == 0, "\(output.stderr)")
    return output.stdout
  }

  @Test func aConfidentialNoteAboutSomeoneOffTheRosterRedactsNoOrdinaryWords() throws {
    // Such a person is counted as "someone not on the roster": those are not a name to take out.
    let text = try draft(
      confidentialContact: "Zed Zimmer",
      promises: ["Check that someone is on the roster and not missing"])
    #expect(text.contains("Check that someone is on the roster and not missing"), "\(text)")
    #expect(!text.contains("a colleague"), "\(text)")
  }

  @Test func aNameOnlyAConfidentialNoteGivesIsTakenOutOfOpenPromises() throws {
    // The draft knows that name only by its seal; an open note's promise still must not name them.
    let text = try draft(
      confidentialContact: "Hank Scorpio",
      attendees: "[Lu Wong-Park, Ann Scorpio, Dr. Gina Gold, Maria de la Cruz Santos, Ed J. Ray]",
      promises: [
        "Loop in Hank Scorpio, then send hank-scorpio's deputy and Lu Wong-Park the plan",
        "Ask Hank whether the plan holds",
        "Mail hank.scorpio@acme.example and Ann Scorpio the plan",
        "Invite Dr. Gina Gold, Maria de la Cruz Santos and Ed J. Ray",
      ])
    #expect(
      text.contains("Loop in a colleague, then send a colleague's deputy and a colleague the plan"),
      "\(text)")
    for word in ["scorpio", "wong"] {
      #expect(!text.lowercased().contains(word), "names \(word)")
    }
    // A first name alone is not the name the note gave, so it cannot be recognised.
    #expect(text.contains("Ask Hank whether the plan holds"))
    // An address holding the name goes whole, and a roster first name (Ann Able's) does not
    // leave the rest of a sealed name behind.
    #expect(text.contains("Mail a colleague and a colleague the plan"), "\(text)")
    // Honorifics, initials and long names, as the note wrote them.
    #expect(text.contains("Invite a colleague, a colleague and a colleague"), "\(text)")
  }

  @Test func slipsOfCodebookThemesAndTheTellBackTagAreNotWhatWeHeard() throws {
    let folder = try notebook()
    let settings = folder.root + "/nb/rapport.yml"
    let text = try String(contentsOfFile: settings, encoding: .utf8)
    try (text + "themes:\n  onboarding: {}\n").write(
      toFile: settings, atomically: false, encoding: .utf8)
    try folder.write(
      "nb/acme/2026-05-24-bob.md",
      """
      ---
      date: 2026-05-24
      interviewer: Sam Lee
      contact: bob
      ---
      Still slow #onbording, and #latency.

      - [ ] Tell Bob what we heard @sam due:2026-07-15 #tellback

      """)
    let output = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("- latency (raised once)"), "\(output.stdout)")
    #expect(!output.stdout.contains("onbording") && !output.stdout.contains("tellback"))
  }

  @Test func printsTheErrorsOfItsOwnAccountOnly() throws {
    let folder = try notebook()
    let broken = "---\ndate: 2026-13-40\ninterviewer: Sam Lee\ncontact: bob\n---\nText.\n"
    try folder.write("nb/acme/2026-05-25-broken.md", broken)
    try folder.write("nb/other/2026-05-25-broken.md", broken)
    let output = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr.contains("acme/2026-05-25-broken.md:2:"), "\(output.stderr)")
    #expect(!output.stderr.contains("other/"), "\(output.stderr)")
  }

  @Test func tooFewPeopleAreNotSummarisedAndTheDraftSaysWhy() throws {
    let folder = try notebook()
    let settings = folder.root + "/nb/rapport.yml"
    let text = try String(contentsOfFile: settings, encoding: .utf8)
    try text.replacingOccurrences(of: "min_group_size: 3", with: "min_group_size: 9")
      .write(toFile: settings, atomically: false, encoding: .utf8)
    let withheld = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(withheld.status == 0, "\(withheld.stderr)")
    #expect(withheld.stdout.contains("we had\n5 conversations"), "\(withheld.stdout)")
    // One conversation is one.
    let one = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-05-01"], in: folder.root)
    #expect(one.stdout.contains("we had\n1 conversation with people"), "\(one.stdout)")
    #expect(withheld.stdout.contains("Too few of you spoke with us"))
    #expect(!withheld.stdout.contains("no conversations to report"))
    // Before the first note, there is nothing to report at all.
    let empty = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-01-01"], in: folder.root)
    #expect(empty.stdout.contains("We have no conversations to report on in this period."))
    #expect(!empty.stdout.contains("Too few of you"))
  }

  @Test func writesTheDraftToAFileAndNamesAnUnknownAccount() throws {
    let folder = try notebook()
    let written = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-06-30", "--out", "draft.md"],
      in: folder.root)
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    let draft = try String(contentsOfFile: folder.root + "/draft.md", encoding: .utf8)
    #expect(draft.contains("# What we heard from Acme"))
    let unknown = try RapportProcess.run(
      ["tellback", "acm", "--notebook", "nb"], in: folder.root)
    #expect(unknown.status == 64, "a usage error")
    // Never over a note, nor where it would be read as one.
    let note = folder.root + "/nb/acme/2026-05-01-ann.md"
    let before = try String(contentsOfFile: note, encoding: .utf8)
    let inside = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--out", "nb/acme/2026-05-01-ann.md"],
      in: folder.root)
    #expect(inside.status == 64 && inside.stderr.contains("inside the notebook"))
    #expect(try String(contentsOfFile: note, encoding: .utf8) == before)
    #expect(unknown.stderr.contains("did you mean `acme`?"), "\(unknown.stderr)")
  }

  @Test func namesGoWhateverPunctuationSurroundsThemAndThePunctuationStays() throws {
    let folder = try notebook()
    let profile = try String(contentsOfFile: folder.root + "/nb/acme/account.md", encoding: .utf8)
    try folder.write(
      "nb/acme/account.md",
      profile.replacingOccurrences(
        of: "  - { id: eve,",
        with: "  - { id: li, name: Li Wei, title: Data Lead, level: staff }\n"
          + "  - { id: minh, name: Minh Do, title: Clerk, level: staff }\n"
          + "  - { id: jess, name: Jess Alvarez, title: Warehouse Supervisor, level: staff }\n"
          + "  - { id: kim, name: Kim O'Brien, title: Buyer, level: staff }\n"
          + "  - { id: will-park, name: Will Park, title: IT Lead, level: staff }\n"
          + "  - { id: wang-wei, name: 王伟, title: CFO, level: staff }\n"
          + "  - { id: mei-lin-zhou, name: Mei-Lin Zhou, title: Warehouse Manager, level: staff }\n"
          + "  - { id: eve,"))
    let promises = [
      "Ping 'Bob' today", "Invite the ops lead (Bob) to the pilot", "Ping (Cyd Cole) today",
      "Send \"Dee\" the runbook", "Invite Bob, Li and Ann to the pilot",
      "Send Ann's team and Bob's analysts the runbook", "Ask Li whether li-ion packs count",
      "Do a pricing review with Minh Do", "Share the Bob-approved plan with Bob/Ann",
      "Copy Jess' notes to the team", "Call Kim O’Brien", "Send Zara Khan and Zara the deck",
      "Mail bob.cole@acme.example (cc li_wei+ops@acme.example) and ops@acme.example",
      "Call Ms. Dunn and Dr Cole, then ask C. Cole", "Plan B. Send Dee the plan",
      "Please mark the invoices and will Will send the credit",
      "Send Gwen Stacy and gwen-stacy the depot docs", "Ask Sam Lee to book the review",
      "Tag dee_dunn in the ticket", "Invite Dan O'Brien and Éloïse Dupré", "Send 王伟 the roadmap",
      "Call Mei-Lin about the feed", "Ask Zhou Mei-Lin and Mei Lin", "Share Mei-Lin's log",
    ]
    try folder.write(
      "nb/acme/2026-05-25-bob.md",
      "---\ndate: 2026-05-25\ninterviewer: Sam Lee\ncontact: bob\n---\nWe talked.\n\n"
        + promises.map { "- [ ] \($0) @sam due:2026-07-20\n" }.joined())
    // Someone off the roster is known by the name the note gives.
    try folder.write(
      "nb/acme/2026-05-26-zara.md",
      "---\ndate: 2026-05-26\ninterviewer: Sam Lee\ncontact: Zara Khan\nattendees: [Gwen Stacy, Sam Lee, Dan O'Brien, Éloïse Dupré]\n---\n"
        + "Zara talked.\n\n> Fine.\n> — Gwen Stacy\n")
    let output = try RapportProcess.run(
      ["tellback", "acme", "--notebook", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(output.status == 0, "\(output.stderr)")
    let text = output.stdout
    for expected in [
      "Ping 'the Fleet Manager' today", "Invite the ops lead (the Fleet Manager) to the pilot",
      "Ping (the Depot Manager) today", "Send \"the Support Manager\" the runbook",
      "Invite the Fleet Manager, the Data Lead and the Planning Lead to the pilot",
      "Send the Planning Lead's team and the Fleet Manager's analysts the runbook",
      "Ask the Data Lead whether li-ion packs count",
      "Do a pricing review with the Clerk",
      "Share the the Fleet Manager-approved plan with the Fleet Manager/the Planning Lead",
      "Copy the Warehouse Supervisor's notes to the team", "Call the Buyer",
      "Send a colleague and a colleague the deck",
      "Mail the Fleet Manager (cc the Data Lead) and ops@acme.example",
      "Call the Support Manager and the Depot Manager, then ask the Depot Manager",
      "Plan B. Send the Support Manager the plan",
      // An everyday word stays one; the name, capitalised, goes.
      "Please mark the invoices and will the IT Lead send the credit",
      // People who sat in or were quoted are named too, though not on the roster.
      "Send a colleague and a colleague the depot docs",
      // Our own people keep their names, though they sat in.
      "Ask Sam Lee to book the review", "Tag the Support Manager in the ticket",
      // Accents and apostrophes aside, and a name with no capitals.
      "Invite a colleague and a colleague", "Send the CFO the roadmap",
      // Parts of one name next to each other are that person once.
      "Call the Warehouse Manager about the feed",
      "Ask the Warehouse Manager and the Warehouse Manager",
      "Share the Warehouse Manager's log",
    ] {
      #expect(text.contains(expected), "\(expected)\n\(text)")
    }
    for name in ["Li ", "Wei", "Minh", "Jess", "Brien", "Zara", "Khan", "Bob", "Mei", "Zhou"] {
      #expect(!text.contains(name), "\(name) in \(text)")
    }
  }
}

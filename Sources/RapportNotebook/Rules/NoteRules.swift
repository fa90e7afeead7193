extension Rule {
  /// A date that is not `YYYY-MM-DD` or not on the calendar.
  public static let dateInvalid = Rule(
    "date.invalid", .error, "A date is not written YYYY-MM-DD or does not exist (2026-02-30).",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 14/03/2026\ninterviewer: Sam Lee\ncontact: jane-doe")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])

  /// A note without a date.
  public static let noteDateMissing = Rule(
    "note.date.missing", .error, "An interview note has no `date`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote("interviewer: Sam Lee\ncontact: jane-doe")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])

  /// A note without an interviewer.
  public static let noteInterviewerMissing = Rule(
    "note.interviewer.missing", .error, "An interview note has no `interviewer`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote("date: 2026-03-14\ncontact: jane-doe")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])

  /// A note that does not say who was interviewed.
  public static let noteContactMissing = Rule(
    "note.contact.missing", .error, "An interview note has no `contact`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote("date: 2026-03-14\ninterviewer: Sam Lee")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])
  /// A misspelled `confidential` key: the note's words must not leak while it is fixed.
  public static let noteConfidentialMisspelled = Rule(
    "note.confidential.misspelled", .error,
    "A key looks like a misspelled `confidential`; the note is kept out of reports until it is fixed.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("confidentail: true")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("confidential: true")])
}

extension RuleCatalog {
  static let noteRules: [Rule] = [
    .dateInvalid, .noteDateMissing, .noteInterviewerMissing, .noteContactMissing,
    .noteContactUnknown, .noteContactMisspelled, .noteConfidentialMisspelled,
    .noteAttendeeUnknown, .noteTypeUnknown, .noteChannelUnknown, .noteSideInvalid,
    .noteSideNotPartner,
    .noteOutcomeNotWinLoss, .noteOutcomeInvalid, .noteOutcomeMissing, .quoteSpeakerUnknown,
  ]
}

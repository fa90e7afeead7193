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

  /// A contact that is not on the account's roster.
  public static let noteContactUnknown = Rule(
    "note.contact.unknown", .warning,
    "The `contact` is neither an id nor a name on the account's roster (or team, for internal notes); they are counted as a person not on the roster.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: Hank Scorpio")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: Jane Doe")
    ])

  /// An attendee who is not on the roster.
  public static let noteAttendeeUnknown = Rule(
    "note.attendee.unknown", .warning, "An `attendees` entry is not on the account's roster.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("attendees: [raj-patell]")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("attendees: [raj-patel]")])

  /// An interview type not listed in `types`.
  public static let noteTypeUnknown = Rule(
    "note.type.unknown", .error, "The `type` is not one of the interview types in `rapport.yml`.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("type: winloss")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("type: relationship")])

  /// A channel other than in-person, video, phone or email.
  public static let noteChannelUnknown = Rule(
    "note.channel.unknown", .error, "The `channel` is not in-person, video, phone or email.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("channel: zoom")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("channel: video")])

  /// A side other than external or internal.
  public static let noteSideInvalid = Rule(
    "note.side.invalid", .error, "The `side` is not external or internal.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("side: partner")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("side: external")])

  /// An internal-side interview on an account that is not a partner.
  public static let noteSideNotPartner = Rule(
    "note.side.not-partner", .warning,
    "`side: internal` is for partner accounts, where our own people are interviewed about the partnership.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Priya Shah\ncontact: sam\nside: internal")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Priya Shah\ncontact: jane-doe\nside: external")
    ])

  /// Win/loss fields on a note that is not a win-loss interview.
  public static let noteOutcomeNotWinLoss = Rule(
    "note.outcome.not-win-loss", .error,
    "`outcome` or `reasons` appear on a note whose type is not win-loss.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("outcome: lost")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\noutcome: lost")])

  /// An outcome other than won, lost or no-decision.
  public static let noteOutcomeInvalid = Rule(
    "note.outcome.invalid", .error, "The `outcome` is not won, lost or no-decision.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\noutcome: lose")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\noutcome: lost")])

  /// A win-loss note that does not record how the decision ended.
  public static let noteOutcomeMissing = Rule(
    "note.outcome.missing", .warning, "A win-loss note has no `outcome`.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\nreasons: [support]")],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\noutcome: won\nreasons: [support]")
    ])

  /// A quote attributed to someone not on the roster.
  public static let quoteSpeakerUnknown = Rule(
    "quote.speaker.unknown", .warning,
    "A quote's `— name` attribution is not on the account's roster.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> Reports are slow.\n> — Raj Patil\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> Reports are slow.\n> — Raj Patel\n")
    ])

  /// A contact one slip away from someone on the roster: almost surely a typo.
  public static let noteContactMisspelled = Rule(
    "note.contact.misspelled", .error,
    "The `contact` is not on the roster but is one slip away from someone who is; a typo would count a phantom person.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-do")
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

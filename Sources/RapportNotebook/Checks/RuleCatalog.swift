/// Every check rule, and the small notebook their examples are written against.
///
/// Each rule is defined in a file of its own under `Checks/`, beside the code that decides when it
/// applies and words what it says.
public enum RuleCatalog {
  /// All rules, in documentation order (the README's table follows it).
  public static let all: [Rule] = [
    // Files and bodies
    .fileEncoding, .fileLineEndings, .fileTooLarge, .fileUnreadable, .bodyTooDeep,
    .bodyTooManyBrackets, .noteTooManyThemes, .fileIgnored, .fileOutsideNotebook,
    // Front matter
    .frontMatterMissing, .frontMatterUnclosed, .yamlInvalid, .yamlTooComplex, .yamlNotMapping,
    .yamlDuplicateKey, .yamlUnknownKey, .yamlMisspelledKey, .yamlValueType, .yamlUnbracketedList,
    // Notes
    .dateInvalid, .noteDateMissing, .noteDateFuture, .noteInterviewerMissing, .noteContactMissing,
    .noteContactUnknown, .noteContactMisspelled, .noteConfidentialMisspelled,
    .noteAttendeeUnknown, .noteTypeUnknown, .noteChannelUnknown, .noteSideInvalid,
    .noteSideNotPartner, .noteOutcomeNotWinLoss, .noteOutcomeInvalid, .noteOutcomeMissing,
    .noteUnfilled, .quoteSpeakerUnknown, .quoteAttributionHyphen,
    // Scores and themes
    .scoreNotNumber, .scoreEmpty, .scoreDuplicate, .scoreOutOfRange, .scoreUnknownScale,
    .themeInvalid,
    .themeCommented,
    .themeUnknown, .themeMisspelled,
    // Commitments
    .commitmentOwnerMissing, .commitmentDueMissing, .commitmentOwnerUnknown,
    .commitmentDoneUnchecked, .commitmentDueBeforeInterview, .commitmentDoneBeforeInterview,
    .commitmentCheckboxUnknown, .commitmentTellBackMisspelled,
    // Accounts, rosters and teams
    .accountFolderNotSlug, .accountProfileMissing, .accountFieldInvalid, .rosterContactInvalid,
    .rosterContactPlaceholder, .rosterDuplicateID,
    .rosterReportsToUnknown, .rosterReportsToCycle, .rosterLevelUnknown, .teamMemberInvalid,
    // Settings and the notebook
    .settingsInvalid, .notebookEmpty,
  ]

  /// The rule with this id.
  public static func rule(id: String) -> Rule? { all.first { $0.id == id } }

  /// The notebook every example starts from; an example's files are added to it or replace its files.
  public static let exampleBase: [String: String] = [
    "rapport.yml": """
    team:
      - { handle: priya, name: Priya Shah }
    themes:
      reporting: { aliases: [reports] }

    """,
    "acme/account.md": """
    ---
    name: Acme Corporation
    team:
      - { handle: sam, name: Sam Lee }
    contacts:
      - { id: jane-doe, name: Jane Doe, title: CIO, level: executive }
      - { id: raj-patel, name: Raj Patel, level: manager, reports_to: jane-doe }
    ---

    """,
    exampleNote: note(""),
  ]

  /// The day the examples are checked on, for rules that depend on the day of the run.
  public static let exampleToday = Day(year: 2026, month: 11, day: 26)!

  /// The path of the example notebook's interview note.
  public static let exampleNote = "acme/2026-03-14-jane-doe.md"

  /// A note dated 2026-03-14 with Jane Doe, with `extra` front-matter lines and `body`.
  static func note(
    _ extra: String, body: String = "Jane is happy with the #reporting module.\n"
  ) -> String {
    "---\ndate: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: 9 }\n"
      + (extra.isEmpty ? "" : extra + "\n") + "---\n" + body
  }

  /// A note whose whole front matter is `frontMatter`.
  static func bareNote(_ frontMatter: String, body: String = "Notes.\n") -> String {
    "---\n" + frontMatter + "\n---\n" + body
  }

  /// Marks an example file that is a symbolic link to `target` rather than a text.
  public static func link(to target: String) -> String { linkMarker + target }

  /// Where an example file links to, or nil when it is a text (see `link(to:)`).
  public static func linkTarget(of example: String) -> String? {
    example.hasPrefix(linkMarker) ? String(example.dropFirst(linkMarker.count)) : nil
  }

  /// Begins a link's example: no file text starts with a NUL byte and an arrow.
  private static let linkMarker = "\u{0}→ "

  /// An `acme/account.md` whose front matter is `frontMatter`.
  static func profile(_ frontMatter: String) -> String {
    "---\nname: Acme Corporation\n" + frontMatter + "\n---\n"
  }
}

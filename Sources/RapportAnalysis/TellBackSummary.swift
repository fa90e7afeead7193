import RapportNotebook

/// What we heard from an account in the window and what we are doing about it, for the customer:
/// themes by level (never by person, only for groups of `min_group_size` people or more) and our
/// commitments. Never a score, an interviewee's name, a quote, an internal-side note or a
/// confidential note.
public struct TellBackSummary: Sendable {
  /// The themes one group of people raised.
  public struct Group: Sendable {
    /// A level, or nil for everyone interviewed.
    public var level: String?
    /// People interviewed in the group.
    public var people: Int
    /// Themes with the number of interviews that raised them, most raised first.
    public var themes: [(theme: String, interviews: Int)]
  }

  /// One commitment, with any interviewee's name taken out of its text.
  public struct Promise: Sendable {
    public var text: String
    public var status: CommitmentStatus
    public var due: Day?
    public var done: Day?
  }

  public var accountID: String
  public var accountName: String
  public var period: ReportPeriod
  /// External, non-confidential interviews in the window.
  public var interviews: Int
  /// Everyone together first (when they are enough people), then each level that is.
  public var groups: [Group]
  /// Commitments from those interviews, and older ones still open; tell-backs are this summary.
  public var promises: [Promise]

  /// The summary of an account report.
  public init(_ report: AccountReport, account: Account, settings: Settings) {
    accountID = report.id
    accountName = report.name
    period = report.period
    let minimum = max(1, settings.thresholds.minGroupSize)
    let notes = account.interviews.filter {
      $0.side == .external && !$0.confidential && report.period.contains($0.date)
    }
    interviews = notes.count
    let levelOf = Dictionary(
      report.contacts.map { ($0.id, $0.level) }, uniquingKeysWith: { first, _ in first })
    func group(_ level: String?, _ notes: [Interview]) -> Group? {
      let people = Set(notes.map(\.contactID)).count
      guard people >= minimum else { return nil }
      var counts: [String: Int] = [:]
      // A theme `check` takes for a slip (`#reportng`, `#tellback`) is a typing mistake, not
      // something the customer said.
      for note in notes {
        for theme in note.themes where !settings.isThemeSlip(theme) {
          counts[theme, default: 0] += 1
        }
      }
      let themes = counts.map { (theme: $0.key, interviews: $0.value) }
        .sorted { ($0.interviews, $1.theme) > ($1.interviews, $0.theme) }
      return Group(level: level, people: people, themes: themes)
    }
    var groups: [Group] = []
    if let everyone = group(nil, notes) { groups.append(everyone) }
    for level in settings.levels {
      if let group = group(level, notes.filter { levelOf[$0.contactID] == level }) {
        groups.append(group)
      }
    }
    self.groups = groups
    let files = Set(notes.map(\.file))
    // People open notes name without being contacts: attendees and quoted people off the roster,
    // never our own (the team, whoever interviews), whose names stay.
    let ours = OurPeople(
      team: account.profile.team + settings.team,
      interviewers: account.interviews.map(\.interviewer))
    let open = account.interviews.filter { !$0.confidential && $0.side == .external }
    let others = open.flatMap {
      $0.attendees + $0.quotes.flatMap { [$0.speakerID, $0.speakerName] }
    }.filter { !ours.contains($0) }
    let redactor = NameRedactor(report.contacts, others: others, sealed: account.sealedNames)
    promises = report.ledger.filter { entry in
      !entry.isTellBack && !entry.isInternal && entry.text != nil
        && (files.contains(entry.file) || entry.status.isOpen)
        && account.interviews.contains { $0.file == entry.file && !$0.confidential }
    }.map {
      Promise(
        text: redactor.redact(Self.withoutTags($0.text!)), status: $0.status, due: $0.due,
        done: $0.done)
    }
  }
}

extension TellBackSummary {
  /// `text` without its `#theme` tags: they are our codebook, not the customer's words.
  static func withoutTags(_ text: String) -> String {
    text.split(separator: " ").filter { word in
      !(word.hasPrefix("#") && word.dropFirst().first.map { $0.isLetter || $0.isNumber } == true)
    }.joined(separator: " ")
  }
}

import RapportNotebook

/// One score a contact gave, with the note it is written in.
public struct ScorePoint: Sendable, Hashable {
  public var date: Day
  public var scale: String
  public var value: Double
  public var file: String
  public var line: Int
}

/// A person at an account and what we heard from them over time, up to the as-of date.
public struct ContactSummary: Sendable {
  public var id: String
  public var name: String
  public var title: String?
  public var level: String?
  public var reportsTo: String?
  /// Whether the person is on the roster (else they were interviewed without being listed).
  public var inRoster: Bool
  public var hasLeft: Bool
  public var invited: Day?
  /// Every score, oldest first.
  public var scores: [ScorePoint]
  /// Scores on the NPS scale, oldest first.
  public var npsHistory: [ScorePoint]
  /// Interviews with this person as the interviewee (external side), oldest first.
  public var interviewDates: [Day]
  /// File of the latest interview.
  public var latestFile: String?
  /// The latest day the person sat in an external interview as an attendee or was quoted in one
  /// (neither makes them a respondent).
  public var lastPresent: Day? = nil
  /// Whether the latest NPS score falls in the window (the person counts in NPS).
  public var isRespondent: Bool

  /// The latest NPS-scale score.
  public var latestNPS: ScorePoint? { npsHistory.last }
  /// The day of the latest interview.
  public var lastHeard: Day? { interviewDates.last }
  /// Latest minus first NPS-scale score; nil with fewer than two.
  public var trend: Double? {
    guard npsHistory.count >= 2, let first = npsHistory.first, let last = npsHistory.last else {
      return nil
    }
    return last.value - first.value
  }
  /// Promoter, passive or detractor by the latest NPS score.
  public var category: NPSCategory? { latestNPS.map { NPSCategory(score: $0.value) } }
}

extension ContactSummary {
  /// Summaries of every roster contact and every other person interviewed at `account`.
  static func all(for account: Account, period: ReportPeriod, npsScale: String?) -> [ContactSummary]
  {
    var byID: [String: ContactSummary] = [:]
    var order: [String] = []
    for contact in account.profile.contacts {
      byID[contact.id] = ContactSummary(
        id: contact.id, name: contact.name, title: contact.title, level: contact.level,
        reportsTo: contact.reportsTo, inRoster: true, hasLeft: contact.hasLeft,
        invited: contact.invited,
        scores: [], npsHistory: [], interviewDates: [], latestFile: nil, isRespondent: false)
      order.append(contact.id)
    }
    var extras: [String] = []
    for interview in account.interviews
    where interview.side == .external && period.hasHappened(interview.date) {
      let id = interview.contactID
      if byID[id] == nil {
        byID[id] = ContactSummary(
          id: id, name: interview.contactName, title: nil, level: nil, reportsTo: nil,
          inRoster: false,
          hasLeft: false, invited: nil, scores: [], npsHistory: [], interviewDates: [],
          latestFile: nil,
          isRespondent: false)
        extras.append(id)
      }
      byID[id]!.interviewDates.append(interview.date)
      byID[id]!.latestFile = interview.file
      for score in interview.scores {
        let point = ScorePoint(
          date: interview.date, scale: score.scale, value: score.value, file: interview.file,
          line: score.position.line)
        byID[id]!.scores.append(point)
        if score.scale == npsScale { byID[id]!.npsHistory.append(point) }
      }
    }
    for interview in account.interviews
    where interview.side == .external && period.hasHappened(interview.date) {
      let present = Set(interview.attendees + interview.quotes.map(\.speakerID))
      for id in present where id != interview.contactID && byID[id] != nil {
        byID[id]!.lastPresent = max(byID[id]!.lastPresent ?? interview.date, interview.date)
      }
    }
    for id in byID.keys {
      if let latest = byID[id]!.latestNPS { byID[id]!.isRespondent = period.contains(latest.date) }
    }
    let others = extras.sorted {
      let (first, second) = (byID[$0]!.name, byID[$1]!.name)
      if let a = Withheld.number(inPlaceholder: first),
        let b = Withheld.number(inPlaceholder: second)
      {
        return a < b
      }
      return first < second || (first == second && $0 < $1)
    }
    return (order + others).map { byID[$0]! }
  }
}

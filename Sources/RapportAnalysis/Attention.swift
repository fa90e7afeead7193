import RapportNotebook

/// How much an account needs us now, with the evidence: a level, never a new score.
public struct Attention: Sendable {
  /// What to do about an account.
  public enum Level: String, Sendable, CaseIterable, Comparable {
    /// Something needs action now.
    case act
    /// Worth a closer look.
    case watch
    /// Nothing flagged.
    case steady

    public static func < (a: Level, b: Level) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  /// The rules that raise attention, each at one level.
  public enum Rule: String, Sendable, CaseIterable, Comparable {
    /// A top-level contact whose latest NPS in the window is a detractor's.
    case executiveDetractor = "executive-detractor"
    /// A contact whose latest NPS in the window is 3 or more below their previous one.
    case scoreDrop = "score-drop"
    /// An overdue commitment from an interview with someone whose latest NPS is a detractor's.
    case overdueToDetractor = "overdue-to-detractor"
    /// An active or newly won customer with no external interview in `silence_days`.
    case silentAccount = "silent-account"
    /// A lost account with no interview for `silence_days` (or none ever): ask why it left.
    case lostUnheard = "lost-unheard"
    /// Heard from at one contact or one level only.
    case singleSource = "single-source"
    /// Executives and everyone else differ by `split_gap` or more.
    case splitOpinion = "split-opinion"
    /// A tell-back late, overdue or not planned for an interview in the window.
    case tellBackMissing = "tell-back-missing"
    /// A passive not heard from in `silence_days`.
    case silentPassive = "silent-passive"
    /// A top-level roster contact never interviewed.
    case executiveNeverHeard = "executive-never-heard"
    /// Account NPS down 10 points or more against the previous period.
    case npsDown = "nps-down"

    /// The level a reason of this rule raises the account to.
    public var level: Level {
      switch self {
      case .executiveDetractor, .scoreDrop, .overdueToDetractor, .silentAccount: return .act
      default: return .watch
      }
    }

    public static func < (a: Rule, b: Rule) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  /// One reason, with what shows it.
  public struct Reason: Sendable {
    public var rule: Rule
    /// The person it is about, if any.
    public var contactID: String?
    public var contactName: String?
    /// The note (and line) that shows it, if one does.
    public var file: String?
    public var line: Int?
    /// The score now, and the one before it (score drop), or the NPS now and a window earlier.
    public var value: Double?
    public var previousValue: Double?
    /// Days of silence, days overdue, or the days a late tell-back took.
    public var days: Int?
    /// The date the evidence dates from (an interview, a last contact; for an executive never
    /// interviewed, the last day they sat in one).
    public var date: Day?
  }

  public var level: Level
  /// The reasons, act ones first, in rule order.
  public var reasons: [Reason]

  init(reasons: [Reason]) {
    self.reasons = reasons.enumerated().sorted {
      ($0.element.rule, $0.offset) < ($1.element.rule, $1.offset)
    }.map(\.element)
    level = reasons.map(\.rule.level).min() ?? .steady
  }
}

extension Attention {
  /// The attention an account report calls for; `previous` is its NPS one window earlier.
  static func of(
    _ report: AccountReport, settings: Settings, previous: NPSSummary?
  ) -> Attention {
    var reasons: [Reason] = []
    let top = settings.levels.first
    let silenceDays = settings.thresholds.silenceDays
    for contact in report.contacts where contact.isRespondent {
      let latest = contact.latestNPS!
      if contact.level != nil, contact.level == top, contact.category == .detractor {
        reasons.append(
          Reason(
            rule: .executiveDetractor, contactID: contact.id, contactName: contact.name,
            file: latest.file, line: latest.line, value: latest.value, date: latest.date))
      }
      if contact.npsHistory.count >= 2 {
        let before = contact.npsHistory[contact.npsHistory.count - 2]
        if before.value - latest.value >= 3 {
          reasons.append(
            Reason(
              rule: .scoreDrop, contactID: contact.id, contactName: contact.name,
              file: latest.file, line: latest.line, value: latest.value,
              previousValue: before.value, date: latest.date))
        }
      }
    }
    // Who each note interviewed, to tie an overdue promise to the person it was made to.
    let interviewee = Dictionary(
      report.timeline.filter { $0.side == .external }.map { ($0.file, $0.contactID) },
      uniquingKeysWith: { first, _ in first })
    let people = Dictionary(
      report.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for entry in report.ledger where entry.status == .overdue {
      guard let id = interviewee[entry.file], let person = people[id],
        person.category == .detractor
      else { continue }
      reasons.append(
        Reason(
          rule: .overdueToDetractor, contactID: id, contactName: person.name, file: entry.file,
          line: entry.line, value: person.latestNPS?.value, days: entry.daysOverdue,
          date: entry.deadline))
    }
    let profile = report.profile
    if let silence = report.silence(silenceDays: silenceDays) {
      if profile.relationship == .customer, profile.status == .active || profile.status == .won {
        reasons.append(
          Reason(rule: .silentAccount, days: silence.days, date: report.lastInterview))
      }
      // The planner asks for its most senior contact on the same condition.
      if profile.status == .lost {
        // A win/loss note that gave the buyer's reasons is its evidence: why is known, and the
        // next conversation is about what would bring them back. Notes are newest first.
        let told = report.winLoss.notes.first { $0.outcome == .lost && !$0.reasons.isEmpty }
        reasons.append(
          Reason(
            rule: .lostUnheard, file: told?.file, days: silence.days, date: report.lastInterview))
      }
    }
    if report.isSingleSource { reasons.append(Reason(rule: .singleSource)) }
    if report.split != nil { reasons.append(Reason(rule: .splitOpinion)) }
    for entry in report.loop where entry.status.isFlagged {
      reasons.append(
        Reason(
          rule: .tellBackMissing, contactID: entry.contactID, contactName: entry.contactName,
          file: entry.file, days: entry.status == .late ? entry.days : nil, date: entry.date))
    }
    for entry in report.indifference where entry.reason == .silentPassive {
      reasons.append(
        Reason(
          rule: .silentPassive, contactID: entry.contactID, contactName: entry.contactName,
          value: entry.latestScore, days: entry.daysSilent, date: entry.lastHeard))
    }
    for contact in report.contacts
    where contact.inRoster && !contact.hasLeft && contact.level != nil && contact.level == top
      && contact.lastHeard == nil
    {
      reasons.append(
        Reason(
          rule: .executiveNeverHeard, contactID: contact.id, contactName: contact.name,
          date: contact.lastPresent))
    }
    let minimum = settings.thresholds.minGroupSize
    if let previous, previous.respondents >= minimum, report.nps.respondents >= minimum,
      let before = previous.score, let now = report.nps.score, before - now >= 10
    {
      reasons.append(Reason(rule: .npsDown, value: now, previousValue: before))
    }
    return Attention(reasons: reasons)
  }
}

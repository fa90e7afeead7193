import RapportNotebook

/// Whom to talk to next, most urgent first, each with why and an opening question.
public struct NextConversation: Sendable {
  /// Why someone is on the list.
  public enum Reason: String, Sendable, CaseIterable, Comparable {
    /// A detractor with a promise from their interview that is overdue, or done and not yet
    /// shown to them (no interview with them since): show them what was done.
    case detractorFollowUp = "detractor-follow-up"
    /// A detractor whose only late promise is telling them what we learned: tell them.
    case detractorTellBack = "detractor-tell-back"
    /// A lost account silent for `silence_days`: its most senior contact.
    case lostCustomer = "lost-customer"
    /// A customer of under a year never interviewed.
    case newCustomer = "new-customer"
    /// A top-level roster contact never interviewed.
    case executiveNeverHeard = "executive-never-heard"
    /// An account other than a lost one with no interview for `silence_days`, or none ever: its
    /// most senior contact interviewed before (else its most senior).
    case silentAccount = "silent-account"
    /// A single-source account: someone at a level not heard in the window.
    case singleSource = "single-source"
    /// Invited and not interviewed since.
    case invitedNotInterviewed = "invited-not-interviewed"
    /// A passive not heard from in `silence_days`.
    case silentPassive = "silent-passive"

    public static func < (a: Reason, b: Reason) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  public var accountID: String
  public var accountName: String
  /// The person; nil when the roster names nobody (then `level` says whom to find).
  public var contactID: String?
  public var contactName: String?
  public var level: String?
  public var reason: Reason
  /// Which of the question bank's cohorts the opening question comes from.
  public var cohort: QuestionCohort
  public var question: String
  /// 1 for the most urgent.
  public var priority: Int
  /// The account's attention level (act accounts come first).
  public var attention: Attention.Level
  /// For a detractor's follow-up, the days their longest overdue promise is late: the longer
  /// they have waited, the sooner they come; nil when their promises are done.
  public var daysOverdue: Int? = nil
  /// For a lost or silent account, the days since anyone there was interviewed (nil when nobody
  /// ever was).
  public var daysSilent: Int? = nil
}

/// The cohorts of the question bank (`questions:` in rapport.yml).
public enum QuestionCohort: String, Sendable, CaseIterable {
  case new, established, loyal, lost

  /// The cohort an account's questions come from: lost accounts as lost, else by tenure.
  public init(status: AccountStatus, tenure: Tenure) {
    if status == .lost {
      self = .lost
      return
    }
    switch tenure {
    case .new: self = .new
    case .loyal: self = .loyal
    case .established, .unknown: self = .established
    }
  }
}

/// Builds the list of next conversations from account reports.
public enum Planner {
  /// Every next conversation over these accounts (their `conversations`), numbered by urgency.
  public static func plan(_ accounts: [AccountReport], settings: Settings) -> [NextConversation] {
    let levels = settings.levels
    let found = accounts.flatMap(\.conversations)
    // One entry per person: the most urgent reason.
    var seen = Set<String>()
    func levelRank(_ level: String?) -> Int {
      level.flatMap { levels.firstIndex(of: $0) } ?? levels.count
    }
    // Each entry's sort key is computed once, and indices are sorted rather than entries.
    let attentionRanks = Attention.Level.allCases
    let reasonRanks = NextConversation.Reason.allCases
    let keys = found.map { entry in
      (
        attentionRanks.firstIndex(of: entry.attention)!, reasonRanks.firstIndex(of: entry.reason)!,
        -(entry.daysOverdue ?? -1), levelRank(entry.level)
      )
    }
    let ordered = found.indices.sorted { a, b in
      if keys[a] != keys[b] { return keys[a] < keys[b] }
      return (found[a].accountID, found[a].contactID ?? "")
        < (found[b].accountID, found[b].contactID ?? "")
    }.map { found[$0] }.filter {
      seen.insert($0.accountID + "\u{0}" + ($0.contactID ?? "@" + $0.reason.rawValue)).inserted
    }
    return ordered.enumerated().map { index, entry in
      var numbered = entry
      numbered.priority = index + 1
      return numbered
    }
  }

  /// The conversations one account calls for.
  static func candidates(
    _ report: AccountReport, settings: Settings, questions: QuestionBank
  ) -> [NextConversation] {
    let levels = settings.levels
    let cohort = QuestionCohort(status: report.profile.status, tenure: report.tenure)
    let question = questions.question(for: cohort)
    var result: [NextConversation] = []
    func add(
      _ reason: NextConversation.Reason, _ contact: ContactSummary?, level: String? = nil,
      daysOverdue: Int? = nil, daysSilent: Int? = nil
    ) {
      result.append(
        NextConversation(
          accountID: report.id, accountName: report.name, contactID: contact?.id,
          contactName: contact?.name, level: contact?.level ?? level, reason: reason,
          cohort: cohort,
          question: reason == .detractorFollowUp
            ? questions.followUp : reason == .detractorTellBack ? questions.tellBack : question,
          priority: 0,
          attention: report.attention.level, daysOverdue: daysOverdue, daysSilent: daysSilent))
    }
    func rank(_ contact: ContactSummary) -> Int {
      contact.level.flatMap { levels.firstIndex(of: $0) } ?? levels.count
    }
    let roster = report.contacts.filter { $0.inRoster && !$0.hasLeft }
    let bySeniority = roster.sorted { (rank($0), $0.id) < (rank($1), $1.id) }
    let heard = Set(
      report.timeline.filter { $0.side == .external && report.period.contains($0.date) }
        .map(\.contactID))
    for contact in roster
    where contact.level != nil && contact.level == levels.first
      && contact.lastHeard == nil
    {
      add(.executiveNeverHeard, contact)
    }
    for contact in roster {
      if let invited = contact.invited, invited <= report.period.asOf,
        !contact.interviewDates.contains(where: { $0 >= invited })
      {
        add(.invitedNotInterviewed, contact)
      }
    }
    for entry in report.indifference where entry.reason == .silentPassive {
      add(.silentPassive, report.contacts.first { $0.id == entry.contactID })
    }
    for waiting in Self.waitingDetractors(report) {
      add(
        waiting.promised ? .detractorFollowUp : .detractorTellBack, waiting.person,
        daysOverdue: waiting.days)
    }
    if report.isSingleSource {
      if let next = bySeniority.first(where: { !heard.contains($0.id) }) {
        add(.singleSource, next)
      } else {
        let heardLevels = Set(report.contacts.filter { heard.contains($0.id) }.compactMap(\.level))
        let missing = levels.first { !heardLevels.contains($0) } ?? levels.first
        add(.singleSource, nil, level: missing)
      }
    }
    if report.profile.status == .lost,
      let silence = report.silence(silenceDays: settings.thresholds.silenceDays)
    {
      let days = silence.days
      if let senior = bySeniority.first {
        add(.lostCustomer, senior, daysSilent: days)
      } else {
        add(.lostCustomer, nil, level: levels.first, daysSilent: days)
      }
    }
    if report.tenure == .new, report.profile.relationship == .customer, report.lastInterview == nil
    {
      if let senior = bySeniority.first {
        add(.newCustomer, senior)
      } else {
        add(.newCustomer, nil, level: levels.first)
      }
    }
    // A silent account in the zone of mutual indifference, partners and prospects too: someone
    // has to be the one to call, best the most senior who has spoken with us before (people
    // never interviewed at the top have their own reason).
    if report.profile.status != .lost,
      let silent = report.indifference.first(where: { $0.reason == .silentAccount })
    {
      if let senior = bySeniority.first(where: { $0.lastHeard != nil }) ?? bySeniority.first {
        add(.silentAccount, senior, daysSilent: silent.daysSilent)
      } else {
        add(.silentAccount, nil, level: levels.first, daysSilent: silent.daysSilent)
      }
    }
    return result
  }

  /// Detractors to go back to, each once in the ledger's order, and whether a promise other than
  /// the tell-back is late or done and not yet shown to them (done in the window, and no
  /// interview with them after the one it came from and on or after the day it was done). The
  /// days are the longest such promise is overdue (nil when none is), or, when only the tell-back
  /// is late, how late it is. A promise not yet due is no reason to go back: there is nothing to
  /// show them yet.
  static func waitingDetractors(
    _ report: AccountReport
  ) -> [(person: ContactSummary, days: Int?, promised: Bool)] {
    let interviews = report.timeline.filter { $0.side == .external }
    let interviewee = Dictionary(
      interviews.map { ($0.file, ($0.contactID, $0.date)) },
      uniquingKeysWith: { first, _ in first })
    var order: [String] = []
    var found: [String: (person: ContactSummary, promise: Int?, tellBack: Int?, unshown: Bool)] =
      [:]
    for entry in report.ledger {
      guard let (id, date) = interviewee[entry.file],
        let person = report.contacts.first(where: { $0.id == id }),
        person.category == .detractor, !person.hasLeft
      else { continue }
      let late = entry.status == .overdue ? entry.daysOverdue ?? 0 : nil
      let doneOn = entry.done ?? date
      let shown = person.lastHeard.map { $0 > date && $0 >= doneOn } ?? false
      let unshown =
        !entry.isTellBack && !entry.status.isOpen && report.period.contains(doneOn) && !shown
      guard late != nil || unshown else { continue }
      if found[id] == nil {
        order.append(id)
        found[id] = (person, nil, nil, false)
      }
      if entry.isTellBack {
        found[id]!.tellBack = [found[id]!.tellBack, late].compactMap { $0 }.max()
      } else {
        found[id]!.promise = [found[id]!.promise, late].compactMap { $0 }.max()
        found[id]!.unshown = found[id]!.unshown || unshown
      }
    }
    return order.map { id in
      let entry = found[id]!
      let promised = entry.promise != nil || entry.unshown
      return (entry.person, promised ? entry.promise : entry.tellBack, promised)
    }
  }
}

/// Opening questions by cohort, in the spirit of asking first-time, loyal and lost customers
/// different things; `questions:` in rapport.yml replaces any of them.
public struct QuestionBank: Sendable, Hashable {
  /// Replacements by cohort name (`new`, `established`, `loyal`, `lost`).
  public var replacements: [String: String]

  public init(replacements: [String: String] = [:]) { self.replacements = replacements }

  /// The built-in questions.
  public static let defaults: [QuestionCohort: String] = [
    .new: "What convinced you to choose us?",
    .established: "What would make us more valuable to you over the next year?",
    .loyal: "What is it about us that keeps you coming back?",
    .lost: "What one thing could we have done to earn your repeat business?",
  ]

  /// The built-in question for a detractor waiting on a promise, whatever the cohort: the
  /// conversation is there to show what was done.
  public static let followUpDefault =
    "Here is what we have done since we last spoke: does it address what you raised?"

  /// The question for a cohort.
  public func question(for cohort: QuestionCohort) -> String {
    replacements[cohort.rawValue] ?? Self.defaults[cohort]!
  }

  /// The question for a detractor waiting on a promise (`questions.follow_up`).
  public var followUp: String { replacements["follow_up"] ?? Self.followUpDefault }

  /// The built-in question for a detractor whose only late promise is the tell-back.
  public static let tellBackDefault =
    "When we last spoke we promised to tell you what we learned: here it is, and what we are doing about it. Did we hear you right?"

  /// The question for a detractor not yet told what we learned (`questions.tell_back`).
  public var tellBack: String { replacements["tell_back"] ?? Self.tellBackDefault }

  /// The built-in question for someone who has left the account: why they left is worth hearing.
  public static let leftDefault =
    "Looking back on your time working with us, what should we have done differently?"

  /// The question for someone who has left the account (`questions.left`).
  public var left: String { replacements["left"] ?? Self.leftDefault }
}

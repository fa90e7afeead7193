import RapportNotebook

/// A person (or an account) in the zone of mutual indifference.
public struct IndifferenceEntry: Sendable {
  /// Why they are listed.
  public enum Reason: String, Sendable {
    /// Latest score passive, and not heard from in the last `silence_days` days.
    case silentPassive = "silent-passive"
    /// On the roster, never interviewed.
    case neverInterviewed = "never-interviewed"
    /// No external interview at the account in the last `silence_days` days, or ever.
    case silentAccount = "silent-account"
  }

  public var reason: Reason
  public var accountID: String
  public var accountName: String
  /// The person's id; nil for a silent account.
  public var contactID: String? = nil
  /// The person; nil for a silent account.
  public var contactName: String?
  public var title: String?
  public var level: String?
  public var latestScore: Double?
  public var lastHeard: Day?
  /// Days since last heard, when ever heard.
  public var daysSilent: Int?
  /// For a person never interviewed: the latest day they sat in an interview or were quoted.
  public var lastPresent: Day?
  /// Whether the account is lost (listed all the same: a lost customer is worth a call).
  public var accountLost: Bool = false
}

/// A contact whose NPS category flipped between their first and latest score.
public struct Convert: Sendable {
  public var accountID: String
  public var accountName: String
  public var contactID: String
  public var contactName: String
  public var level: String?
  public var first: ScorePoint
  public var latest: ScorePoint
  /// True for detractor to promoter; false for the reverse.
  public var isImprovement: Bool
}

extension IndifferenceEntry {
  /// The indifference list of one account.
  static func entries(
    account: Account, contacts: [ContactSummary], period: ReportPeriod, silenceDays: Int
  ) -> [IndifferenceEntry] {
    var result: [IndifferenceEntry] = []
    let lost = account.profile.status == .lost
    // Silent means no interview dated in (as-of − silence_days, as-of], the window's convention.
    for contact in contacts where !contact.hasLeft {
      let silent = contact.lastHeard.map { period.daysSince($0) }
      if contact.category == .passive, let silent, silent >= silenceDays {
        result.append(
          IndifferenceEntry(
            reason: .silentPassive, accountID: account.id, accountName: account.name,
            contactID: contact.id, contactName: contact.name,
            title: contact.title, level: contact.level, latestScore: contact.latestNPS?.value,
            lastHeard: contact.lastHeard, daysSilent: silent, accountLost: lost))
      } else if contact.inRoster && contact.lastHeard == nil {
        result.append(
          IndifferenceEntry(
            reason: .neverInterviewed, accountID: account.id, accountName: account.name,
            contactID: contact.id, contactName: contact.name,
            title: contact.title, level: contact.level, latestScore: nil, lastHeard: nil,
            daysSilent: nil, lastPresent: contact.lastPresent, accountLost: lost))
      }
    }
    let last = account.interviews.filter { $0.side == .external && period.hasHappened($0.date) }
      .map(\.date).max()
    if let silence = Silence.of(
      last: last, since: account.profile.since, isLost: lost, period: period,
      silenceDays: silenceDays)
    {
      result.insert(
        IndifferenceEntry(
          reason: .silentAccount, accountID: account.id, accountName: account.name,
          contactName: nil, title: nil, level: nil, latestScore: nil, lastHeard: last,
          daysSilent: silence.days, accountLost: lost),
        at: 0)
    }
    return result
  }
}

extension Convert {
  /// Contacts of an account whose first and latest NPS scores sit in opposite camps.
  static func converts(account: Account, contacts: [ContactSummary]) -> [Convert] {
    contacts.compactMap { contact in
      guard let first = contact.npsHistory.first, let latest = contact.npsHistory.last,
        contact.npsHistory.count > 1
      else { return nil }
      let from = NPSCategory(score: first.value)
      let to = NPSCategory(score: latest.value)
      guard (from == .detractor && to == .promoter) || (from == .promoter && to == .detractor)
      else { return nil }
      return Convert(
        accountID: account.id, accountName: account.name, contactID: contact.id,
        contactName: contact.name, level: contact.level,
        first: first, latest: latest, isImprovement: to == .promoter)
    }
  }
}

import RapportNotebook

/// Everything the company-wide report shows. No figure here is grouped by interviewer or seller.
public struct CompanyReport: Sendable {
  public var period: ReportPeriod
  public var settings: Settings
  /// NPS over every account's respondents (a contact counts once).
  public var nps: NPSSummary
  public var interviewsInWindow: Int
  public var response: ResponseRate
  public var ledgerCounts: LedgerCounts
  /// Account reports, sorted by account id.
  public var accounts: [AccountReport]
  /// NPS breakdowns: tenure, status, value, segment and level.
  public var cohorts: [CohortTable]
  public var themes: ThemeAnalysis
  public var converts: [Convert]
  public var indifference: [IndifferenceEntry]
  public var winLoss: WinLossAnalysis
  public var loop: LoopSummary
  /// Overdue commitments grouped by owner (owners of actions, never scores by seller).
  public var overdueByOwner: [OwnerLedger]
  /// The headline figures one window earlier.
  public var previous: Headline
  /// NPS as of each of the 8 latest calendar quarter ends, oldest first.
  public var quarters: [QuarterPoint]
  /// Every scale over every account's people, in `scales` order.
  public var scales: [ScaleSummary]
  /// Whom to talk to next, most urgent first.
  public var nextConversations: [NextConversation]

  /// The headline figures as of the as-of date.
  public var headline: Headline {
    Headline(nps: nps, interviews: interviewsInWindow, ledger: ledgerCounts, response: response)
  }

  /// Accounts by attention: act, watch, steady; then more reasons first; then by name.
  public var accountsByAttention: [AccountReport] {
    accounts.sorted {
      ($0.attention.level, -$0.attention.reasons.count, $0.name, $0.id)
        < ($1.attention.level, -$1.attention.reasons.count, $1.name, $1.id)
    }
  }
}

/// An NPS breakdown of the company's respondents.
public struct CohortTable: Sendable {
  public var title: String
  public var rows: [CohortRow]
}

/// One group of a breakdown; its NPS is withheld below `min_group_size` respondents.
public struct CohortRow: Sendable {
  public var label: String
  public var nps: NPSSummary
  /// Whether there are enough respondents to show a number.
  public var isReportable: Bool
  /// Every scale over the group's people.
  public var scales: [ScaleSummary]
  /// The group's NPS as of each of the 8 latest quarter ends (the group as it stood then).
  public var quarters: [QuarterPoint]
}

/// An owner's overdue commitments across accounts.
public struct OwnerLedger: Sendable {
  public var owner: String
  public var ownerName: String?
  public var entries: [LedgerEntry]
}

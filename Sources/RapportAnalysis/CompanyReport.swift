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
}

/// An owner's overdue commitments across accounts.
public struct OwnerLedger: Sendable {
  public var owner: String
  public var ownerName: String?
  public var entries: [LedgerEntry]
}

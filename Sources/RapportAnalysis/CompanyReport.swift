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

  /// Distinguishing themes the company page shows, each with a quote no other shows: each needs
  /// at most this many of its newest quotes.
  public static let quotedThemes = 8

  /// Accounts by attention: act, watch, steady; then more reasons first; then by name.
  public var accountsByAttention: [AccountReport] {
    // Positions are sorted, not the reports: moving a report retains each of its fields.
    let ranks = accounts.map { ($0.attention.level, -$0.attention.reasons.count, $0.name, $0.id) }
    return accounts.indices.sorted { ranks[$0] < ranks[$1] }.map { accounts[$0] }
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

/// An owner's overdue commitments: how many, and the longest overdue of them.
public struct OwnerLedger: Sendable {
  public var owner: String
  public var ownerName: String?
  /// Their overdue commitments.
  public var count: Int
  /// The longest overdue of them, longest first: at most `listed`.
  public var entries: [LedgerEntry]
  /// Most entries kept per owner: as many as a page lists.
  public static let listed = 5

  /// Overdue `entries` grouped by owner (the first entry names the owner), most entries first.
  static func grouping(_ entries: some Sequence<LedgerEntry>) -> [OwnerLedger] {
    merging(
      entries.lazy.filter { $0.status == .overdue }.map {
        OwnerLedger(owner: $0.owner ?? "", ownerName: $0.ownerName, count: 1, entries: [$0])
      })
  }

  /// The owners of several groupings (one per account, say), each owner's counts added up.
  static func merging(_ parts: some Sequence<OwnerLedger>) -> [OwnerLedger] {
    var owners: [String: OwnerLedger] = [:]
    var order: [String] = []
    for part in parts {
      if owners[part.owner] == nil {
        owners[part.owner] = OwnerLedger(
          owner: part.owner, ownerName: part.ownerName, count: 0, entries: [])
        order.append(part.owner)
      }
      owners[part.owner]!.count += part.count
      owners[part.owner]!.entries += part.entries
      // Trimmed as it grows, so one owner's thousand entries are never all held.
      if owners[part.owner]!.entries.count > 4 * listed { owners[part.owner]!.keepLongest() }
    }
    for owner in order { owners[owner]!.keepLongest() }
    return order.map { owners[$0]! }.sorted { ($0.count, $1.owner) > ($1.count, $0.owner) }
  }

  /// Keeps the `listed` longest overdue entries, longest first (then by file and line).
  private mutating func keepLongest() {
    entries = Array(
      entries.sorted {
        ($0.daysOverdue ?? 0, $1.file, $1.line) > ($1.daysOverdue ?? 0, $0.file, $0.line)
      }.prefix(Self.listed))
  }
}

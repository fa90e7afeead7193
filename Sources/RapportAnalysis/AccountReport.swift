import RapportNotebook

/// Everything the per-account report shows, organised around the account's people.
public struct AccountReport: Sendable {
  public var id: String
  public var name: String
  public var profile: AccountProfile
  public var period: ReportPeriod
  /// Tenure cohort on the as-of date.
  public var tenure: Tenure
  /// NPS over contacts whose latest NPS score is in the window.
  public var nps: NPSSummary
  /// Fewest respondents a figure over the account needs before it shows a number.
  public var minGroupSize: Int
  /// Every contact: roster order, then people interviewed without being on the roster.
  public var contacts: [ContactSummary]
  /// The roster as a tree, flattened depth-first (depth 0 at the top).
  public var orgChart: [OrgChartRow]
  /// Active roster contacts not interviewed in the window.
  public var notHeard: [ContactSummary]
  public var coverage: [LevelCoverage]
  public var isSingleSource: Bool
  public var split: SplitOpinion?
  public var themes: ThemeAnalysis
  /// What `themes` is made from, kept for the company's themes (the sum of every account's).
  var themeCounts: ThemeCounts
  public var ledger: [LedgerEntry]
  /// The overdue part of `ledger` by owner, for the company's list.
  public var overdueByOwner: [OwnerLedger]
  public var ledgerCounts: LedgerCounts
  /// Close-the-loop clocks of external interviews in the window, newest first.
  public var loop: [LoopEntry]
  /// Every interview up to the as-of date, newest first.
  public var timeline: [Interview]
  public var partnerGap: PartnerGap?
  public var winLoss: WinLossAnalysis
  public var converts: [Convert]
  public var indifference: [IndifferenceEntry]
  /// External interviews dated in the window.
  public var interviewsInWindow: Int
  public var response: ResponseRate
  /// The latest external interview up to the as-of date.
  public var lastInterview: Day?
  /// The headline figures one window earlier (as of as-of minus `window_days`).
  public var previous: Headline
  /// NPS as of each of the 8 latest calendar quarter ends, oldest first.
  public var quarters: [QuarterPoint]
  /// Every scale over each person's latest score on it in the window, in `scales` order.
  public var scales: [ScaleSummary]
  /// Which relationships need action, and why.
  public var attention: Attention
  /// Whom to talk to next here and why, not yet ranked against other accounts (see `Planner`);
  /// made by `AccountAnalysis` once the rest of the report is known.
  public var conversations: [NextConversation] = []

  /// A page's worth for every contact, in `contacts` order: made on demand, so person pages can
  /// be written one account at a time without every account's people held at once. Needs the
  /// full report (not one from `keepingCompanyFigures()`).
  public func people(settings: Settings) -> [PersonReport] {
    PersonReport.all(self, settings: settings)
  }

  /// The report with only what the company figures and the company page read: once the account's
  /// own pages are written, its timeline, org chart, analysed themes and commitments are let go
  /// (the overdue ones stay counted and listed by owner), and its themes keep the newest quotes
  /// the company page can show.
  /// Its own pages and its people's cannot be made from what is kept.
  public func keepingCompanyFigures() -> AccountReport {
    var kept = self
    kept.timeline = []
    kept.orgChart = []
    kept.notHeard = []
    kept.themes = ThemeAnalysis([], npsScale: nil)
    kept.partnerGap = nil
    kept.ledger = []
    kept.themeCounts = themeCounts.keepingNewestQuotes(CompanyReport.quotedThemes)
    return kept
  }

  /// The headline figures as of the as-of date.
  public var headline: Headline {
    Headline(nps: nps, interviews: interviewsInWindow, ledger: ledgerCounts, response: response)
  }
}

/// One line of the org chart.
public struct OrgChartRow: Sendable {
  public var contact: ContactSummary
  /// 0 for people reporting to nobody on the roster.
  public var depth: Int
}

/// Roster contacts heard from in the window, at one level.
public struct LevelCoverage: Sendable, Hashable {
  public var level: String
  public var heard: Int
  public var roster: Int
}

/// Executive and non-executive mean NPS-scale scores that differ by the split gap or more.
public struct SplitOpinion: Sendable, Hashable {
  public var executiveMean: Double
  public var executiveCount: Int
  public var othersMean: Double
  public var othersCount: Int
  public var gap: Double { executiveMean - othersMean }
}

/// Invited roster contacts and how many of them were interviewed after the invitation.
public struct ResponseRate: Sendable, Hashable {
  public var invited = 0
  public var interviewed = 0

  public init() {}

  /// Interviewed as a share of invited, 0-1; nil when nobody was invited.
  public var rate: Double? { invited == 0 ? nil : Double(interviewed) / Double(invited) }

  static func + (a: ResponseRate, b: ResponseRate) -> ResponseRate {
    var sum = ResponseRate()
    sum.invited = a.invited + b.invited
    sum.interviewed = a.interviewed + b.interviewed
    return sum
  }
}

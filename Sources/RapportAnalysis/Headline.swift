import RapportNotebook

/// The figures a report opens with, for one as-of date: NPS, interviews, commitments, response.
public struct Headline: Sendable, Hashable {
  /// NPS over the people whose latest NPS score falls in the window.
  public var nps = NPSSummary()
  /// External interviews dated in the window.
  public var interviews = 0
  /// Commitments by status on the as-of date.
  public var ledger = LedgerCounts()
  public var response = ResponseRate()

  public init() {}

  public init(nps: NPSSummary, interviews: Int, ledger: LedgerCounts, response: ResponseRate) {
    self.nps = nps
    self.interviews = interviews
    self.ledger = ledger
    self.response = response
  }

  /// The sum of two sets of figures over different people (accounts of one company).
  static func + (a: Headline, b: Headline) -> Headline {
    Headline(
      nps: a.nps + b.nps, interviews: a.interviews + b.interviews, ledger: a.ledger + b.ledger,
      response: a.response + b.response)
  }
}

extension NPSSummary {
  /// Two summaries over different people, together.
  public static func + (a: NPSSummary, b: NPSSummary) -> NPSSummary {
    var sum = NPSSummary()
    sum.promoters = a.promoters + b.promoters
    sum.passives = a.passives + b.passives
    sum.detractors = a.detractors + b.detractors
    sum.distribution = zip(a.distribution, b.distribution).map(+)
    return sum
  }

  /// NPS as of `asOf`: over each person's latest NPS score dated on or before it, counting those
  /// whose latest falls in the window ending then (`windowDays` days).
  static func asOf(_ asOf: Day, windowDays: Int, contacts: [ContactSummary]) -> NPSSummary {
    let period = ReportPeriod(asOf: asOf, windowDays: windowDays)
    var summary = NPSSummary()
    for contact in contacts {
      guard let latest = contact.npsHistory.last(where: { $0.date <= asOf }),
        period.contains(latest.date)
      else { continue }
      summary.add(latest.value)
    }
    return summary
  }
}

extension LedgerCounts {
  static func + (a: LedgerCounts, b: LedgerCounts) -> LedgerCounts {
    var sum = LedgerCounts()
    sum.open = a.open + b.open
    sum.overdue = a.overdue + b.overdue
    sum.done = a.done + b.done
    sum.doneLate = a.doneLate + b.doneLate
    return sum
  }
}

/// NPS as of one calendar quarter's end, computed as if the report were made that day.
public struct QuarterPoint: Sendable, Hashable {
  /// The quarter's last day (31 March, 30 June, 30 September or 31 December).
  public var end: Day
  public var nps: NPSSummary
}

/// Calendar quarters.
public enum Quarters {
  /// The `count` latest quarter ends on or before `asOf`, oldest first.
  public static func ends(onOrBefore asOf: Day, count: Int = 8) -> [Day] {
    var (year, month, _) = asOf.components
    // The quarter end on or before as-of: this quarter's, if as-of is its last day, else the last.
    var quarter = (month - 1) / 3
    var end = last(of: quarter, in: year)
    if end > asOf {
      quarter -= 1
      if quarter < 0 {
        quarter = 3
        year -= 1
      }
      end = last(of: quarter, in: year)
    }
    var result = [end]
    while result.count < count {
      quarter -= 1
      if quarter < 0 {
        quarter = 3
        year -= 1
      }
      result.append(last(of: quarter, in: year))
    }
    return result.reversed()
  }

  /// The last day of quarter `quarter` (0-3) of `year`.
  static func last(of quarter: Int, in year: Int) -> Day {
    let month = quarter * 3 + 3
    return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
  }

  /// NPS as of each quarter end over these people.
  static func nps(
    _ contacts: [ContactSummary], ends: [Day], windowDays: Int
  ) -> [QuarterPoint] {
    ends.map {
      QuarterPoint(end: $0, nps: .asOf($0, windowDays: windowDays, contacts: contacts))
    }
  }
}

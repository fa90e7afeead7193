import RapportNotebook
import RapportSystem

/// Builds the company-wide report from the account reports: a pure function, no I/O.
public enum CompanyAnalysis {
  /// The company report over `accounts` (reports built with `settings` and `period`), from the
  /// reports alone; the cohort tables and the next conversations are made on a second thread
  /// when `jobs` allows.
  public static func report(
    _ accounts: [AccountReport], settings: Settings, period: ReportPeriod, jobs: Int = 1
  ) -> CompanyReport {
    let (cohortTables, nextConversations) = Parallel.both(
      jobs: jobs, { cohorts(accounts, settings: settings, period: period) },
      { Planner.plan(accounts, settings: settings) })
    var nps = NPSSummary()
    for account in accounts {
      for contact in account.contacts where contact.isRespondent {
        nps.add(contact.latestNPS!.value)
      }
    }
    var themes = ThemeCounts()
    for account in accounts { themes.add(account.themeCounts) }
    return CompanyReport(
      period: period, settings: settings, nps: nps,
      interviewsInWindow: accounts.map(\.interviewsInWindow).reduce(0, +),
      response: accounts.map(\.response).reduce(ResponseRate(), +),
      ledgerCounts: accounts.map(\.ledgerCounts).reduce(LedgerCounts(), +),
      accounts: accounts, cohorts: cohortTables,
      themes: ThemeAnalysis(themes),
      converts: accounts.flatMap(\.converts).sorted {
        ($0.latest.date, $1.contactName) > ($1.latest.date, $0.contactName)
      },
      indifference: prioritized(accounts.flatMap(\.indifference), levels: settings.levels),
      winLoss: WinLossAnalysis(merging: accounts.map(\.winLoss)),
      loop: LoopSummary(accounts.flatMap(\.loop)),
      overdueByOwner: OwnerLedger.merging(accounts.lazy.flatMap(\.overdueByOwner)),
      previous: accounts.map(\.previous).reduce(Headline(), +),
      quarters: Quarters.ends(onOrBefore: period.asOf).enumerated().map { index, end in
        QuarterPoint(
          end: end, nps: accounts.map { $0.quarters[index].nps }.reduce(NPSSummary(), +))
      },
      scales: settings.scales.indices.map { index in
        accounts.map { $0.scales[index] }.reduce(ScaleSummary(scale: settings.scales[index]), +)
      },
      nextConversations: nextConversations)
  }

  /// The indifference list most in need of attention first: silent accounts, then silent passives
  /// (longest silence first), then people never interviewed (top levels first).
  static func prioritized(_ entries: [IndifferenceEntry], levels: [String]) -> [IndifferenceEntry] {
    func rank(_ entry: IndifferenceEntry) -> (Int, Int, Int, String, String) {
      let reason = [IndifferenceEntry.Reason.silentAccount, .silentPassive, .neverInterviewed]
        .firstIndex(of: entry.reason)!
      let level = entry.level.flatMap { levels.firstIndex(of: $0) } ?? levels.count
      return (reason, -(entry.daysSilent ?? 0), level, entry.accountName, entry.contactName ?? "")
    }
    // Ranks are computed once per entry, not once per comparison.
    let ranks = entries.map(rank)
    return entries.indices.sorted { ranks[$0] < ranks[$1] }.map { entries[$0] }
  }

  /// NPS and every scale by tenure, status, value, segment and level, on the as-of date and at
  /// each quarter end; groups below `min_group_size` are withheld when shown.
  static func cohorts(
    _ accounts: [AccountReport], settings: Settings, period: ReportPeriod
  ) -> [CohortTable] {
    let minimum = settings.thresholds.minGroupSize
    let ends = Quarters.ends(onOrBefore: period.asOf)
    let noTrend = Array(repeating: NPSSummary(), count: ends.count)
    // Found once per contact for all five tables: the latest NPS in each quarter end's window,
    // and the latest score on each scale in the window (groups add them up as they go, rather
    // than keeping a copy of every member for the end).
    let latest = accounts.map { account in
      account.contacts.map { contact in
        (
          quarters: ends.map { end -> Double? in
            guard let score = contact.npsHistory.last(where: { $0.date <= end }),
              ReportPeriod(asOf: end, windowDays: period.windowDays).contains(score.date)
            else { return nil }
            return score.value
          },
          scales: settings.scales.map { scale -> Double? in
            guard let score = contact.latest(on: scale.name), period.contains(score.date) else {
              return nil
            }
            return score.value
          }
        )
      }
    }
    let noScales = settings.scales.map(ScaleSummary.init(scale:))
    /// `key` labels a contact's group on a day; `byDay` says whether the label changes with the
    /// day (tenure does), and `perAccount` whether it is the same for every contact of an account,
    /// so it is worked out once per account rather than once per contact.
    func table(
      _ title: String, order: [String]? = nil, byDay: Bool = false, perAccount: Bool = false,
      key: (AccountReport, ContactSummary, Day) -> String
    ) -> CohortTable {
      // Sums by slot: each label is looked up once per account or contact, not once per sum.
      var slots: [String: Int] = [:]
      var names: [String] = []
      var groups: [NPSSummary?] = []
      var scales: [[ScaleSummary]?] = []
      var trends: [[NPSSummary]?] = []
      func slot(_ label: String) -> Int {
        if let found = slots[label] { return found }
        slots[label] = names.count
        names.append(label)
        groups.append(nil)
        scales.append(nil)
        trends.append(nil)
        return names.count - 1
      }
      // Accounts and contacts are borrowed in place: copying each would retain every field.
      accounts.withUnsafeBufferPointer { accounts in
        for a in accounts.indices {
          var accountSlot: Int? = nil
          var accountDays: [Int]? = nil
          accounts[a].contacts.withUnsafeBufferPointer { contacts in
            for c in contacts.indices {
              let here: Int
              if perAccount, let known = accountSlot {
                here = known
              } else {
                here = slot(key(accounts[a], contacts[c], period.asOf))
                if perAccount { accountSlot = here }
              }
              if contacts[c].isRespondent {
                if groups[here] == nil { groups[here] = NPSSummary() }
                groups[here]!.add(contacts[c].latestNPS!.value)
              }
              for (index, value) in latest[a][c].scales.enumerated() {
                guard let value else { continue }
                if scales[here] == nil { scales[here] = noScales }
                scales[here]![index].add(value)
              }
              for (index, value) in latest[a][c].quarters.enumerated() {
                guard let value else { continue }
                var group = here
                if byDay && perAccount {
                  if accountDays == nil {
                    accountDays = ends.map { slot(key(accounts[a], contacts[c], $0)) }
                  }
                  group = accountDays![index]
                } else if byDay {
                  group = slot(key(accounts[a], contacts[c], ends[index]))
                }
                if trends[group] == nil { trends[group] = noTrend }
                trends[group]![index].add(value)
              }
            }
          }
        }
      }
      let listed = order ?? []
      let first = listed.compactMap { label in slots[label].flatMap { groups[$0] != nil ? $0 : nil }
      }
      let rest = names.indices.filter { groups[$0] != nil && !listed.contains(names[$0]) }
        .sorted { names[$0] < names[$1] }
      return CohortTable(
        title: title,
        rows: (first + rest).map { here in
          CohortRow(
            label: names[here], nps: groups[here]!,
            isReportable: groups[here]!.respondents >= minimum,
            scales: scales[here] ?? noScales,
            quarters: zip(ends, trends[here] ?? noTrend).map { QuarterPoint(end: $0, nps: $1) })
        })
    }
    return [
      table("Tenure", order: Tenure.allCases.map(\.rawValue), byDay: true, perAccount: true) {
        account, _, day in
        Tenure(since: account.profile.since, asOf: day).rawValue
      },
      table("Status", order: ["active", "won", "prospect", "lost"], perAccount: true) {
        account, _, _ in
        account.profile.status.rawValue
      },
      table("Value", perAccount: true) { account, _, _ in account.profile.value ?? "unknown" },
      table("Segment", perAccount: true) { account, _, _ in
        account.profile.segment ?? "unknown"
      },
      table("Level", order: settings.levels + ["unknown"]) { _, contact, _ in
        contact.level ?? "unknown"
      },
    ]
  }
}

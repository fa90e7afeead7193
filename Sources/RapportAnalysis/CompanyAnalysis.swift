import RapportNotebook

/// Builds the company-wide report from the account reports: a pure function, no I/O.
public enum CompanyAnalysis {
  /// The company report over `accounts` (reports built with the same settings and period).
  public static func report(
    _ accounts: [AccountReport], notebook: Notebook, period: ReportPeriod
  ) -> CompanyReport {
    let settings = notebook.settings
    var nps = NPSSummary()
    for account in accounts {
      for contact in account.contacts where contact.isRespondent {
        nps.add(contact.latestNPS!.value)
      }
    }
    let ledger = accounts.flatMap(\.ledger)
    let recent = notebook.accounts.flatMap { account in
      account.interviews.filter { $0.side == .external && period.contains($0.date) }.map {
        ($0, account.name)
      }
    }
    let winLoss = WinLossAnalysis(
      notebook.accounts.map { account in
        (
          account,
          account.interviews.filter {
            $0.type == "win-loss" && $0.side == .external && period.hasHappened($0.date)
          }
        )
      })
    var owners: [String: OwnerLedger] = [:]
    for entry in ledger where entry.status == .overdue {
      let owner = entry.owner ?? ""
      owners[owner, default: OwnerLedger(owner: owner, ownerName: entry.ownerName, entries: [])]
        .entries.append(entry)
    }
    for owner in owners.keys {
      owners[owner]!.entries.sort {
        ($0.daysOverdue ?? 0, $1.file, $1.line) > ($1.daysOverdue ?? 0, $0.file, $0.line)
      }
    }
    return CompanyReport(
      period: period, settings: settings, nps: nps,
      interviewsInWindow: accounts.map(\.interviewsInWindow).reduce(0, +),
      response: accounts.map(\.response).reduce(ResponseRate(), +),
      ledgerCounts: LedgerCounts(ledger),
      accounts: accounts, cohorts: cohorts(accounts, settings: settings, period: period),
      themes: ThemeAnalysis(recent, npsScale: settings.npsScale?.name),
      converts: accounts.flatMap(\.converts).sorted {
        ($0.latest.date, $1.contactName) > ($1.latest.date, $0.contactName)
      },
      indifference: prioritized(accounts.flatMap(\.indifference), levels: settings.levels),
      winLoss: winLoss,
      loop: LoopSummary(accounts.flatMap(\.loop)),
      overdueByOwner: owners.values.sorted {
        ($0.entries.count, $1.owner) > ($1.entries.count, $0.owner)
      })
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
    return entries.sorted { rank($0) < rank($1) }
  }

  /// NPS by tenure, status, value, segment and level; groups below `min_group_size` are withheld.
  static func cohorts(
    _ accounts: [AccountReport], settings: Settings, period: ReportPeriod
  ) -> [CohortTable] {
    let minimum = settings.thresholds.minGroupSize
    func table(
      _ title: String, order: [String]? = nil, key: (AccountReport, ContactSummary) -> String
    ) -> CohortTable {
      var groups: [String: NPSSummary] = [:]
      for account in accounts {
        for contact in account.contacts where contact.isRespondent {
          groups[key(account, contact), default: NPSSummary()].add(contact.latestNPS!.value)
        }
      }
      let labels =
        (order ?? []).filter { groups[$0] != nil }
        + groups.keys.filter { !(order ?? []).contains($0) }.sorted()
      return CohortTable(
        title: title,
        rows: labels.map {
          CohortRow(label: $0, nps: groups[$0]!, isReportable: groups[$0]!.respondents >= minimum)
        })
    }
    return [
      table("Tenure", order: ["new", "established", "loyal", "unknown"]) { account, _ in
        tenure(since: account.profile.since, asOf: period.asOf)
      },
      table("Status", order: ["active", "won", "prospect", "lost"]) { account, _ in
        account.profile.status.rawValue
      },
      table("Value") { account, _ in account.profile.value ?? "unknown" },
      table("Segment") { account, _ in account.profile.segment ?? "unknown" },
      table("Level", order: settings.levels + ["unknown"]) { _, contact in
        contact.level ?? "unknown"
      },
    ]
  }

  /// Tenure cohort: new (under a year), established (1-3 years), loyal (3 years or more).
  public static func tenure(since: Day?, asOf: Day) -> String {
    guard let since else { return "unknown" }
    let (y0, m0, d0) = since.components
    let (y1, m1, d1) = asOf.components
    var years = y1 - y0
    if (m1, d1) < (m0, d0) { years -= 1 }
    return years < 1 ? "new" : years < 3 ? "established" : "loyal"
  }
}

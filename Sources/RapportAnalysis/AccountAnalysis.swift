import RapportNotebook

/// Builds per-account reports: pure functions from an account, the settings and the as-of date.
public enum AccountAnalysis {
  /// The report of `account` as of `period.asOf`.
  public static func report(
    _ account: Account, settings: Settings, period: ReportPeriod
  ) -> AccountReport {
    let npsScale = settings.npsScale?.name
    let happened = account.interviews.filter { period.hasHappened($0.date) }
    let external = happened.filter { $0.side == .external }
    let recent = external.filter { period.contains($0.date) }
    let contacts = ContactSummary.all(for: account, period: period, npsScale: npsScale)
    let heardIDs = Set(recent.map(\.contactID))
    let active = contacts.filter { $0.inRoster && !$0.hasLeft }
    let coverage = settings.levels.map { level in
      let roster = active.filter { $0.level == level }
      return LevelCoverage(
        level: level, heard: roster.filter { heardIDs.contains($0.id) }.count, roster: roster.count)
    }
    let heardLevels = Set(contacts.filter { heardIDs.contains($0.id) }.compactMap(\.level))
    let isSingleSource = !heardIDs.isEmpty && (heardIDs.count == 1 || heardLevels.count <= 1)
    let split = splitOpinion(
      contacts, executiveLevel: settings.levels.first, gap: settings.thresholds.splitGap)
    let ledger = LedgerEntry.ledger(for: account, period: period, settings: settings)
    let loop = recent.reversed().map {
      LoopEntry(
        $0, asOf: period.asOf, limit: settings.thresholds.tellBackDays, tag: settings.tellBackTag)
    }
    let winLossNotes = happened.filter { $0.type == "win-loss" && $0.side == .external }
    let current = headline(account, contacts: contacts, ledger: ledger, period: period)
    let indifference = IndifferenceEntry.entries(
      account: account, contacts: contacts, period: period,
      silenceDays: settings.thresholds.silenceDays)
    let lastInterview = external.last?.date
    let people = Set(contacts.map(\.id))
    let themeCounts = ThemeCounts(
      recent.lazy.map { ($0, account.id, account.name, people) }, npsScale: npsScale)
    let earlier = ReportPeriod(
      asOf: period.asOf.adding(days: -period.windowDays), windowDays: period.windowDays)
    var report = AccountReport(
      id: account.id, name: account.name, profile: account.profile, period: period,
      tenure: Tenure(since: account.profile.since, asOf: period.asOf), nps: current.nps,
      minGroupSize: settings.thresholds.minGroupSize,
      contacts: contacts,
      orgChart: orgChart(contacts.filter(\.inRoster)),
      notHeard: active.filter { !heardIDs.contains($0.id) }, coverage: coverage,
      isSingleSource: isSingleSource,
      split: split,
      themes: ThemeAnalysis(themeCounts), themeCounts: themeCounts,
      ledger: ledger, overdueByOwner: OwnerLedger.grouping(ledger),
      ledgerCounts: current.ledger, loop: loop, timeline: happened.reversed(),
      partnerGap: account.profile.relationship == .partner
        ? PartnerGap(interviews: happened.filter { period.contains($0.date) }, settings: settings)
        : nil,
      winLoss: WinLossAnalysis([(account, winLossNotes)]),
      converts: Convert.converts(account: account, contacts: contacts),
      indifference: indifference, interviewsInWindow: current.interviews,
      response: current.response,
      lastInterview: lastInterview,
      previous: headline(account, settings: settings, period: earlier),
      quarters: Quarters.nps(
        contacts, ends: Quarters.ends(onOrBefore: period.asOf), windowDays: period.windowDays),
      scales: ScaleSummary.all(contacts, scales: settings.scales, period: period),
      attention: Attention(reasons: []))
    report.attention = Attention.of(report, settings: settings, previous: report.previous.nps)
    report.conversations = Planner.candidates(
      report, settings: settings, questions: QuestionBank(replacements: settings.questions))
    return report
  }

  /// The headline figures of `account` as of `period.asOf`, as if the report were made then.
  public static func headline(
    _ account: Account, settings: Settings, period: ReportPeriod
  ) -> Headline {
    headline(
      account,
      contacts: ContactSummary.all(for: account, period: period, npsScale: settings.npsScale?.name),
      ledger: LedgerEntry.ledger(for: account, period: period, settings: settings), period: period)
  }

  /// The headline figures from the account's contacts and ledger as of `period.asOf`.
  static func headline(
    _ account: Account, contacts: [ContactSummary], ledger: [LedgerEntry], period: ReportPeriod
  ) -> Headline {
    var nps = NPSSummary()
    for contact in contacts where contact.isRespondent { nps.add(contact.latestNPS!.value) }
    return Headline(
      nps: nps,
      interviews: account.interviews.filter { $0.side == .external && period.contains($0.date) }
        .count,
      ledger: LedgerCounts(ledger), response: responseRate(contacts, asOf: period.asOf))
  }

  /// Invited roster contacts (those who have left since too) and how many were interviewed on or
  /// after their invitation.
  static func responseRate(_ contacts: [ContactSummary], asOf: Day) -> ResponseRate {
    var response = ResponseRate()
    for contact in contacts where contact.inRoster {
      guard let invited = contact.invited, invited <= asOf else { continue }
      response.invited += 1
      if contact.interviewDates.contains(where: { $0 >= invited }) { response.interviewed += 1 }
    }
    return response
  }

  /// The split between the top level's mean latest score and everyone else's, if it reaches `gap`.
  static func splitOpinion(
    _ contacts: [ContactSummary], executiveLevel: String?, gap: Double
  ) -> SplitOpinion? {
    let respondents = contacts.filter(\.isRespondent)
    let executives = respondents.filter { $0.level != nil && $0.level == executiveLevel }.map {
      $0.latestNPS!.value
    }
    let others = respondents.filter { $0.level != nil && $0.level != executiveLevel }.map {
      $0.latestNPS!.value
    }
    guard !executives.isEmpty, !others.isEmpty else { return nil }
    let split = SplitOpinion(
      executiveMean: executives.reduce(0, +) / Double(executives.count),
      executiveCount: executives.count,
      othersMean: others.reduce(0, +) / Double(others.count), othersCount: others.count)
    return abs(split.gap) >= gap ? split : nil
  }

  /// The roster tree from `reports_to`, depth-first in roster order.
  static func orgChart(_ roster: [ContactSummary]) -> [OrgChartRow] {
    let ids = Set(roster.map(\.id))
    var children: [String: [ContactSummary]] = [:]
    for contact in roster {
      if let manager = contact.reportsTo, ids.contains(manager) {
        children[manager, default: []].append(contact)
      }
    }
    var rows: [OrgChartRow] = []
    var visited = Set<String>()
    func visit(_ contact: ContactSummary, depth: Int) {
      guard visited.insert(contact.id).inserted else { return }
      rows.append(OrgChartRow(contact: contact, depth: depth))
      for child in children[contact.id] ?? [] { visit(child, depth: depth + 1) }
    }
    for contact in roster where contact.reportsTo == nil || !ids.contains(contact.reportsTo!) {
      visit(contact, depth: 0)
    }
    for contact in roster { visit(contact, depth: 0) }
    return rows
  }
}

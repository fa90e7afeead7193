import RapportAnalysis
import RapportMarkdown
import RapportNotebook

/// The template values of a per-account page (`account.md` and `account.html`).
struct AccountView {
  let report: AccountReport
  let context: RenderContext
  /// Account pages sit one folder below the output folder (`accounts/`).
  let depth = 1

  func values() -> [String: Any] {
    let profile = report.profile
    var values = context.header(
      period: ReportPeriodInfo(
        windowStart: report.period.windowStart.description, windowDays: report.period.windowDays))
    values["name"] = report.name
    values["id"] = report.id
    values["relationship"] = profile.relationship.rawValue
    values["status"] = profile.status.rawValue
    values["segment"] = profile.segment ?? "—"
    values["value"] = profile.value ?? "—"
    values["since"] = profile.since?.description ?? "—"
    values["tenure"] = report.tenure.rawValue
    if let about = profile.about {
      values["about"] = [
        "markdown": Markdown.sanitized(about), "html": Markdown.renderHTML(about),
      ]
    }
    if let file = profile.file { values["profile_link"] = context.noteLink(file, depth: depth) }
    values["team"] = profile.team.map {
      ["name": $0.name, "handle": $0.handle, "role": $0.role ?? ""]
    }
    values["team_text"] = profile.team.map { $0.name + ($0.role.map { " (\($0))" } ?? "") }
      .joined(separator: ", ")
    values["nps"] = npsValues()
    values["warnings"] = warnings()
    values["org_chart"] = report.orgChart.map { person($0.contact, depth: $0.depth) }
    values["others"] = report.contacts.filter { !$0.inRoster }.map { person($0, depth: 0) }
    values["not_heard"] = report.notHeard.map { contact -> [String: Any] in
      [
        "name": contact.name, "title": contact.title ?? "",
        "level": contact.level.map(Formatting.title) ?? "—",
        "last_heard": contact.lastHeard.map { "last heard \($0)" } ?? "never interviewed",
      ]
    }
    values["coverage"] = report.coverage.map {
      ["level": Formatting.title($0.level), "heard": $0.heard, "roster": $0.roster]
    }
    // Each quote appears once, under the first (most frequent) theme it belongs to.
    var quoted = Set<String>()
    values["themes"] = report.themes.themes.map { stat -> [String: Any] in
      let fresh = stat.quotes.filter { quoted.insert($0.file + ":\($0.line)").inserted }
      return theme(stat, quotes: fresh)
    }
    values["ledger"] = ledger()
    values["overdue_flag"] = report.ledgerCounts.overdue > 0
    values["ledger_counts"] = [
      "open": report.ledgerCounts.open, "overdue": report.ledgerCounts.overdue,
      "done": report.ledgerCounts.done,
      "done_late": report.ledgerCounts.doneLate,
    ]
    values["loop"] = report.loop.map(loopEntry)
    values["timeline"] = report.timeline.map(timelineEntry)
    values["interviews_in_window"] = report.interviewsInWindow
    values["response_rate"] = ResponseText.describe(report.response)
    values["response"] = ResponseText.parts(report.response)
    if let gap = report.partnerGap { values["partner_gap"] = partnerGap(gap) }
    if !report.winLoss.isEmpty {
      values["win_loss"] = WinLossView.values(report.winLoss, context: context, depth: depth)
    }
    values["converts"] = report.converts.map {
      PeopleView.convert($0, context: context, depth: depth)
    }
    values["indifference"] = report.indifference.map { PeopleView.indifference($0) }
    return values
  }

  func npsValues() -> [String: Any] {
    let nps = report.nps
    return [
      // Fewer than min_group_size respondents: the people are shown, the figure is not.
      "score": Formatting.groupNPS(nps, minimum: report.minGroupSize),
      "respondents": nps.respondents,
      "respondents_text": Formatting.count(nps.respondents, "respondent"),
      "promoters": nps.promoters,
      "passives": nps.passives, "detractors": nps.detractors,
      "chart_svg": Charts.npsDistribution(nps, id: "nps-\(report.id)"),
      "distribution": (0...10).map { ["score": $0, "count": nps.distribution[$0]] },
    ]
  }

  func warnings() -> [[String: String]] {
    var result: [[String: String]] = []
    if report.interviewsInWindow == 0 {
      result.append([
        "text":
          "No interview in the last \(report.period.windowDays) days: these figures are history, not a current view."
      ])
    }
    if report.isSingleSource {
      result.append([
        "text":
          "Single source: heard from only one person or one level in the window. Cross-validate with other contacts before concluding anything about this account."
      ])
    }
    if let split = report.split {
      result.append([
        "text":
          "Split opinion: executives average \(Formatting.number(split.executiveMean)) (\(Formatting.count(split.executiveCount, "person", "people"))) while others average \(Formatting.number(split.othersMean)) (\(Formatting.count(split.othersCount, "person", "people"))). The top and the rest of the organisation see us differently."
      ])
    }
    return result
  }

  func person(_ contact: ContactSummary, depth: Int) -> [String: Any] {
    var values: [String: Any] = [
      "name": contact.name, "id": contact.id, "title": contact.title ?? "",
      "level": contact.level.map(Formatting.title) ?? "—",
      "indent": String(repeating: "    ", count: depth), "depth": depth,
      "depth_class": "depth-\(min(depth, 6))",
      "md_indent": String(repeating: "↳ ", count: min(depth, 1)),
      "last_heard": contact.lastHeard?.description ?? "never",
      "interviews": contact.interviewDates.count,
      "left": contact.hasLeft,
    ]
    if depth > 1 { values["md_indent"] = String(repeating: "· ", count: depth - 1) + "↳ " }
    if let latest = contact.latestNPS {
      values["latest"] = Formatting.number(latest.value)
      values["category"] = NPSCategory(score: latest.value).rawValue
      values["latest_link"] = context.noteLink(latest.file, line: latest.line, depth: self.depth)
    }
    if let trend = contact.trend {
      values["trend"] = Formatting.delta(trend)
      values["trend_text"] = Charts.textSparkline(contact.npsHistory)
    }
    if !contact.npsHistory.isEmpty {
      values["spark_svg"] = Charts.sparkline(
        contact.npsHistory, id: "spark-\(report.id)-\(contact.id)")
      values["history"] = contact.npsHistory.map { Formatting.number($0.value) }.joined(
        separator: " → ")
    }
    return values
  }

  func theme(_ stat: ThemeStat, quotes: [QuoteEntry]) -> [String: Any] {
    [
      "theme": stat.theme, "notes": stat.notes, "notes_text": Formatting.count(stat.notes, "note"),
      "promoter_notes": stat.promoterNotes,
      "detractor_notes": stat.detractorNotes,
      "quotes": quotes.map {
        QuoteView.values($0, context: context, depth: depth, withAccount: false)
      },
    ]
  }

  func ledger() -> [[String: Any]] {
    report.ledger.map { LedgerView.entry($0, context: context, depth: depth, withAccount: false) }
  }

  func loopEntry(_ entry: LoopEntry) -> [String: Any] {
    [
      "date": entry.date.description, "contact": entry.contactName,
      "status": LoopView.label(entry.status),
      "status_class": entry.status.rawValue, "flagged": entry.status.isFlagged,
      "days": entry.days.map { "\($0)" } ?? "—", "link": context.noteLink(entry.file, depth: depth),
    ]
  }

  func timelineEntry(_ interview: Interview) -> [String: Any] {
    var values: [String: Any] = [
      "date": interview.date.description, "contact": interview.contactName, "type": interview.type,
      "channel": interview.channel ?? "—", "interviewer": interview.interviewer,
      "side": interview.side == .internal ? "internal" : "",
      "internal": interview.side == .internal,
      "scores": interview.scores.map { "\($0.scale) \(Formatting.number($0.value))" }.joined(
        separator: ", "),
      "themes": interview.themes.joined(separator: ", "),
      "confidential": interview.confidential,
      "link": context.noteLink(interview.file, depth: depth),
    ]
    if let summary = interview.summary {
      values["summary"] = [
        "markdown": Markdown.sanitized(summary), "html": Markdown.renderHTML(summary),
      ]
    }
    return values
  }

  func partnerGap(_ gap: PartnerGap) -> [String: Any] {
    func row(_ row: PartnerGap.Row) -> [String: Any] {
      [
        "label": row.label,
        "external": row.external.map(Formatting.number) ?? "—", "external_count": row.externalCount,
        "internal": row.internal.map(Formatting.number) ?? "—", "internal_count": row.internalCount,
        "gap": row.gap.map(Formatting.delta) ?? "—",
      ]
    }
    return [
      "scales": gap.scales.map(row), "themes": gap.themes.map(row),
      "external_notes": gap.externalNotes,
      "internal_notes": gap.internalNotes,
    ]
  }
}

/// "62% (5 of 8 invited)" or a note that nobody was invited.
enum ResponseText {
  /// The rate and its explanation as separate values, for a figure box.
  static func parts(_ response: ResponseRate) -> [String: String] {
    guard let rate = response.rate else {
      return ["rate": "—", "detail": "no invitations recorded"]
    }
    return [
      "rate": Formatting.percent(rate),
      "detail": "\(response.interviewed) of \(response.invited) invited contacts interviewed",
    ]
  }

  static func describe(_ response: ResponseRate) -> String {
    guard let rate = response.rate else { return "no invitations recorded" }
    return "\(Formatting.percent(rate)) (\(response.interviewed) of \(response.invited) invited)"
  }
}

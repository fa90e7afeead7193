import RapportAnalysis
import RapportMarkdown
import RapportNotebook

/// The template values of the company-wide page (`index.md` and `index.html`).
struct CompanyView {
  let report: CompanyReport
  let context: RenderContext
  /// The index sits in the output folder itself.
  let depth = 0
  /// Most people listed in the company page's converts and indifference sections.
  static let listLimit = 30
  /// Most overdue items listed per owner (the longest overdue).
  static let ownerLimit = 5

  /// The number when above zero, else nil (Mustache treats 0 as true).
  static func positive(_ value: Int) -> Int? { value > 0 ? value : nil }

  func values() -> [String: Any] {
    let minimum = report.settings.thresholds.minGroupSize
    var values = context.header(
      period: ReportPeriodInfo(
        windowStart: report.period.windowStart.description, windowDays: report.period.windowDays))
    values["nps"] = [
      "score": Formatting.groupNPS(report.nps, minimum: minimum),
      "respondents": report.nps.respondents,
      "promoters": report.nps.promoters, "passives": report.nps.passives,
      "detractors": report.nps.detractors,
      "chart_svg": Charts.npsDistribution(report.nps, id: "nps-company"),
      "distribution": (0...10).map { ["score": $0, "count": report.nps.distribution[$0]] },
    ]
    values["interviews_in_window"] = report.interviewsInWindow
    values["response_rate"] = ResponseText.describe(report.response)
    values["response"] = ResponseText.parts(report.response)
    values["open_commitments"] = report.ledgerCounts.notDone
    values["overdue_commitments"] = report.ledgerCounts.overdue
    values["min_group_size"] = minimum
    values["accounts"] = report.accounts.map { account($0, minimum: minimum) }
    values["cohorts"] = report.cohorts.map { table -> [String: Any] in
      [
        "title": table.title,
        "rows": table.rows.map { row -> [String: Any] in
          [
            "label": table.title == "Level" ? Formatting.title(row.label) : row.label,
            "respondents": row.nps.respondents,
            "nps": Formatting.groupNPS(row.nps, minimum: minimum), "reportable": row.isReportable,
          ]
        },
      ]
    }
    values["themes"] = report.themes.themes.prefix(15).map { theme($0, quotes: 0) }
    // One quote per distinguishing theme, never the same quote twice.
    var quoted = Set<String>()
    values["distinguishing"] = report.themes.distinguishing.prefix(8).map { stat -> [String: Any] in
      var values = theme(stat, quotes: 0)
      if let quote = stat.quotes.first(where: { !quoted.contains($0.file + ":\($0.line)") }) {
        quoted.insert(quote.file + ":\(quote.line)")
        values["quotes"] = [
          QuoteView.values(quote, context: context, depth: depth, withAccount: true)
        ]
      }
      return values
    }
    values["promoter_notes"] = report.themes.promoterNotes
    values["detractor_notes"] = report.themes.detractorNotes
    values["pairs"] = report.themes.pairs.map {
      ["first": $0.first, "second": $0.second, "notes": $0.notes]
    }
    // The company page summarises; each account's page has its full lists.
    values["converts_more"] = Self.positive(report.converts.count - Self.listLimit)
    values["indifference_more"] = Self.positive(report.indifference.count - Self.listLimit)
    values["overdue_flag"] = report.ledgerCounts.overdue > 0
    values["converts"] = report.converts.prefix(Self.listLimit).map {
      PeopleView.convert($0, context: context, depth: depth)
    }
    values["indifference"] = report.indifference.prefix(Self.listLimit).map {
      PeopleView.indifference($0)
    }
    values["win_loss"] = WinLossView.values(report.winLoss, context: context, depth: depth)
    values["has_win_loss"] = !report.winLoss.isEmpty
    values["loop"] = loop()
    values["owners_more"] = Self.positive(report.overdueByOwner.count - Self.listLimit)
    values["overdue_by_owner"] = report.overdueByOwner.prefix(Self.listLimit).map {
      owner -> [String: Any] in
      [
        "owner": owner.ownerName ?? (owner.owner.isEmpty ? "no owner" : "@" + owner.owner),
        "handle": owner.owner, "count": owner.entries.count,
        "items": owner.entries.prefix(Self.ownerLimit).map {
          LedgerView.entry($0, context: context, depth: depth, withAccount: true)
        },
        "more": Self.positive(owner.entries.count - Self.ownerLimit) as Any,
      ]
    }
    return values
  }

  func account(_ account: AccountReport, minimum: Int) -> [String: Any] {
    [
      "id": account.id, "name": account.name,
      "md_link": OutputLayout().accountLink(account.id, .markdown),
      "html_link": OutputLayout().accountLink(account.id, .html),
      "relationship": account.profile.relationship.rawValue,
      "status": account.profile.status.rawValue,
      "nps": account.nps.respondents >= minimum
        ? Formatting.nps(account.nps.score) : (account.nps.respondents == 0 ? "—" : "too few"),
      "respondents": account.nps.respondents,
      "coverage": account.coverage.filter { $0.roster > 0 }.map {
        "\($0.level) \($0.heard)/\($0.roster)"
      }
      .joined(separator: " · "),
      "single_source": account.isSingleSource,
      "last_interview": account.lastInterview?.description ?? "never",
      "open": account.ledgerCounts.notDone, "overdue": account.ledgerCounts.overdue,
      "signals": account.attention.reasons.map(AttentionText.sentence).joined(separator: " "),
      "has_signals": !account.attention.reasons.isEmpty,
    ]
  }

  func theme(_ stat: ThemeStat, quotes: Int) -> [String: Any] {
    [
      "theme": stat.theme, "notes": stat.notes, "promoter_notes": stat.promoterNotes,
      "detractor_notes": stat.detractorNotes,
      "promoter_share": Formatting.percent(stat.promoterShare),
      "detractor_share": Formatting.percent(stat.detractorShare),
      "lean": stat.lean >= 0 ? "promoters" : "detractors",
      "promoter_bar_svg": Charts.bar(
        stat.promoterShare, color: Charts.promoterColor,
        label: "\(Formatting.percent(stat.promoterShare)) of promoter notes"),
      "detractor_bar_svg": Charts.bar(
        stat.detractorShare, color: Charts.detractorColor,
        label: "\(Formatting.percent(stat.detractorShare)) of detractor notes"),
      "promoter_bar_text": Charts.textBar(stat.promoterShare),
      "detractor_bar_text": Charts.textBar(stat.detractorShare),
      "frequency_svg": Charts.bar(
        Double(stat.notes) / Double(max(1, report.themes.themes.first?.notes ?? 1)),
        color: "#4b5563",
        label: Formatting.count(stat.notes, "note")),
      "quotes": stat.quotes.prefix(quotes).map {
        QuoteView.values($0, context: context, depth: depth, withAccount: true)
      },
    ]
  }

  func loop() -> [String: Any] {
    let summary = report.loop
    return [
      "total": summary.total, "on_time": summary.count(.onTime), "late": summary.count(.late),
      "undated": summary.count(.doneUndated), "pending": summary.count(.pending),
      "overdue": summary.count(.overdue),
      "missing": summary.count(.notPlanned),
      "overdue_flag": summary.count(.overdue) > 0, "missing_flag": summary.count(.notPlanned) > 0,
      "median_days": summary.medianDays.map(Formatting.number) ?? "—",
      "tell_back_days": report.settings.thresholds.tellBackDays,
    ]
  }
}

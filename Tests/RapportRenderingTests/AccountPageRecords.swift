import RapportRendering

/// The values of `account.md` and `account.html`, as `AccountView` gives them.
struct AccountPage: TemplateRecord {
  var header = HeaderValues()
  var name, id, relationship, status, segment, value, since, tenure: String?
  var about: RenderedRecord?
  var profileLink: LinkRecord?
  var team: [TeamMemberRecord] = []
  var teamText: String?
  var nps: AccountNPSRecord?
  var warnings: [WarningRecord] = []
  var orgChart: [PersonRowRecord] = []
  var others: [PersonRowRecord] = []
  var notHeard: [NotHeardRecord] = []
  var coverage: [CoverageRecord] = []
  var themes: [AccountThemeRecord] = []
  var ledger: [CommitmentRecord] = []
  var overdueFlag = false
  var ledgerCounts: LedgerCountsRecord?
  var loop: [LoopEntryRecord] = []
  var timeline: [TimelineEntryRecord] = []
  var interviewsInWindow: Int?
  var responseRate: String?
  var response: ResponseRecord?
  var partnerGap: PartnerGapRecord?
  var winLoss: WinLossRecord?
  var converts: [ConvertRecord] = []
  var indifference: [IndifferenceRecord] = []
  var attention: AttentionRecord?
  var figures: [FigureRecord] = []
  var previousAsOf: String?
  var quarters: [QuarterRecord] = []
  var quartersSVG: String?
  var scales: [ScaleSummaryRecord] = []
  var orgChartSVG: String?
  var nextConversations: [ConversationRecord] = []
  var minGroupSize: Int?
  var people: [PersonRowRecord] = []

  static let templateFields: [TemplateField<AccountPage>] =
    HeaderValues.fields { $0.header } + [
      .text("name", "The account's name.") { $0.name },
      .text("id", "Its id.") { $0.id },
      .text("relationship", "Customer, partner or prospect.") { $0.relationship },
      .text("status", "Its status.") { $0.status },
      .text("segment", "Its segment.") { $0.segment },
      .text("value", "Its value tier.") { $0.value },
      .text("since", "Customer since.") { $0.since },
      .text("tenure", "How long.") { $0.tenure },
      .record("about", "The profile's text.") { $0.about },
      .record("profile_link", "The profile note.") { $0.profileLink },
      .list("team", "Our people on the account.") { $0.team },
      .text("team_text", "The team in one line.") { $0.teamText },
      .record("nps", "The account's NPS.") { $0.nps },
      .list("warnings", "Warnings about the figures.") { $0.warnings },
      .list("org_chart", "The roster, depth first.") { $0.orgChart },
      .list("others", "People interviewed but not on the roster.") { $0.others },
      .list("not_heard", "Roster people not heard from.") { $0.notHeard },
      .list("coverage", "Heard and roster by level.") { $0.coverage },
      .list("themes", "Themes with their quotes.") { $0.themes },
      .list("ledger", "Commitments, overdue first.") { $0.ledger },
      .flag("overdue_flag", "Whether any commitment is overdue.") { $0.overdueFlag },
      .record("ledger_counts", "Commitments by status.") { $0.ledgerCounts },
      .list("loop", "Tell-backs per interview.") { $0.loop },
      .list("timeline", "Interviews, latest first.") { $0.timeline },
      .number("interviews_in_window", "Interviews in the window.") { $0.interviewsInWindow },
      .text("response_rate", "The response rate in one phrase.") { $0.responseRate },
      .record("response", "The response rate in parts.") { $0.response },
      .record("partner_gap", "Partner view against ours.") { $0.partnerGap },
      .record("win_loss", "Win/loss analysis.") { $0.winLoss },
      .list("converts", "People who changed camps.") { $0.converts },
      .list("indifference", "People we stopped hearing from.") { $0.indifference },
      .record("attention", "Whether the account needs action, and why.") { $0.attention },
      .list("figures", "Headline figures beside their earlier values.") { $0.figures },
      .text("previous_as_of", "The date the earlier figures are as of.") { $0.previousAsOf },
      .list("quarters", "NPS at each quarter end.") { $0.quarters },
      .text("quarters_svg", "The same as a chart.") { $0.quartersSVG },
      .list("scales", "Every scale.") { $0.scales },
      .text("org_chart_svg", "The roster as an org chart.") { $0.orgChartSVG },
      .list("next_conversations", "Whom to talk to next here.") { $0.nextConversations },
      .number("min_group_size", "Fewest respondents a figure needs.") { $0.minGroupSize },
      .list("people", "Every person's page.") { $0.people },
    ]

  static func sample(_ m: inout SampleMaker) -> AccountPage {
    AccountPage(
      header: HeaderValues.sample(&m), name: m.text("name"), id: m.text("id"),
      relationship: m.text("relationship"), status: m.text("status"), segment: m.text("segment"),
      value: m.text("value"), since: m.text("since"), tenure: m.text("tenure"),
      about: m.record("about", RenderedRecord.sample),
      profileLink: m.record("profile_link", LinkRecord.sample),
      team: m.list(TeamMemberRecord.sample), teamText: m.text("team_text"),
      nps: m.record("nps", AccountNPSRecord.sample), warnings: m.list(WarningRecord.sample),
      orgChart: m.list(PersonRowRecord.sample), others: m.list(PersonRowRecord.sample),
      notHeard: m.list(NotHeardRecord.sample), coverage: m.list(CoverageRecord.sample),
      themes: m.list(AccountThemeRecord.sample), ledger: m.list(CommitmentRecord.sample),
      overdueFlag: m.flag(), ledgerCounts: m.record("ledger_counts", LedgerCountsRecord.sample),
      loop: m.list(LoopEntryRecord.sample), timeline: m.list(TimelineEntryRecord.sample),
      interviewsInWindow: m.number("interviews_in_window"), responseRate: m.text("response_rate"),
      response: m.record("response", ResponseRecord.sample),
      partnerGap: m.record("partner_gap", PartnerGapRecord.sample),
      winLoss: m.record("win_loss", WinLossRecord.sample), converts: m.list(ConvertRecord.sample),
      indifference: m.list(IndifferenceRecord.sample),
      attention: m.record("attention", AttentionRecord.sample),
      figures: m.list(FigureRecord.sample), previousAsOf: m.text("previous_as_of"),
      quarters: m.list(QuarterRecord.sample), quartersSVG: m.text("quarters_svg"),
      scales: m.list(ScaleSummaryRecord.sample), orgChartSVG: m.text("org_chart_svg"),
      nextConversations: m.list(ConversationRecord.sample),
      minGroupSize: m.number("min_group_size"), people: m.list(PersonRowRecord.sample))
  }
}

struct TeamMemberRecord: TemplateRecord {
  var name, handle, role: String?
  static let templateFields: [TemplateField<TeamMemberRecord>] = [
    .text("name", "Their name.") { $0.name },
    .text("handle", "Their handle.") { $0.handle },
    .text("role", "Their role.") { $0.role },
  ]
  static func sample(_ m: inout SampleMaker) -> TeamMemberRecord {
    TeamMemberRecord(name: m.text("name"), handle: m.text("handle"), role: m.text("role"))
  }
}

struct AccountNPSRecord: TemplateRecord {
  var score: String?
  var respondents: Int?
  var respondentsText: String?
  var promoters, passives, detractors: Int?
  var countsText: String?
  var chartSVG: String?
  var distribution: [BucketRecord] = []
  static let templateTypeName = "AccountNPS"
  static let templateFields: [TemplateField<AccountNPSRecord>] = [
    .text("score", "The NPS.") { $0.score },
    .number("respondents", "Respondents.") { $0.respondents },
    .text("respondents_text", "\"1 respondent\".") { $0.respondentsText },
    .number("promoters", "Promoters.") { $0.promoters },
    .number("passives", "Passives.") { $0.passives },
    .number("detractors", "Detractors.") { $0.detractors },
    .text("counts_text", "The counts in words.") { $0.countsText },
    .text("chart_svg", "The distribution as an SVG chart.") { $0.chartSVG },
    .list("distribution", "Respondents per score.") { $0.distribution },
  ]
  static func sample(_ m: inout SampleMaker) -> AccountNPSRecord {
    AccountNPSRecord(
      score: m.text("score"), respondents: m.number("respondents"),
      respondentsText: m.text("respondents_text"), promoters: m.number("promoters"),
      passives: m.number("passives"), detractors: m.number("detractors"),
      countsText: m.text("counts_text"), chartSVG: m.text("chart_svg"),
      distribution: m.list(BucketRecord.sample))
  }
}

struct WarningRecord: TemplateRecord {
  var text: String?
  static let templateFields: [TemplateField<WarningRecord>] = [
    .text("text", "The warning.") { $0.text }
  ]
  static func sample(_ m: inout SampleMaker) -> WarningRecord {
    WarningRecord(text: m.text("text"))
  }
}

struct AccountThemeRecord: TemplateRecord {
  var theme: String?
  var notes: Int?
  var notesText: String?
  var promoterNotes, detractorNotes: Int?
  var quotes: [QuoteRecord] = []
  static let templateTypeName = "AccountTheme"
  static let templateFields: [TemplateField<AccountThemeRecord>] = [
    .text("theme", "The theme tag.") { $0.theme },
    .number("notes", "Notes raising it.") { $0.notes },
    .text("notes_text", "\"3 notes\".") { $0.notesText },
    .number("promoter_notes", "From promoters.") { $0.promoterNotes },
    .number("detractor_notes", "From detractors.") { $0.detractorNotes },
    .list("quotes", "Quotes not shown under an earlier theme.") { $0.quotes },
  ]
  static func sample(_ m: inout SampleMaker) -> AccountThemeRecord {
    AccountThemeRecord(
      theme: m.text("theme"), notes: m.number("notes"), notesText: m.text("notes_text"),
      promoterNotes: m.number("promoter_notes"), detractorNotes: m.number("detractor_notes"),
      quotes: m.list(QuoteRecord.sample))
  }
}

struct LedgerCountsRecord: TemplateRecord {
  var open, overdue, done, doneLate: Int?
  static let templateTypeName = "LedgerCounts"
  static let templateFields: [TemplateField<LedgerCountsRecord>] = [
    .number("open", "Open.") { $0.open },
    .number("overdue", "Overdue.") { $0.overdue },
    .number("done", "Done.") { $0.done },
    .number("done_late", "Done late.") { $0.doneLate },
  ]
  static func sample(_ m: inout SampleMaker) -> LedgerCountsRecord {
    LedgerCountsRecord(
      open: m.number("open"), overdue: m.number("overdue"), done: m.number("done"),
      doneLate: m.number("done_late"))
  }
}

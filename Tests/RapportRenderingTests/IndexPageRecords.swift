import RapportRendering

/// The values of `index.md` and `index.html`, as `CompanyView` gives them.
struct IndexPage: TemplateRecord {
  var header = HeaderValues()
  var notesInReport: Int?
  var laterNotes, notesInReportText: String?
  var nps: CompanyNPSRecord?
  var interviewsInWindow: Int?
  var interviewsInWindowText: String?
  var responseRate: String?
  var response: ResponseRecord?
  var openCommitments, overdueCommitments, minGroupSize: Int?
  var accounts: [AccountRowRecord] = []
  var showAccountScores = false
  var attention: AttentionCountsRecord?
  var figures: [FigureRecord] = []
  var previousAsOf: String?
  var quarters: [QuarterRecord] = []
  var quartersSVG: String?
  var scales: [ScaleSummaryRecord] = []
  var nextConversations: [ConversationRecord] = []
  var nextMore: Int?
  var cohorts: [CohortRecord] = []
  var themes: [ThemeRowRecord] = []
  var distinguishing: [ThemeRowRecord] = []
  var promoterNotes, detractorNotes: Int?
  var promoterNotesText, detractorNotesText: String?
  var pairs: [PairRecord] = []
  var convertsMore, indifferenceMore: Int?
  var overdueFlag = false
  var converts: [ConvertRecord] = []
  var indifference: [IndifferenceRecord] = []
  var winLoss: WinLossRecord?
  var hasWinLoss = false
  var loop: LoopSummaryRecord?
  var ownersMore: Int?
  var overdueByOwner: [OwnerGroupRecord] = []

  static let templateFields: [TemplateField<IndexPage>] =
    HeaderValues.fields { $0.header } + [
      .number("notes_in_report", "Notes the report is made from.") { $0.notesInReport },
      .text("later_notes", "Notes dated after the as-of date, counted.") { $0.laterNotes },
      .text("notes_in_report_text", "Notes the report is made from, counted.") {
        $0.notesInReportText
      },
      .record("nps", "Company NPS.") { $0.nps },
      .number("interviews_in_window", "Interviews in the window.") { $0.interviewsInWindow },
      .text("interviews_in_window_text", "Interviews in the window, counted.") {
        $0.interviewsInWindowText
      },
      .text("response_rate", "The response rate in one phrase.") { $0.responseRate },
      .record("response", "The response rate in parts.") { $0.response },
      .number("open_commitments", "Commitments not done.") { $0.openCommitments },
      .number("overdue_commitments", "Of them overdue.") { $0.overdueCommitments },
      .number("min_group_size", "Fewest respondents a group needs.") { $0.minGroupSize },
      .list("accounts", "One row per account.") { $0.accounts },
      .flag("show_account_scores", "Whether the accounts table shows scores.") {
        $0.showAccountScores
      },
      .record("attention", "Accounts by attention level.") { $0.attention },
      .list("figures", "Headline figures beside their earlier values.") { $0.figures },
      .text("previous_as_of", "The date the earlier figures are as of.") { $0.previousAsOf },
      .list("quarters", "NPS at each quarter end.") { $0.quarters },
      .text("quarters_svg", "The same as a chart.") { $0.quartersSVG },
      .list("scales", "Every scale.") { $0.scales },
      .list("next_conversations", "Whom to talk to next.") { $0.nextConversations },
      .number("next_more", "Conversations not listed.") { $0.nextMore },
      .list("cohorts", "NPS tables by cohort.") { $0.cohorts },
      .list("themes", "The most frequent themes.") { $0.themes },
      .list("distinguishing", "Themes that separate promoters from detractors.") {
        $0.distinguishing
      },
      .number("promoter_notes", "Promoter notes in the window.") { $0.promoterNotes },
      .number("detractor_notes", "Detractor notes in the window.") { $0.detractorNotes },
      .text("promoter_notes_text", "Promoter notes, counted.") { $0.promoterNotesText },
      .text("detractor_notes_text", "Detractor notes, counted.") { $0.detractorNotesText },
      .list("pairs", "Themes raised together.") { $0.pairs },
      .number("converts_more", "Converts not listed.") { $0.convertsMore },
      .number("indifference_more", "People not listed.") { $0.indifferenceMore },
      .flag("overdue_flag", "Whether anything is overdue.") { $0.overdueFlag },
      .list("converts", "People who changed camps.") { $0.converts },
      .list("indifference", "People we stopped hearing from.") { $0.indifference },
      .record("win_loss", "Win/loss analysis.") { $0.winLoss },
      .flag("has_win_loss", "Whether there are win-loss notes.") { $0.hasWinLoss },
      .record("loop", "Closing the loop.") { $0.loop },
      .number("owners_more", "Owners not listed.") { $0.ownersMore },
      .list("overdue_by_owner", "Overdue commitments by owner.") { $0.overdueByOwner },
    ]

  static func sample(_ m: inout SampleMaker) -> IndexPage {
    IndexPage(
      header: HeaderValues.sample(&m), notesInReport: m.number("notes_in_report"),
      laterNotes: m.text("later_notes"), notesInReportText: m.text("notes_in_report_text"),
      nps: m.record("nps", CompanyNPSRecord.sample),
      interviewsInWindow: m.number("interviews_in_window"),
      interviewsInWindowText: m.text("interviews_in_window_text"),
      responseRate: m.text("response_rate"),
      response: m.record("response", ResponseRecord.sample),
      openCommitments: m.number("open_commitments"),
      overdueCommitments: m.number("overdue_commitments"), minGroupSize: m.number("min_group_size"),
      accounts: m.list(AccountRowRecord.sample), showAccountScores: m.flag(),
      attention: m.record("attention", AttentionCountsRecord.sample),
      figures: m.list(FigureRecord.sample), previousAsOf: m.text("previous_as_of"),
      quarters: m.list(QuarterRecord.sample), quartersSVG: m.text("quarters_svg"),
      scales: m.list(ScaleSummaryRecord.sample),
      nextConversations: m.list(ConversationRecord.sample), nextMore: m.number("next_more"),
      cohorts: m.list(CohortRecord.sample),
      themes: m.list(ThemeRowRecord.sample), distinguishing: m.list(ThemeRowRecord.sample),
      promoterNotes: m.number("promoter_notes"), detractorNotes: m.number("detractor_notes"),
      promoterNotesText: m.text("promoter_notes_text"),
      detractorNotesText: m.text("detractor_notes_text"),
      pairs: m.list(PairRecord.sample), convertsMore: m.number("converts_more"),
      indifferenceMore: m.number("indifference_more"), overdueFlag: m.flag(),
      converts: m.list(ConvertRecord.sample), indifference: m.list(IndifferenceRecord.sample),
      winLoss: m.record("win_loss", WinLossRecord.sample), hasWinLoss: m.flag(),
      loop: m.record("loop", LoopSummaryRecord.sample), ownersMore: m.number("owners_more"),
      overdueByOwner: m.list(OwnerGroupRecord.sample))
  }
}

struct CompanyNPSRecord: TemplateRecord {
  var score: String?
  var respondents, promoters, passives, detractors: Int?
  var respondentsText, countsText: String?
  var chartSVG: String?
  var distribution: [BucketRecord] = []
  static let templateTypeName = "CompanyNPS"
  static let templateFields: [TemplateField<CompanyNPSRecord>] = [
    .text("score", "The NPS.") { $0.score },
    .number("respondents", "Respondents.") { $0.respondents },
    .text("respondents_text", "\"1 respondent\".") { $0.respondentsText },
    .text("counts_text", "The counts in words.") { $0.countsText },
    .number("promoters", "Promoters.") { $0.promoters },
    .number("passives", "Passives.") { $0.passives },
    .number("detractors", "Detractors.") { $0.detractors },
    .text("chart_svg", "The distribution as an SVG chart.") { $0.chartSVG },
    .list("distribution", "Respondents per score.") { $0.distribution },
  ]
  static func sample(_ m: inout SampleMaker) -> CompanyNPSRecord {
    CompanyNPSRecord(
      score: m.text("score"), respondents: m.number("respondents"),
      promoters: m.number("promoters"), passives: m.number("passives"),
      detractors: m.number("detractors"), respondentsText: m.text("respondents_text"),
      countsText: m.text("counts_text"), chartSVG: m.text("chart_svg"),
      distribution: m.list(BucketRecord.sample))
  }
}

struct AccountRowRecord: TemplateRecord {
  var attention: AttentionRecord?
  var id, name, mdLink, htmlLink, relationship, status, nps: String?
  var respondents: Int?
  var coverage: String?
  var singleSource = false
  var lastInterview: String?
  var open, overdue: Int?
  var signals: String?
  var hasSignals = false
  static let templateFields: [TemplateField<AccountRowRecord>] = [
    .record("attention", "Whether it needs action, and why.") { $0.attention },
    .text("id", "The account's id.") { $0.id },
    .text("name", "Its name.") { $0.name },
    .text("md_link", "Its Markdown page.") { $0.mdLink },
    .text("html_link", "Its HTML page.") { $0.htmlLink },
    .text("relationship", "Customer, partner or prospect.") { $0.relationship },
    .text("status", "Its status.") { $0.status },
    .text("nps", "Its NPS, or \"too few\".") { $0.nps },
    .number("respondents", "Respondents.") { $0.respondents },
    .text("coverage", "Heard/roster by level.") { $0.coverage },
    .flag("single_source", "Whether one person or level speaks for it.") { $0.singleSource },
    .text("last_interview", "The last interview's date.") { $0.lastInterview },
    .number("open", "Open commitments.") { $0.open },
    .number("overdue", "Overdue commitments.") { $0.overdue },
    .text("signals", "Warnings.") { $0.signals },
    .flag("has_signals", "Whether there are warnings.") { $0.hasSignals },
  ]
  static func sample(_ m: inout SampleMaker) -> AccountRowRecord {
    AccountRowRecord(
      attention: m.record("attention", AttentionRecord.sample), id: m.text("id"),
      name: m.text("name"), mdLink: m.text("md_link"),
      htmlLink: m.text("html_link"), relationship: m.text("relationship"),
      status: m.text("status"), nps: m.text("nps"), respondents: m.number("respondents"),
      coverage: m.text("coverage"), singleSource: m.flag(),
      lastInterview: m.text("last_interview"), open: m.number("open"),
      overdue: m.number("overdue"), signals: m.text("signals"), hasSignals: m.flag())
  }
}

struct CohortRecord: TemplateRecord {
  var title: String?
  var rows: [CohortRowRecord] = []
  var quarterLabels: [String] = []
  static let templateFields: [TemplateField<CohortRecord>] = [
    .text("title", "What the cohort groups by.") { $0.title },
    .list("rows", "One row per group.") { $0.rows },
    .texts("quarter_labels", "The quarters the rows cover.") { $0.quarterLabels },
  ]
  static func sample(_ m: inout SampleMaker) -> CohortRecord {
    CohortRecord(
      title: m.text("title"), rows: m.list(CohortRowRecord.sample), quarterLabels: m.texts())
  }
}

struct CohortRowRecord: TemplateRecord {
  var label: String?
  var respondents: Int?
  var nps: String?
  var reportable = false
  var quartersSVG: String?
  var quarters: [QuarterRecord] = []
  var scales: [ScaleSummaryRecord] = []
  static let templateFields: [TemplateField<CohortRowRecord>] = [
    .text("label", "The group.") { $0.label },
    .number("respondents", "Respondents.") { $0.respondents },
    .text("nps", "NPS or \"too few\".") { $0.nps },
    .flag("reportable", "Whether the group is large enough.") { $0.reportable },
    .text("quarters_svg", "The group's NPS at each quarter end.") { $0.quartersSVG },
    .list("quarters", "The same as a list.") { $0.quarters },
    .list("scales", "Every scale over the group's people.") { $0.scales },
  ]
  static func sample(_ m: inout SampleMaker) -> CohortRowRecord {
    CohortRowRecord(
      label: m.text("label"), respondents: m.number("respondents"), nps: m.text("nps"),
      reportable: m.flag(), quartersSVG: m.text("quarters_svg"),
      quarters: m.list(QuarterRecord.sample), scales: m.list(ScaleSummaryRecord.sample))
  }
}

struct ThemeRowRecord: TemplateRecord {
  var theme: String?
  var notes, promoterNotes, detractorNotes: Int?
  var promoterShare, detractorShare, lean, promoterBarSVG, detractorBarSVG: String?
  var promoterBarText, detractorBarText, frequencySVG: String?
  var quotes: [QuoteRecord] = []
  static let templateFields: [TemplateField<ThemeRowRecord>] = [
    .text("theme", "The theme tag.") { $0.theme },
    .number("notes", "Notes raising it.") { $0.notes },
    .number("promoter_notes", "Promoter notes raising it.") { $0.promoterNotes },
    .number("detractor_notes", "Detractor notes raising it.") { $0.detractorNotes },
    .text("promoter_share", "Share of promoter notes.") { $0.promoterShare },
    .text("detractor_share", "Share of detractor notes.") { $0.detractorShare },
    .text("lean", "Which camp it leans to.") { $0.lean },
    .text("promoter_bar_svg", "A bar chart.") { $0.promoterBarSVG },
    .text("detractor_bar_svg", "A bar chart.") { $0.detractorBarSVG },
    .text("promoter_bar_text", "A text bar.") { $0.promoterBarText },
    .text("detractor_bar_text", "A text bar.") { $0.detractorBarText },
    .text("frequency_svg", "A bar chart.") { $0.frequencySVG },
    .list("quotes", "Quotes under the theme.") { $0.quotes },
  ]
  static func sample(_ m: inout SampleMaker) -> ThemeRowRecord {
    ThemeRowRecord(
      theme: m.text("theme"), notes: m.number("notes"), promoterNotes: m.number("promoter_notes"),
      detractorNotes: m.number("detractor_notes"), promoterShare: m.text("promoter_share"),
      detractorShare: m.text("detractor_share"), lean: m.text("lean"),
      promoterBarSVG: m.text("promoter_bar_svg"), detractorBarSVG: m.text("detractor_bar_svg"),
      promoterBarText: m.text("promoter_bar_text"),
      detractorBarText: m.text("detractor_bar_text"), frequencySVG: m.text("frequency_svg"),
      quotes: m.list(QuoteRecord.sample))
  }
}

struct PairRecord: TemplateRecord {
  var first, second: String?
  var notes: Int?
  static let templateFields: [TemplateField<PairRecord>] = [
    .text("first", "One theme.") { $0.first },
    .text("second", "The other.") { $0.second },
    .number("notes", "Notes raising both.") { $0.notes },
  ]
  static func sample(_ m: inout SampleMaker) -> PairRecord {
    PairRecord(first: m.text("first"), second: m.text("second"), notes: m.number("notes"))
  }
}

struct LoopSummaryRecord: TemplateRecord {
  var total, onTime, late, undated, pending, overdue, missing: Int?
  var overdueFlag = false
  var missingFlag = false
  var medianDays, medianWait, totalText: String?
  var tellBackDays: Int?
  static let templateFields: [TemplateField<LoopSummaryRecord>] = [
    .number("total", "Interviews.") { $0.total },
    .text("total_text", "Interviews, counted.") { $0.totalText },
    .number("on_time", "Told on time.") { $0.onTime },
    .number("late", "Told late.") { $0.late },
    .number("undated", "Told, date unknown.") { $0.undated },
    .number("pending", "Pending.") { $0.pending },
    .number("overdue", "Tell-back overdue.") { $0.overdue },
    .number("missing", "No tell-back planned.") { $0.missing },
    .flag("overdue_flag", "Whether any is overdue.") { $0.overdueFlag },
    .flag("missing_flag", "Whether any is missing.") { $0.missingFlag },
    .text("median_days", "Median days to tell back.") { $0.medianDays },
    .text("median_wait", "The median in words.") { $0.medianWait },
    .number("tell_back_days", "Days allowed.") { $0.tellBackDays },
  ]
  static func sample(_ m: inout SampleMaker) -> LoopSummaryRecord {
    LoopSummaryRecord(
      total: m.number("total"), onTime: m.number("on_time"), late: m.number("late"),
      undated: m.number("undated"), pending: m.number("pending"), overdue: m.number("overdue"),
      missing: m.number("missing"), overdueFlag: m.flag(), missingFlag: m.flag(),
      medianDays: m.text("median_days"), medianWait: m.text("median_wait"),
      totalText: m.text("total_text"), tellBackDays: m.number("tell_back_days"))
  }
}

struct OwnerGroupRecord: TemplateRecord {
  var owner, handle: String?
  var count: Int?
  var items: [CommitmentRecord] = []
  var more: Int?
  static let templateFields: [TemplateField<OwnerGroupRecord>] = [
    .text("owner", "The owner.") { $0.owner },
    .text("handle", "Their handle.") { $0.handle },
    .number("count", "Their overdue commitments.") { $0.count },
    .list("items", "The longest overdue.") { $0.items },
    .number("more", "Those not listed.") { $0.more },
  ]
  static func sample(_ m: inout SampleMaker) -> OwnerGroupRecord {
    OwnerGroupRecord(
      owner: m.text("owner"), handle: m.text("handle"), count: m.number("count"),
      items: m.list(CommitmentRecord.sample), more: m.number("more"))
  }
}

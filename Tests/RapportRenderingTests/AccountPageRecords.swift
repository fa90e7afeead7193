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
      indifference: m.list(IndifferenceRecord.sample))
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
    .text("chart_svg", "The distribution as an SVG chart.") { $0.chartSVG },
    .list("distribution", "Respondents per score.") { $0.distribution },
  ]
  static func sample(_ m: inout SampleMaker) -> AccountNPSRecord {
    AccountNPSRecord(
      score: m.text("score"), respondents: m.number("respondents"),
      respondentsText: m.text("respondents_text"), promoters: m.number("promoters"),
      passives: m.number("passives"), detractors: m.number("detractors"),
      chartSVG: m.text("chart_svg"), distribution: m.list(BucketRecord.sample))
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

struct PersonRowRecord: TemplateRecord {
  var name, id, title, level, indent: String?
  var depth: Int?
  var depthClass, mdIndent, lastHeard: String?
  var interviews: Int?
  var left = false
  var latest, category: String?
  var latestLink: LinkRecord?
  var trend, trendText, sparkSVG, history: String?
  static let templateTypeName = "PersonRow"
  static let templateFields: [TemplateField<PersonRowRecord>] = [
    .text("name", "Their name.") { $0.name },
    .text("id", "Their roster id.") { $0.id },
    .text("title", "Their title.") { $0.title },
    .text("level", "Their level.") { $0.level },
    .text("indent", "Spaces by depth.") { $0.indent },
    .number("depth", "Depth in the org chart.") { $0.depth },
    .text("depth_class", "Depth as a CSS class.") { $0.depthClass },
    .text("md_indent", "Depth as arrows.") { $0.mdIndent },
    .text("last_heard", "When we last heard from them.") { $0.lastHeard },
    .number("interviews", "Interviews with them.") { $0.interviews },
    .flag("left", "Whether they left.") { $0.left },
    .text("latest", "Latest score.") { $0.latest },
    .text("category", "Promoter, passive or detractor.") { $0.category },
    .record("latest_link", "The latest note.") { $0.latestLink },
    .text("trend", "The last change.") { $0.trend },
    .text("trend_text", "A text sparkline.") { $0.trendText },
    .text("spark_svg", "An SVG sparkline.") { $0.sparkSVG },
    .text("history", "Scores in order.") { $0.history },
  ]
  static func sample(_ m: inout SampleMaker) -> PersonRowRecord {
    PersonRowRecord(
      name: m.text("name"), id: m.text("id"), title: m.text("title"), level: m.text("level"),
      indent: m.text("indent"), depth: m.number("depth"), depthClass: m.text("depth_class"),
      mdIndent: m.text("md_indent"), lastHeard: m.text("last_heard"),
      interviews: m.number("interviews"), left: m.flag(), latest: m.text("latest"),
      category: m.text("category"), latestLink: m.record("latest_link", LinkRecord.sample),
      trend: m.text("trend"), trendText: m.text("trend_text"), sparkSVG: m.text("spark_svg"),
      history: m.text("history"))
  }
}

struct NotHeardRecord: TemplateRecord {
  var name, title, level, lastHeard: String?
  static let templateFields: [TemplateField<NotHeardRecord>] = [
    .text("name", "Their name.") { $0.name },
    .text("title", "Their title.") { $0.title },
    .text("level", "Their level.") { $0.level },
    .text("last_heard", "When, or \"never interviewed\".") { $0.lastHeard },
  ]
  static func sample(_ m: inout SampleMaker) -> NotHeardRecord {
    NotHeardRecord(
      name: m.text("name"), title: m.text("title"), level: m.text("level"),
      lastHeard: m.text("last_heard"))
  }
}

struct CoverageRecord: TemplateRecord {
  var level: String?
  var heard, roster: Int?
  static let templateFields: [TemplateField<CoverageRecord>] = [
    .text("level", "The level.") { $0.level },
    .number("heard", "Heard in the window.") { $0.heard },
    .number("roster", "On the roster.") { $0.roster },
  ]
  static func sample(_ m: inout SampleMaker) -> CoverageRecord {
    CoverageRecord(level: m.text("level"), heard: m.number("heard"), roster: m.number("roster"))
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

struct LoopEntryRecord: TemplateRecord {
  var date, contact, status, statusClass: String?
  var flagged = false
  var days: String?
  var link: LinkRecord?
  static let templateFields: [TemplateField<LoopEntryRecord>] = [
    .text("date", "The interview's date.") { $0.date },
    .text("contact", "Who was interviewed.") { $0.contact },
    .text("status", "The tell-back's status.") { $0.status },
    .text("status_class", "Status as a CSS class.") { $0.statusClass },
    .flag("flagged", "Whether it needs attention.") { $0.flagged },
    .text("days", "Days to tell back.") { $0.days },
    .record("link", "The note.") { $0.link },
  ]
  static func sample(_ m: inout SampleMaker) -> LoopEntryRecord {
    LoopEntryRecord(
      date: m.text("date"), contact: m.text("contact"), status: m.text("status"),
      statusClass: m.text("status_class"), flagged: m.flag(), days: m.text("days"),
      link: m.record("link", LinkRecord.sample))
  }
}

struct TimelineEntryRecord: TemplateRecord {
  var date, contact, type, channel, interviewer, side: String?
  var isInternal = false
  var scores, themes: String?
  var confidential = false
  var link: LinkRecord?
  var summary: RenderedRecord?
  static let templateTypeName = "TimelineEntry"
  static let templateFields: [TemplateField<TimelineEntryRecord>] = [
    .text("date", "The interview's date.") { $0.date },
    .text("contact", "Who was interviewed.") { $0.contact },
    .text("type", "The interview type.") { $0.type },
    .text("channel", "How it happened.") { $0.channel },
    .text("interviewer", "Who interviewed.") { $0.interviewer },
    .text("side", "\"internal\" for our own people.") { $0.side },
    .flag("internal", "Whether it was with our own people.") { $0.isInternal },
    .text("scores", "Scores given.") { $0.scores },
    .text("themes", "Themes raised, in one line.") { $0.themes },
    .flag("confidential", "Whether the note is confidential.") { $0.confidential },
    .record("link", "The note.") { $0.link },
    .record("summary", "The note's summary.") { $0.summary },
  ]
  static func sample(_ m: inout SampleMaker) -> TimelineEntryRecord {
    TimelineEntryRecord(
      date: m.text("date"), contact: m.text("contact"), type: m.text("type"),
      channel: m.text("channel"), interviewer: m.text("interviewer"), side: m.text("side"),
      isInternal: m.flag(), scores: m.text("scores"), themes: m.text("themes"),
      confidential: m.flag(), link: m.record("link", LinkRecord.sample),
      summary: m.record("summary", RenderedRecord.sample))
  }
}

struct PartnerGapRecord: TemplateRecord {
  var scales: [GapRowRecord] = []
  var themes: [GapRowRecord] = []
  var externalNotes, internalNotes: Int?
  static let templateTypeName = "PartnerGap"
  static let templateFields: [TemplateField<PartnerGapRecord>] = [
    .list("scales", "Mean scores per scale.") { $0.scales },
    .list("themes", "Mean scores per theme.") { $0.themes },
    .number("external_notes", "Partner interviews.") { $0.externalNotes },
    .number("internal_notes", "Internal interviews.") { $0.internalNotes },
  ]
  static func sample(_ m: inout SampleMaker) -> PartnerGapRecord {
    PartnerGapRecord(
      scales: m.list(GapRowRecord.sample), themes: m.list(GapRowRecord.sample),
      externalNotes: m.number("external_notes"), internalNotes: m.number("internal_notes"))
  }
}

struct GapRowRecord: TemplateRecord {
  var label, external: String?
  var externalCount: Int?
  var ours: String?
  var internalCount: Int?
  var gap: String?
  static let templateTypeName = "GapRow"
  static let templateFields: [TemplateField<GapRowRecord>] = [
    .text("label", "The scale or theme.") { $0.label },
    .text("external", "The partner's mean.") { $0.external },
    .number("external_count", "Partner interviews.") { $0.externalCount },
    .text("internal", "Our mean.") { $0.ours },
    .number("internal_count", "Internal interviews.") { $0.internalCount },
    .text("gap", "Ours minus theirs.") { $0.gap },
  ]
  static func sample(_ m: inout SampleMaker) -> GapRowRecord {
    GapRowRecord(
      label: m.text("label"), external: m.text("external"),
      externalCount: m.number("external_count"), ours: m.text("internal"),
      internalCount: m.number("internal_count"), gap: m.text("gap"))
  }
}

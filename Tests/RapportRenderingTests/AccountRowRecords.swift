import RapportRendering

// Rows of the account page: people, coverage, tell-backs, interviews and the partner gap.

struct PersonRowRecord: TemplateRecord {
  var name, id, title, level, indent: String?
  var depth: Int?
  var depthClass, mdIndent, lastHeard: String?
  var interviews: Int?
  var left = false
  var latest, category: String?
  var latestLink: LinkRecord?
  var trend, trendText, sparkSVG, history: String?
  var silent = false
  var withheld = false
  var links = PersonLinkValues()
  static let templateTypeName = "PersonRow"
  static let templateFields: [TemplateField<PersonRowRecord>] =
    PersonLinkValues.fields { $0.links } + [
      .flag("silent", "Whether they have gone quiet.") { $0.silent },
      .text("name", "Their name.") { $0.name },
      .flag("withheld", "Whether their name is withheld.") { $0.withheld },
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
      history: m.text("history"), silent: m.flag(), withheld: m.flag(),
      links: PersonLinkValues.sample(&m))
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

struct LoopEntryRecord: TemplateRecord {
  var date, contact, status, statusClass: String?
  var flagged = false
  var days: String?
  var link: LinkRecord?
  var links = PersonLinkValues()
  static let templateFields: [TemplateField<LoopEntryRecord>] =
    PersonLinkValues.fields { $0.links } + [
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
      link: m.record("link", LinkRecord.sample), links: PersonLinkValues.sample(&m))
  }
}

struct TimelineEntryRecord: TemplateRecord {
  var date, contact, type, channel, interviewer, side: String?
  var isInternal = false
  var scores, themes: String?
  var confidential = false
  var link: LinkRecord?
  var summary: RenderedRecord?
  var links = PersonLinkValues()
  static let templateTypeName = "TimelineEntry"
  static let templateFields: [TemplateField<TimelineEntryRecord>] =
    PersonLinkValues.fields { $0.links } + [
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
      summary: m.record("summary", RenderedRecord.sample), links: PersonLinkValues.sample(&m))
  }
}

struct PartnerGapRecord: TemplateRecord {
  var scales: [GapRowRecord] = []
  var themes: [GapRowRecord] = []
  var externalNotes, internalNotes: Int?
  var externalNotesText, internalNotesText: String?
  static let templateTypeName = "PartnerGap"
  static let templateFields: [TemplateField<PartnerGapRecord>] = [
    .list("scales", "Mean scores per scale.") { $0.scales },
    .list("themes", "Mean scores per theme.") { $0.themes },
    .number("external_notes", "Partner interviews.") { $0.externalNotes },
    .number("internal_notes", "Internal interviews.") { $0.internalNotes },
    .text("external_notes_text", "Partner interviews in words.") { $0.externalNotesText },
    .text("internal_notes_text", "Internal interviews in words.") { $0.internalNotesText },
  ]
  static func sample(_ m: inout SampleMaker) -> PartnerGapRecord {
    PartnerGapRecord(
      scales: m.list(GapRowRecord.sample), themes: m.list(GapRowRecord.sample),
      externalNotes: m.number("external_notes"), internalNotes: m.number("internal_notes"),
      externalNotesText: m.text("external_notes_text"),
      internalNotesText: m.text("internal_notes_text"))
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

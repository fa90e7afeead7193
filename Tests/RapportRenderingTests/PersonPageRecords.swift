import RapportRendering

/// The values of `person.md` and `person.html`, as `PersonPage` gives them.
struct PersonPage: TemplateRecord {
  var header = HeaderValues()
  var account, accountID, accountMD, accountHTML, name, id, title, level, levelLabel: String?
  var inRoster = false
  var left = false
  var category, latest, lastHeard, silence: String?
  var attended: [String] = []
  var attendedText: String?
  var reportsTo: PersonReferenceRecord?
  var directReports: [PersonReferenceRecord] = []
  var scales: [ScaleHistoryRecord] = []
  var meetings: [MeetingRecord] = []
  var meetingsCount: Int?
  var quotes: [QuoteRecord] = []
  var commitments: [CommitmentRecord] = []

  static let templateFields: [TemplateField<PersonPage>] =
    HeaderValues.fields { $0.header } + [
      .text("account", "The account's name.") { $0.account },
      .text("account_id", "Its id.") { $0.accountID },
      .text("account_md", "Its page (Markdown).") { $0.accountMD },
      .text("account_html", "Its page (HTML).") { $0.accountHTML },
      .text("name", "The person's name.") { $0.name },
      .text("id", "Their id.") { $0.id },
      .text("title", "Their title.") { $0.title },
      .text("level", "Their level.") { $0.level },
      .text("level_label", "Their level, labelled.") { $0.levelLabel },
      .flag("in_roster", "Whether they are on the roster.") { $0.inRoster },
      .flag("left", "Whether they have left the account.") { $0.left },
      .text("category", "Promoter, passive or detractor.") { $0.category },
      .text("latest", "Their latest NPS score.") { $0.latest },
      .text("last_heard", "Their last interview.") { $0.lastHeard },
      .text("silence", "How long since we heard from them.") { $0.silence },
      .texts("attended", "Days they sat in someone else's interview.") { $0.attended },
      .text("attended_text", "The days, as a phrase.") { $0.attendedText },
      .record("reports_to", "Whom they report to.") { $0.reportsTo },
      .list("direct_reports", "Who reports to them.") { $0.directReports },
      .list("scales", "Every scale they were scored on.") { $0.scales },
      .list("meetings", "Every interview with them.") { $0.meetings },
      .number("meetings_count", "How many interviews they gave.") { $0.meetingsCount },
      .list("quotes", "What they said.") { $0.quotes },
      .list("commitments", "What we promised in their interviews.") { $0.commitments },
    ]

  static func sample(_ m: inout SampleMaker) -> PersonPage {
    PersonPage(
      header: HeaderValues.sample(&m), account: m.text("account"),
      accountID: m.text("account_id"), accountMD: m.text("account_md"),
      accountHTML: m.text("account_html"), name: m.text("name"), id: m.text("id"),
      title: m.text("title"), level: m.text("level"), levelLabel: m.text("level_label"),
      inRoster: m.flag(), left: m.flag(),
      category: m.text("category"), latest: m.text("latest"), lastHeard: m.text("last_heard"),
      silence: m.text("silence"), attended: m.texts(), attendedText: m.text("attended_text"),
      reportsTo: m.record("reports_to", PersonReferenceRecord.sample),
      directReports: m.list(PersonReferenceRecord.sample),
      scales: m.list(ScaleHistoryRecord.sample), meetings: m.list(MeetingRecord.sample),
      meetingsCount: m.number("meetings_count"), quotes: m.list(QuoteRecord.sample),
      commitments: m.list(CommitmentRecord.sample))
  }
}

struct PersonReferenceRecord: TemplateRecord {
  var name: String?
  var links = PersonLinkValues()
  static let templateTypeName = "Person reference"
  static let templateFields: [TemplateField<PersonReferenceRecord>] =
    [.text("name", "Their name.") { $0.name }] + PersonLinkValues.fields { $0.links }
  static func sample(_ m: inout SampleMaker) -> PersonReferenceRecord {
    PersonReferenceRecord(name: m.text("name"), links: PersonLinkValues.sample(&m))
  }
}

struct ScaleHistoryRecord: TemplateRecord {
  var scale, chartSVG, history: String?
  var points: [ScoreRecord] = []
  static let templateTypeName = "Score history"
  static let templateFields: [TemplateField<ScaleHistoryRecord>] = [
    .text("scale", "The scale's name.") { $0.scale },
    .text("chart_svg", "The scores on a dated chart.") { $0.chartSVG },
    .text("history", "The scores in order.") { $0.history },
    .list("points", "Each score, oldest first.") { $0.points },
  ]
  static func sample(_ m: inout SampleMaker) -> ScaleHistoryRecord {
    ScaleHistoryRecord(
      scale: m.text("scale"), chartSVG: m.text("chart_svg"), history: m.text("history"),
      points: m.list(ScoreRecord.sample))
  }
}

struct ScoreRecord: TemplateRecord {
  var date, value: String?
  var link: LinkRecord?
  static let templateTypeName = "Score"
  static let templateFields: [TemplateField<ScoreRecord>] = [
    .text("date", "The interview's date.") { $0.date },
    .text("value", "The score.") { $0.value },
    .record("link", "The note and line.") { $0.link },
  ]
  static func sample(_ m: inout SampleMaker) -> ScoreRecord {
    ScoreRecord(
      date: m.text("date"), value: m.text("value"), link: m.record("link", LinkRecord.sample))
  }
}

struct MeetingRecord: TemplateRecord {
  var date, type, channel: String?
  var confidential = false
  var tellBack, tellBackClass: String?
  var link: LinkRecord?
  static let templateTypeName = "Meeting"
  static let templateFields: [TemplateField<MeetingRecord>] = [
    .text("date", "Its date.") { $0.date },
    .text("type", "Its type.") { $0.type },
    .text("channel", "How it took place.") { $0.channel },
    .flag("confidential", "Whether its words are withheld.") { $0.confidential },
    .text("tell_back", "Whether we told them what we learned.") { $0.tellBack },
    .text("tell_back_class", "The tell-back status as a CSS class.") { $0.tellBackClass },
    .record("link", "The note.") { $0.link },
  ]
  static func sample(_ m: inout SampleMaker) -> MeetingRecord {
    MeetingRecord(
      date: m.text("date"), type: m.text("type"), channel: m.text("channel"),
      confidential: m.flag(), tellBack: m.text("tell_back"),
      tellBackClass: m.text("tell_back_class"), link: m.record("link", LinkRecord.sample))
  }
}

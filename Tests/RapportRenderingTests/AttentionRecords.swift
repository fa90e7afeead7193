import RapportRendering

// Test records for the values the company and account pages share: attention, headline
// figures, quarters, scales and the next conversations.

struct AttentionCountsRecord: TemplateRecord {
  var act, watch, steady: Int?
  static let templateTypeName = "Attention counts"
  static let templateFields: [TemplateField<AttentionCountsRecord>] = [
    .number("act", "Accounts needing action.") { $0.act },
    .number("watch", "Accounts worth a look.") { $0.watch },
    .number("steady", "Accounts with nothing flagged.") { $0.steady },
  ]
  static func sample(_ m: inout SampleMaker) -> AttentionCountsRecord {
    AttentionCountsRecord(
      act: m.number("act"), watch: m.number("watch"), steady: m.number("steady"))
  }
}

struct AttentionRecord: TemplateRecord {
  var level: String?
  var act = false
  var watch = false
  var steady = false
  var reasons: [ReasonRecord] = []
  static let templateTypeName = "Attention"
  static let templateFields: [TemplateField<AttentionRecord>] = [
    .text("level", "act, watch or steady.") { $0.level },
    .flag("act", "Whether something needs action now.") { $0.act },
    .flag("watch", "Whether it is worth a closer look.") { $0.watch },
    .flag("steady", "Whether nothing is flagged.") { $0.steady },
    .list("reasons", "Why, act reasons first.") { $0.reasons },
  ]
  static func sample(_ m: inout SampleMaker) -> AttentionRecord {
    AttentionRecord(
      level: m.text("level"), act: m.flag(), watch: m.flag(), steady: m.flag(),
      reasons: m.list(ReasonRecord.sample))
  }
}

struct ReasonRecord: TemplateRecord {
  var text, rule: String?
  var act = false
  var person: String?
  var link: LinkRecord?
  var links = PersonLinkValues()
  var alike: Int?
  static let templateTypeName = "Reason"
  static let templateFields: [TemplateField<ReasonRecord>] =
    [
      .text("text", "The reason as a sentence.") { $0.text },
      .text("rule", "The rule that raised it.") { $0.rule },
      .flag("act", "Whether it calls for action.") { $0.act },
      .text("person", "The person it is about.") { $0.person },
      .record("link", "The note that shows it.") { $0.link },
      .number("alike", "More of the same rule.") { $0.alike },
    ] + PersonLinkValues.fields { $0.links }
  static func sample(_ m: inout SampleMaker) -> ReasonRecord {
    ReasonRecord(
      text: m.text("text"), rule: m.text("rule"), act: m.flag(), person: m.text("person"),
      link: m.record("link", LinkRecord.sample), links: PersonLinkValues.sample(&m),
      alike: m.number("alike"))
  }
}

struct FigureRecord: TemplateRecord {
  var label, value, previous, change, changeClass: String?
  var hasPrevious = false
  static let templateTypeName = "Figure"
  static let templateFields: [TemplateField<FigureRecord>] = [
    .text("label", "What the figure is.") { $0.label },
    .text("value", "Its value now.") { $0.value },
    .text("previous", "Its value one window earlier.") { $0.previous },
    .flag("has_previous", "Whether there was one.") { $0.hasPrevious },
    .text("change", "The difference, signed.") { $0.change },
    .text("change_class", "better, worse or same.") { $0.changeClass },
  ]
  static func sample(_ m: inout SampleMaker) -> FigureRecord {
    FigureRecord(
      label: m.text("label"), value: m.text("value"), previous: m.text("previous"),
      change: m.text("change"), changeClass: m.text("change_class"), hasPrevious: m.flag())
  }
}

struct QuarterRecord: TemplateRecord {
  var quarter, end, nps: String?
  var respondents: Int?
  static let templateTypeName = "Quarter"
  static let templateFields: [TemplateField<QuarterRecord>] = [
    .text("quarter", "Such as `Q3 2026`.") { $0.quarter },
    .text("end", "The quarter's last day.") { $0.end },
    .text("nps", "NPS as of that day.") { $0.nps },
    .number("respondents", "Respondents as of that day.") { $0.respondents },
  ]
  static func sample(_ m: inout SampleMaker) -> QuarterRecord {
    QuarterRecord(
      quarter: m.text("quarter"), end: m.text("end"), nps: m.text("nps"),
      respondents: m.number("respondents"))
  }
}

struct ScaleSummaryRecord: TemplateRecord {
  var scale, range, mean: String?
  var respondents: Int?
  var chartSVG: String?
  static let templateTypeName = "Scale summary"
  static let templateFields: [TemplateField<ScaleSummaryRecord>] = [
    .text("scale", "The scale's name.") { $0.scale },
    .text("range", "Its range.") { $0.range },
    .text("mean", "The mean latest score.") { $0.mean },
    .number("respondents", "People scored on it in the window.") { $0.respondents },
    .text("chart_svg", "Respondents per score.") { $0.chartSVG },
  ]
  static func sample(_ m: inout SampleMaker) -> ScaleSummaryRecord {
    ScaleSummaryRecord(
      scale: m.text("scale"), range: m.text("range"), mean: m.text("mean"),
      respondents: m.number("respondents"), chartSVG: m.text("chart_svg"))
  }
}

struct ConversationRecord: TemplateRecord {
  var priority: Int?
  var account, accountID, accountMD, accountHTML, person, level, reason, rule: String?
  var question, attention: String?
  var links = PersonLinkValues()
  static let templateTypeName = "Next conversation"
  static let templateFields: [TemplateField<ConversationRecord>] =
    [
      .number("priority", "1 for the most urgent.") { $0.priority },
      .text("account", "The account's name.") { $0.account },
      .text("account_id", "Its id.") { $0.accountID },
      .text("account_md", "Its page (Markdown).") { $0.accountMD },
      .text("account_html", "Its page (HTML).") { $0.accountHTML },
      .text("person", "Whom to talk to.") { $0.person },
      .text("level", "Their level.") { $0.level },
      .text("reason", "Why, as a phrase.") { $0.reason },
      .text("rule", "Why, as the rule's id.") { $0.rule },
      .text("question", "An opening question.") { $0.question },
      .text("attention", "The account's attention level.") { $0.attention },
    ] + PersonLinkValues.fields { $0.links }
  static func sample(_ m: inout SampleMaker) -> ConversationRecord {
    ConversationRecord(
      priority: m.number("priority"), account: m.text("account"), accountID: m.text("account_id"),
      accountMD: m.text("account_md"), accountHTML: m.text("account_html"),
      person: m.text("person"), level: m.text("level"), reason: m.text("reason"),
      rule: m.text("rule"), question: m.text("question"), attention: m.text("attention"),
      links: PersonLinkValues.sample(&m))
  }
}

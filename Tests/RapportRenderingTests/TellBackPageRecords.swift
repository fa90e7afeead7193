import RapportRendering

/// The values of `tellback.md`, as `TellBackPage` gives them.
struct TellBackPage: TemplateRecord {
  var account, asOf, windowStart: String?
  var interviews: Int?
  var withheld = false
  var interviewsText: String?
  var groups: [TellBackGroupRecord] = []
  var promises: [PromiseRecord] = []
  static let templateTypeName = "Tell-back draft"
  static let templateFields: [TemplateField<TellBackPage>] = [
    .text("account", "The account's name.") { $0.account },
    .text("as_of", "The as-of date.") { $0.asOf },
    .text("window_start", "The first day of the window.") { $0.windowStart },
    .number("interviews", "Conversations it draws on.") { $0.interviews },
    .flag("withheld", "Whether too few people spoke to summarise.") { $0.withheld },
    .text("interviews_text", "The conversations in words.") { $0.interviewsText },
    .list("groups", "Themes by group of people.") { $0.groups },
    .list("promises", "What we committed to.") { $0.promises },
  ]
  static func sample(_ m: inout SampleMaker) -> TellBackPage {
    TellBackPage(
      account: m.text("account"), asOf: m.text("as_of"), windowStart: m.text("window_start"),
      interviews: m.number("interviews"), withheld: m.flag(),
      interviewsText: m.text("interviews_text"),
      groups: m.list(TellBackGroupRecord.sample),
      promises: m.list(PromiseRecord.sample))
  }
}

struct TellBackGroupRecord: TemplateRecord {
  var who: String?
  var people: Int?
  var themes: [TellBackThemeRecord] = []
  static let templateTypeName = "Tell-back group"
  static let templateFields: [TemplateField<TellBackGroupRecord>] = [
    .text("who", "Whom the group is.") { $0.who },
    .number("people", "People in the group.") { $0.people },
    .list("themes", "Themes raised, most raised first.") { $0.themes },
  ]
  static func sample(_ m: inout SampleMaker) -> TellBackGroupRecord {
    TellBackGroupRecord(
      who: m.text("who"), people: m.number("people"), themes: m.list(TellBackThemeRecord.sample))
  }
}

struct TellBackThemeRecord: TemplateRecord {
  var theme: String?
  var count: Int?
  var times: String?
  static let templateTypeName = "Tell-back theme"
  static let templateFields: [TemplateField<TellBackThemeRecord>] = [
    .text("theme", "The theme, readable.") { $0.theme },
    .number("count", "Conversations that raised it.") { $0.count },
    .text("times", "\"once\", \"twice\", \"3 times\".") { $0.times },
  ]
  static func sample(_ m: inout SampleMaker) -> TellBackThemeRecord {
    TellBackThemeRecord(theme: m.text("theme"), count: m.number("count"), times: m.text("times"))
  }
}

struct PromiseRecord: TemplateRecord {
  var text, status: String?
  var done = false
  var due, doneOn: String?
  static let templateTypeName = "Promise"
  static let templateFields: [TemplateField<PromiseRecord>] = [
    .text("text", "What we promised.") { $0.text },
    .text("status", "done, done late, open or overdue.") { $0.status },
    .flag("done", "Whether it is done.") { $0.done },
    .text("due", "Its due date.") { $0.due },
    .text("done_on", "The day it was done.") { $0.doneOn },
  ]
  static func sample(_ m: inout SampleMaker) -> PromiseRecord {
    PromiseRecord(
      text: m.text("text"), status: m.text("status"), done: m.flag(), due: m.text("due"),
      doneOn: m.text("done_on"))
  }
}

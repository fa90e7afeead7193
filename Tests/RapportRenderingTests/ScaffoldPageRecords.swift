import RapportRendering

/// The values of `note.md`, as `Scaffold.note` gives them.
struct NotePage: TemplateRecord {
  var date, interviewer, type, contactID, contactName, contactComment: String?
  var scales: [ScaleRecord] = []
  var owner, tellBackDue, tellBackTag: String?
  var openingQuestion: String?
  var winLoss = false
  static let templateFields: [TemplateField<NotePage>] = [
    .text("date", "The interview's date.") { $0.date },
    .text("interviewer", "Who interviews.") { $0.interviewer },
    .text("type", "The interview type.") { $0.type },
    .flag("win_loss", "Whether it is a win-loss interview.") { $0.winLoss },
    .text("contact_id", "The contact's roster id.") { $0.contactID },
    .text("contact_name", "Their name.") { $0.contactName },
    .text("contact_comment", "Their name and title.") { $0.contactComment },
    .list("scales", "The scales to score.") { $0.scales },
    .text("owner", "Who owns the tell-back.") { $0.owner },
    .text("tell_back_due", "When it is due.") { $0.tellBackDue },
    .text("tell_back_tag", "The tell-back tag.") { $0.tellBackTag },
    .text("opening_question", "An opening question.") { $0.openingQuestion },
  ]
  static func sample(_ m: inout SampleMaker) -> NotePage {
    NotePage(
      date: m.text("date"), interviewer: m.text("interviewer"), type: m.text("type"),
      contactID: m.text("contact_id"), contactName: m.text("contact_name"),
      contactComment: m.text("contact_comment"), scales: m.list(ScaleRecord.sample),
      owner: m.text("owner"), tellBackDue: m.text("tell_back_due"),
      tellBackTag: m.text("tell_back_tag"), openingQuestion: m.text("opening_question"),
      winLoss: m.flag())
  }
}

struct ScaleRecord: TemplateRecord {
  var name, range, question: String?
  static let templateFields: [TemplateField<ScaleRecord>] = [
    .text("name", "The scale.") { $0.name },
    .text("range", "Its range.") { $0.range },
    .text("question", "Its question, for NPS.") { $0.question },
  ]
  static func sample(_ m: inout SampleMaker) -> ScaleRecord {
    ScaleRecord(name: m.text("name"), range: m.text("range"), question: m.text("question"))
  }
}

/// The values of `profile.md`, as `Scaffold.profile` gives them.
struct ProfilePage: TemplateRecord {
  var name, today, person, handle, topLevel: String?
  static let templateFields: [TemplateField<ProfilePage>] = [
    .text("name", "The account's name.") { $0.name },
    .text("today", "Today.") { $0.today },
    .text("person", "Our first team member.") { $0.person },
    .text("handle", "Their handle.") { $0.handle },
    .text("top_level", "The highest level.") { $0.topLevel },
  ]
  static func sample(_ m: inout SampleMaker) -> ProfilePage {
    ProfilePage(
      name: m.text("name"), today: m.text("today"), person: m.text("person"),
      handle: m.text("handle"), topLevel: m.text("top_level"))
  }
}

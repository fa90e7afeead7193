import RapportNotebook

/// The values of a new interview note (`note.md`).
struct NewNotePage: TemplateRecord {
  let settings: Settings
  let contact: Contact
  let date: Day
  let type: String
  let interviewer: String
  let owner: String
  /// The opening question for the account's cohort (the question bank).
  var question: String? = nil
  static let templateTypeName = "New note"
  static let templateFields: [TemplateField<NewNotePage>] = [
    .text("date", "The interview's date.") { $0.date.description },
    .text("interviewer", "Who holds it, as a YAML value.") { Scaffold.yaml($0.interviewer) },
    .text("type", "The interview type.") { $0.type },
    .flag("win_loss", "Whether it is a win-loss interview (which records an outcome and reasons).")
    {
      $0.type.lowercased() == "win-loss"
    },
    .text("contact_id", "The contact's roster id.") { $0.contact.id },
    .text("contact_name", "Their name.") { $0.contact.name },
    .text("contact_comment", "Their name and title, for a YAML comment.") {
      [$0.contact.name, $0.contact.title].compactMap { $0 }.joined(separator: ", ")
    },
    .list("scales", "The scales of rapport.yml.") { $0.settings.scales.map(ScaleLine.init) },
    .text("owner", "The handle that owns the tell-back.") { $0.owner },
    .text("tell_back_due", "The tell-back's due date.") {
      $0.date.adding(days: $0.settings.thresholds.tellBackDays).description
    },
    .text("tell_back_tag", "The tell-back tag, without #.") { $0.settings.tellBackTag },
    .text(
      "opening_question",
      "An opening question for the account's cohort (new, established, loyal or lost)."
    ) {
      // Inside an HTML comment `--` would end it early.
      $0.question?.replacingOccurrences(of: "--", with: "–")
    },
  ]
}

/// One scale line of a new note.
struct ScaleLine: TemplateRecord {
  let scale: Scale
  static let templateTypeName = "Scale"
  static let templateFields: [TemplateField<ScaleLine>] = [
    .text("name", "The scale's name.") { $0.scale.name },
    .text("range", "Its range, such as `0-10`.") {
      "\(Formatting.number($0.scale.minimum))-\(Formatting.number($0.scale.maximum))"
    },
    .text("question", "The NPS question, for the NPS scale.") {
      $0.scale.isNPS ? "how likely are they to recommend us?" : nil
    },
  ]
}

/// The values of a new account's profile (`profile.md`).
struct NewProfilePage: TemplateRecord {
  let settings: Settings
  let name: String
  let today: Day
  let person: String
  let handle: String
  static let templateTypeName = "New account"
  static let templateFields: [TemplateField<NewProfilePage>] = [
    .text("name", "The account's name, as a YAML value.") { Scaffold.yaml($0.name) },
    .text("today", "Today's date.") { $0.today.description },
    .text("person", "Who creates it, as a YAML value.") { Scaffold.yaml($0.person) },
    .text("handle", "Their handle.") { $0.handle },
    .text("top_level", "The first of rapport.yml's levels.") {
      $0.settings.levels.first ?? "executive"
    },
  ]
}

/// The values of the style sheet (`style.mustache`, written once as `style.css`): none.
struct StylesheetPage: TemplateRecord {
  static let templateTypeName = "Style sheet"
  static let templateFields: [TemplateField<StylesheetPage>] = []
}

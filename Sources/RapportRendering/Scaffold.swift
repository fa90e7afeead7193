import RapportNotebook

/// New notes and profiles, rendered from the `note.md` and `profile.md` templates.
public enum Scaffold {
  /// A YAML scalar for free text: plain when that reads back the same, else double-quoted.
  public static func yaml(_ text: String) -> String {
    let plain =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        $0.isASCII
          ? ($0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "." || $0 == "'"
            || ("0"..."9").contains($0)) : $0.properties.isAlphabetic
      }
      && text.first != " " && text.last != " "
      && !["true", "false", "yes", "no", "null", "~"].contains(text.lowercased())
    if plain { return text }
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
  }

  /// The text of a new interview note.
  public static func note(
    templates: TemplateSet, settings: Settings, contact: Contact, date: Day, type: String,
    interviewer: String, owner: String, question: String? = nil
  ) -> String {
    templates.note.render(
      NewNotePage(
        settings: settings, contact: contact, date: date, type: type, interviewer: interviewer,
        owner: owner, question: question))
  }

  /// The text of a new account's `account.md`.
  public static func profile(
    templates: TemplateSet, settings: Settings, name: String, today: Day, person: String,
    handle: String
  ) -> String {
    templates.profile.render(
      NewProfilePage(settings: settings, name: name, today: today, person: person, handle: handle))
  }
}

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
    interviewer: String,
    owner: String
  ) -> String {
    let comment = [contact.name, contact.title].compactMap { $0 }.joined(separator: ", ")
    let values: [String: Any] = [
      "date": date.description, "interviewer": yaml(interviewer), "type": type,
      "contact_id": contact.id,
      "contact_name": contact.name, "contact_comment": comment,
      "scales": settings.scales.map { scale -> [String: Any] in
        var values: [String: Any] = [
          "name": scale.name,
          "range": "\(Formatting.number(scale.minimum))-\(Formatting.number(scale.maximum))",
        ]
        if scale.isNPS { values["question"] = "how likely are they to recommend us?" }
        return values
      },
      "owner": owner,
      "tell_back_due": date.adding(days: settings.thresholds.tellBackDays).description,
      "tell_back_tag": settings.tellBackTag,
    ]
    return templates.render("note.md", values)
  }

  /// The text of a new account's `account.md`.
  public static func profile(
    templates: TemplateSet, settings: Settings, name: String, today: Day, person: String,
    handle: String
  )
    -> String
  {
    templates.render(
      "profile.md",
      [
        "name": yaml(name), "today": today.description, "person": yaml(person), "handle": handle,
        "top_level": settings.levels.first ?? "executive",
      ])
  }
}

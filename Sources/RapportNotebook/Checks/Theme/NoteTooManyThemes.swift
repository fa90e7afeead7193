extension Rule {
  /// Notes with more distinct themes than `limits.max_themes`.
  public static let noteTooManyThemes = Rule(
    "note.too-many-themes", .error,
    "A note names more distinct themes (front matter and tags) than `limits.max_themes` (100 by default).",
    triggering: [
      "rapport.yml": "limits: { max_themes: 2 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("themes: [pricing]", body: "#support #api\n"),
    ],
    passing: [
      "rapport.yml": "limits: { max_themes: 2 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("themes: [pricing]", body: "#support #pricing\n"),
    ])
}

/// Refuses a note naming more distinct themes than `limits.max_themes` (theme pairs grow as the
/// square of their number).
enum NoteTooManyThemes {
  /// The error at the first theme past the limit, if the note has that many.
  static func check(_ note: ParsedNote, limits: Limits) -> Diagnostic? {
    guard note.themes.count + note.body.tags.count > limits.maxThemes else { return nil }
    var seen = Set<String>()
    // Tags are underlined with their `#`.
    let named = note.themes.map { ($0, 0) } + note.body.tags.map { ($0, 1) }
    for (theme, hash) in named {
      guard seen.insert(theme.value.lowercased()).inserted, seen.count > limits.maxThemes else {
        continue
      }
      return Diagnostic(
        .noteTooManyThemes, file: note.file, at: theme.position,
        length: theme.value.count + hash,
        "more than \(limits.maxThemes) distinct themes in one note (`limits.max_themes` in rapport.yml); split the note or merge themes"
      )
    }
    return nil
  }
}

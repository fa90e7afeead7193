extension ParsedNote {
  /// Each theme the note raises, front matter first, with what a diagnostic about it underlines
  /// (a front-matter theme as written there, a `#tag` with its `#`) and whether it is a `#tag`.
  func themeSpots() -> [(theme: String, underline: Located<String>, isTag: Bool)] {
    themes.map { ($0.value, $0, false) }
      + body.tags.map { ($0.value, Located("#" + $0.value, at: $0.position), true) }
  }
}

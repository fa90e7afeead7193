/// A theme a note raises, and what a diagnostic about it underlines.
struct ThemeSpot {
  /// The theme, where it is written.
  let theme: Located<String>
  /// Whether it is a `#tag` in the body (else a front-matter theme).
  let isTag: Bool

  /// A front-matter theme as written there, a `#tag` with its `#`: made only for a diagnostic.
  var underline: Located<String> { isTag ? Located("#" + theme.value, at: theme.position) : theme }
}

extension ParsedNote {
  /// Calls `visit` with each theme the note raises, front matter first: without an array, as
  /// every note of a notebook goes through here.
  func eachThemeSpot(_ visit: (ThemeSpot) -> Void) {
    for theme in themes { visit(ThemeSpot(theme: theme, isTag: false)) }
    for tag in body.tags { visit(ThemeSpot(theme: tag, isTag: true)) }
  }
}

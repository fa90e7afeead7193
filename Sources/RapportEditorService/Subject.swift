import RapportLanguageServer
import RapportNotebook

/// The thing under the cursor that hover and go-to-definition explain: a person on the roster,
/// a theme, one of our people, a date or a scale, with the text that names it.
struct Subject: Equatable {
  enum Kind: Equatable {
    /// A roster id or name, as written.
    case contact(String)
    /// A theme or alias, lowercased, without `#`.
    case theme(String)
    /// A team handle, without `@`.
    case owner(String)
    case date(Day)
    /// A scale's name.
    case scale(String)
  }

  var kind: Kind
  /// Where the name is written.
  var range: TextRange

  /// What is under `location` in the document, if it is something rapport knows about.
  static func find(in view: DocumentView, at location: TextLocation) -> Subject? {
    if let spot = YAMLCursor.spot(in: view.text, at: location) {
      return frontMatter(spot, file: view.place.file)
    }
    guard case .note = view.place.file, location.line >= view.text.bodyFirstLine else { return nil }
    let line = view.text.scalars(location.line)
    guard
      let spot = BodyCursor.spot(in: line, lineNumber: location.line, column: location.column),
      !spot.word.isEmpty
    else { return nil }
    switch spot.kind {
    case .owner: return Subject(kind: .owner(spot.word), range: spot.range)
    case .theme: return Subject(kind: .theme(spot.word), range: spot.range)
    case .speaker: return Subject(kind: .contact(spot.word), range: spot.range)
    case .date, .commitmentDate:
      return Day(spot.word).map { Subject(kind: .date($0), range: spot.range) }
    }
  }

  /// A subject in front matter: by the key a value belongs to, or any date.
  private static func frontMatter(_ spot: YAMLSpot, file: NotebookFile) -> Subject? {
    let item = spot.item
    guard !item.isEmpty else { return nil }
    let range = spot.itemRange
    if spot.role == .value, let day = Day(item) { return Subject(kind: .date(day), range: range) }
    switch (file, spot.role, spot.path, spot.key) {
    case (.note, .value, [], "contact"), (.note, .value, [], "attendees"),
      (.profile, .value, ["contacts"], "id"), (.profile, .value, ["contacts"], "name"),
      (.profile, .value, ["contacts"], "reports_to"):
      return Subject(kind: .contact(item), range: range)
    case (.note, .value, [], "themes"), (.note, .value, [], "reasons"),
      (.profile, .value, [], "assumed_reasons"), (.settings, .key, ["themes"], _),
      (.settings, .value, ["themes"], "aliases"):
      let theme = item.hasPrefix("#") ? String(item.dropFirst()) : item
      return Subject(kind: .theme(theme.lowercased()), range: range)
    case (.note, .key, ["scores"], _), (.settings, .key, ["scales"], _):
      return Subject(kind: .scale(item.lowercased()), range: range)
    case (_, .value, ["team"], "handle"):
      let handle = item.hasPrefix("@") ? String(item.dropFirst()) : item
      return Subject(kind: .owner(handle), range: range)
    default:
      return nil
    }
  }
}

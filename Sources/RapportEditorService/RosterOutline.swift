import RapportLanguageServer
import RapportNotebook

/// A profile's outline: its roster, one entry per contact in file order, with their role and
/// manager beside them.
struct RosterOutline {
  let text: EditorText
  /// The profile's notebook-relative path.
  let relative: String

  func symbols(settings: Settings) -> [DocumentSymbol] {
    let (profile, _) = Array(text.text.utf8).withUnsafeBytes {
      ProfileParser.parse(bytes: $0, file: relative, settings: settings)
    }
    return profile.contacts.compactMap { contact in
      guard let position = contact.position else { return nil }
      let length = text.line(position.line).unicodeScalars.count
      let range = TextRange(
        start: TextLocation(line: position.line, column: position.column),
        end: TextLocation(line: position.line, column: max(position.column, length + 1)))
      let manager = contact.reportsTo.map { id in
        "reports to " + (profile.contact(id: id)?.name ?? id)
      }
      let detail = [
        contact.id, contact.title, contact.level, manager, contact.hasLeft ? "left" : nil,
      ]
      .compactMap { $0 }.joined(separator: " · ")
      return DocumentSymbol(name: contact.name, detail: detail, kind: .object, range: range)
    }
  }
}

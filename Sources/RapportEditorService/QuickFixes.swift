import RapportLanguageServer
import RapportNotebook

/// Fixes for the problems in a range: every suggested correction, and the missing required keys
/// of a note added before the front matter's closing `---`.
struct QuickFixes {
  let view: DocumentView
  /// Who is writing, for a missing `interviewer:` (asked only when needed).
  let interviewer: () -> String

  /// The rules whose fix adds a key, and the key.
  static let missingKeys = [
    "note.date.missing": "date", "note.interviewer.missing": "interviewer",
    "note.contact.missing": "contact",
  ]

  func actions(for diagnostics: [EditorDiagnostic]) -> [CodeAction] {
    var actions: [CodeAction] = []
    for diagnostic in diagnostics {
      if let fix = SuggestedFix(diagnostic, in: view.text) {
        actions.append(
          CodeAction(
            title: "Change `\(fix.written)` to `\(fix.replacement)`", diagnostics: [diagnostic],
            edits: [edit(TextEdit(range: fix.range, newText: fix.replacement))],
            isPreferred: true))
      } else if let added = addition(for: diagnostic) {
        actions.append(
          CodeAction(
            title: added.value.isEmpty ? "Add `\(added.key):`" : "Add `\(added.entry)`",
            diagnostics: [diagnostic], edits: [edit(added.edit)], isPreferred: !added.value.isEmpty)
        )
      }
    }
    return actions
  }

  /// The key a `note.*.missing` diagnostic asks for, with a likely value, as an edit adding it
  /// before the front matter's closing `---`.
  private func addition(
    for diagnostic: EditorDiagnostic
  ) -> (key: String, value: String, entry: String, edit: TextEdit)? {
    guard let key = Self.missingKeys[diagnostic.code], let line = view.text.closingLine else {
      return nil
    }
    let value = self.value(for: key)
    let entry = value.isEmpty ? "\(key): " : "\(key): \(value)"
    return (
      key, value, entry,
      TextEdit(
        range: TextRange(at: TextLocation(line: line, column: 1)), newText: entry + lineEnding)
    )
  }

  /// One action applying every suggested correction among `diagnostics`, and adding every
  /// missing key it has a value for, when there are several.
  func fixAll(_ diagnostics: [EditorDiagnostic]) -> CodeAction? {
    var seen = Set<TextRange>()
    let fixes = diagnostics.compactMap { SuggestedFix($0, in: view.text) }.filter {
      seen.insert($0.range).inserted
    }
    var keys = Set<String>()
    let additions = diagnostics.compactMap { addition(for: $0) }.filter {
      !$0.value.isEmpty && keys.insert($0.key).inserted
    }
    let count = fixes.count + additions.count
    guard count > 1 else { return nil }
    return CodeAction(
      title: "Apply the \(count) suggested corrections", kind: .fixAll,
      edits: [
        edit(
          fixes.map { TextEdit(range: $0.range, newText: $0.replacement) } + additions.map(\.edit))
      ])
  }

  private func edit(_ edit: TextEdit) -> FileEdit { self.edit([edit]) }

  private func edit(_ edits: [TextEdit]) -> FileEdit { FileEdit(path: view.path, edits: edits) }

  /// The document's own line ending.
  private var lineEnding: String { view.text.text.contains("\r\n") ? "\r\n" : "\n" }

  /// A likely value for a missing key: the date a note's file name starts with (else today),
  /// the person writing, the roster id its file name holds.
  private func value(for key: String) -> String {
    let name = String(view.place.relative.split(separator: "/").last ?? "").lowercased()
    switch key {
    case "date":
      return Day(name.prefix(10)).map(\.description) ?? view.today.description
    case "interviewer":
      return interviewer()
    default:
      let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
      let named = view.profile.contacts.filter { stem.contains($0.id) }
      return named.max { $0.id.count < $1.id.count }?.id ?? ""
    }
  }
}

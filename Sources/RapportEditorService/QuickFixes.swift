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
      } else if let key = Self.missingKeys[diagnostic.code], let line = view.text.closingLine {
        let value = self.value(for: key)
        let entry = value.isEmpty ? "\(key): " : "\(key): \(value)"
        actions.append(
          CodeAction(
            title: value.isEmpty ? "Add `\(key):`" : "Add `\(entry)`", diagnostics: [diagnostic],
            edits: [
              edit(
                TextEdit(
                  range: TextRange(at: TextLocation(line: line, column: 1)),
                  newText: entry + lineEnding))
            ], isPreferred: !value.isEmpty))
      }
    }
    return actions
  }

  /// One action applying every suggested correction among `diagnostics`, when there are several.
  func fixAll(_ diagnostics: [EditorDiagnostic]) -> CodeAction? {
    var seen = Set<TextRange>()
    let fixes = diagnostics.compactMap { SuggestedFix($0, in: view.text) }.filter {
      seen.insert($0.range).inserted
    }
    guard fixes.count > 1 else { return nil }
    return CodeAction(
      title: "Apply the \(fixes.count) suggested corrections", kind: .fixAll,
      edits: [edit(fixes.map { TextEdit(range: $0.range, newText: $0.replacement) })])
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

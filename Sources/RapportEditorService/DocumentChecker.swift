import RapportLanguageServer
import RapportNotebook
import RapportSystem

/// Checks an open document's text as `rapport check` checks the file: the same rules, ids,
/// severities, positions and messages, read against the notebook as known now.
struct DocumentChecker {
  let notebook: NotebookState

  /// What `check` would report for the file at `place` if it held `text`.
  func diagnostics(at place: DocumentPlace, text: String) -> [Diagnostic] {
    let bytes = Array(text.utf8)
    let found: [Diagnostic]
    switch place.file {
    case .settings:
      found = NotebookState.parseSettings(bytes).diagnostics
    case .profile:
      found = notebook.parseProfile(bytes, relative: place.relative).diagnostics
    case .note(let account):
      found = notebook.checkNote(bytes, relative: place.relative, account: account).diagnostics
    case .other:
      found = Self.unread(place.relative) ?? notebook.loadDiagnostics[place.relative] ?? []
    }
    return found.filter { $0.file == place.relative }.sorted(by: Diagnostic.ordered)
  }
}

extension DocumentChecker {
  /// Why the loader would pass over a Markdown-looking file at `relative`, as `check` says it:
  /// one at the notebook's top, or one in an account folder not ending in `.md`; nil for others.
  static func unread(_ relative: String) -> [Diagnostic]? {
    let parts = relative.split(separator: "/")
    guard let name = parts.last.map(String.init) else { return nil }
    if parts.count == 1 { return [FileIgnored.check(rootFile: name)].compactMap { $0 } }
    guard Slug.isValid(parts[0]), parts[0] != "templates", !name.hasSuffix(".md") else {
      return nil
    }
    return [FileIgnored.check(accountFile: name, path: relative)].compactMap { $0 }
  }
}

extension EditorDiagnostic {
  /// A rapport diagnostic placed in its document: rule id as code; a problem with the whole file
  /// at the start of line 1.
  init(_ diagnostic: Diagnostic) {
    let position = diagnostic.position
    self.init(
      line: position?.line ?? 1, column: position?.column ?? 1,
      length: position == nil ? 0 : diagnostic.length,
      severity: diagnostic.severity == .error ? .error : .warning, code: diagnostic.rule,
      message: diagnostic.message)
  }
}

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
      found =
        notebook.parseProfile(bytes, relative: place.relative).diagnostics
        + onDisk(place.relative, text: text)
    case .note(let account):
      found =
        notebook.checkNote(bytes, relative: place.relative, account: account).diagnostics
        + onDisk(place.relative, text: text)
    case .other:
      found =
        (Self.unread(place.relative) ?? notebook.loadDiagnostics[place.relative] ?? [])
        + folderProblems(place.relative)
    }
    return found.filter { $0.file == place.relative }.sorted(by: Diagnostic.ordered)
  }

  /// Rules only the files on disk answer, which an editor's text cannot show.
  static let diskRules: Set<String> = ["file.encoding", "file.ignored", "file.outside-notebook"]

  /// What the last load found about the file at `relative` that its text cannot show (it lies
  /// too deep, its bytes are not UTF-8, it links outside the notebook), and its folder's problems
  /// (a folder name that is no slug, no account.md) at the top of the file: `check` reports them,
  /// and each means the note is not read as the author expects.
  func onDisk(_ relative: String, text: String) -> [Diagnostic] {
    var found = (notebook.loadDiagnostics[relative] ?? []).filter {
      Self.diskRules.contains($0.rule)
    }
    // Bytes that are not UTF-8 reach the editor replaced: shown while the text is still the
    // file's, gone once the author's edit differs from it.
    if found.contains(where: { $0.rule == "file.encoding" }) {
      var buffer: [UInt8] = []
      var same = false
      if case .success = FileSystem.read(
        notebook.path(of: relative), into: &buffer, maxBytes: 16 << 20)
      {
        same = String(decoding: buffer, as: UTF8.self) == text
      }
      if !same { found.removeAll { $0.rule == "file.encoding" } }
    }
    return found + folderProblems(relative)
  }

  /// The problems of the folders `relative` lies in (its account's, and one too deep to be
  /// read), placed at the top of the file.
  func folderProblems(_ relative: String) -> [Diagnostic] {
    var found: [Diagnostic] = []
    var index = relative.startIndex
    while let slash = relative[index...].firstIndex(of: "/") {
      for var problem in notebook.loadDiagnostics[String(relative[...slash])] ?? [] {
        problem.location = .file(relative)
        problem.position = nil
        found.append(problem)
      }
      index = relative.index(after: slash)
    }
    return found
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

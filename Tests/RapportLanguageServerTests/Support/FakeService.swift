import Dispatch
import Foundation
import Synchronization

@testable import RapportLanguageServer

/// A stand-in for the notebook: a small, predictable language service.
///
/// - Every `mistake` in a document is an error (`fake.mistake`), fixed by a quick fix.
/// - `needs-glossary` is a warning until some open document contains `glossary:`, so an edit to
///   one document changes another's diagnostics.
/// - `slow-diagnostics` and `slow-hover` make those calls wait for the test to release them.
final class FakeService: LanguageService {
  struct State {
    var texts: [String: String] = [:]
    var events: [String] = []
    var completionCalls = 0
    var changeCalls = 0
  }

  let state = Mutex(State())
  /// Signalled when a call enters a slow path; the test then signals the matching gate.
  let diagnosticsStarted = DispatchSemaphore(value: 0)
  let diagnosticsGate = DispatchSemaphore(value: 0)
  let hoverStarted = DispatchSemaphore(value: 0)
  let hoverGate = DispatchSemaphore(value: 0)
  /// Where `Dana` is defined.
  let profilePath: String

  init(profilePath: String = "/notebook/acme/profile.md") {
    self.profilePath = profilePath
  }

  var features: ServiceFeatures {
    ServiceFeatures(completionTriggerCharacters: ["@"], watchedFiles: ["**/*.md"])
  }

  var events: [String] { state.withLock { $0.events } }

  /// Waits until the service has received `event` (a guard against a hung test, not a
  /// measurement).
  func waitForEvent(_ event: String) throws {
    let deadline = ContinuousClock.now + .seconds(60)
    while !events.contains(event) {
      guard ContinuousClock.now < deadline else { throw WaitError.timedOut }
      usleep(1000)
    }
  }

  func start(workspaceFolders: [WorkspaceFolder]) {
    record("start \(workspaceFolders.map(\.path).joined(separator: ","))")
  }

  func documentOpened(_ document: DocumentSnapshot) -> AffectedDocuments {
    record("opened \(document.path) v\(document.version)")
    return remember(document)
  }

  func documentChanged(_ document: DocumentSnapshot) -> AffectedDocuments {
    state.withLock { $0.changeCalls += 1 }
    return remember(document)
  }

  func documentSaved(_ document: DocumentSnapshot) -> AffectedDocuments {
    record("saved \(document.path)")
    return .none
  }

  func documentClosed(path: String) -> AffectedDocuments {
    record("closed \(path)")
    let text = state.withLock { $0.texts.removeValue(forKey: path) }
    return text?.contains("glossary:") == true ? .all : .none
  }

  func filesChanged(_ changes: [FileChange]) -> AffectedDocuments {
    record("files " + changes.map { "\($0.kind) \($0.path)" }.joined(separator: ", "))
    return .all
  }

  /// Keeps the text; a change to a glossary affects every document.
  private func remember(_ document: DocumentSnapshot) -> AffectedDocuments {
    let before = state.withLock { state in
      defer { state.texts[document.path] = document.text }
      return state.texts[document.path]
    }
    let glossary = document.text.contains("glossary:") || before?.contains("glossary:") == true
    return glossary ? .all : .none
  }

  func diagnostics(
    for document: DocumentSnapshot, cancellation: Cancellation
  ) throws
    -> [EditorDiagnostic]
  {
    if document.text.contains("slow-diagnostics") {
      diagnosticsStarted.signal()
      diagnosticsGate.wait()
    }
    try cancellation.check()
    var diagnostics = Self.occurrences(of: "mistake", in: document.text).map {
      EditorDiagnostic(
        range: $0, severity: .error, code: "fake.mistake", message: "“mistake” is a mistake")
    }
    let hasGlossary = state.withLock { $0.texts.values.contains { $0.contains("glossary:") } }
    if !hasGlossary {
      diagnostics += Self.occurrences(of: "needs-glossary", in: document.text).map {
        EditorDiagnostic(
          range: $0, severity: .warning, code: "fake.glossary.missing", message: "no glossary")
      }
    }
    return diagnostics
  }

  func completion(
    at position: DocumentPosition, cancellation: Cancellation
  ) throws
    -> [CompletionItem]
  {
    state.withLock { $0.completionCalls += 1 }
    let line = Self.lines(position.document.text)[position.location.line - 1]
    let before = Array(line.unicodeScalars.prefix(position.location.column - 1))
    let at = before.lastIndex(of: "@").map { $0 + 1 } ?? position.location.column
    let replaced = TextRange(
      start: TextLocation(line: position.location.line, column: at), end: position.location)
    return [
      CompletionItem(
        label: "@Dana Ñúñez", kind: .reference, detail: "Head of Research",
        documentation: "**Dana** leads research.", insertText: "@Dana", replacing: replaced),
      CompletionItem(label: "#pricing", kind: .value),
    ]
  }

  func hover(at position: DocumentPosition, cancellation: Cancellation) throws -> Hover? {
    if position.document.text.contains("slow-hover") {
      hoverStarted.signal()
      hoverGate.wait()
    }
    let word = Self.occurrences(of: "mistake", in: position.document.text).first {
      $0.contains(position.location)
    }
    return word.map { Hover(markdown: "**mistake**: a word to avoid", range: $0) }
  }

  func definition(
    at position: DocumentPosition, cancellation: Cancellation
  ) throws
    -> [DefinitionTarget]
  {
    guard
      let origin = Self.occurrences(of: "Dana", in: position.document.text).first(where: {
        $0.contains(position.location)
      })
    else { return [] }
    return [
      DefinitionTarget(
        path: profilePath, range: TextRange(line: 3, column: 1, length: 20),
        selectionRange: TextRange(line: 3, column: 3, length: 11), originRange: origin)
    ]
  }

  func codeActions(
    in document: DocumentSnapshot, range: TextRange, diagnostics: [EditorDiagnostic],
    cancellation: Cancellation
  ) throws -> [CodeAction] {
    diagnostics.filter { $0.code == "fake.mistake" }.map { diagnostic in
      CodeAction(
        title: "Replace with “correction”", diagnostics: [diagnostic],
        edits: [
          FileEdit(
            path: document.path, edits: [TextEdit(range: diagnostic.range, newText: "correction")])
        ], isPreferred: true)
    }
  }

  func documentSymbols(
    in document: DocumentSnapshot, cancellation: Cancellation
  ) throws
    -> [DocumentSymbol]
  {
    var symbols: [DocumentSymbol] = []
    for (index, line) in Self.lines(document.text).enumerated() {
      let length = line.unicodeScalars.count
      let range = TextRange(line: index + 1, column: 1, length: length)
      if line.hasPrefix("## "), !symbols.isEmpty {
        let name = TextRange(line: index + 1, column: 4, length: length - 3)
        symbols[symbols.count - 1].children.append(
          DocumentSymbol(
            name: String(line.dropFirst(3)), kind: .namespace, range: range,
            selectionRange: name))
      } else if line.hasPrefix("# ") {
        let name = TextRange(line: index + 1, column: 3, length: length - 2)
        symbols.append(
          DocumentSymbol(
            name: String(line.dropFirst(2)), detail: "section", kind: .namespace, range: range,
            selectionRange: name))
      }
    }
    return symbols
  }

  private func record(_ event: String) {
    state.withLock { $0.events.append(event) }
  }
}

extension FakeService {
  /// The lines of `text`, split as rapport splits them.
  static func lines(_ text: String) -> [Substring] {
    text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    )
  }

  /// Where `word` occurs, in 1-based lines and scalar columns.
  static func occurrences(of word: String, in text: String) -> [TextRange] {
    let needle = Array(word.unicodeScalars)
    var ranges: [TextRange] = []
    for (index, line) in lines(text).enumerated() {
      let scalars = Array(line.unicodeScalars)
      guard scalars.count >= needle.count else { continue }
      for start in 0...(scalars.count - needle.count)
      where Array(scalars[start..<start + needle.count]) == needle {
        ranges.append(TextRange(line: index + 1, column: start + 1, length: needle.count))
      }
    }
    return ranges
  }
}

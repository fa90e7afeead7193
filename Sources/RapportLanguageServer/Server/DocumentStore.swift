import Synchronization

/// The documents open in the editor: each one's URI, version, language id and current text,
/// and nothing older, whatever the number of edits.
final class DocumentStore: Sendable {
  /// One open document.
  struct Document: Sendable {
    let uri: String
    /// Absolute path, for `file:` URIs only.
    let path: String?
    var languageID: String
    var version: Int
    var text: DocumentText
    /// Grows with every open and edit and is unique across documents, so that work done on an
    /// older text is recognised.
    var generation: UInt64

    /// The document as the service sees it; nil when it is not a file.
    var snapshot: DocumentSnapshot? {
      path.map {
        DocumentSnapshot(path: $0, version: version, languageID: languageID, text: text.string)
      }
    }
  }

  /// One entry of `textDocument/didChange`'s `contentChanges`.
  enum ContentChange: Sendable {
    case whole(String)
    case range(LSPRange, String)
  }

  private struct State {
    var documents: [String: Document] = [:]
    /// The URI of the open document at each path.
    var uriByPath: [String: String] = [:]
    var nextGeneration: UInt64 = 1
  }

  private let state = Mutex(State())

  /// Opens a document, or replaces one already open at `uri`.
  func open(uri: String, languageID: String, version: Int, text: String) {
    let path = FileURI.path(fromURI: uri)
    let text = DocumentText(text)
    state.withLock { state in
      let document = Document(
        uri: uri, path: path, languageID: languageID, version: version, text: text,
        generation: state.nextGeneration)
      state.nextGeneration += 1
      state.documents[uri] = document
      if let path { state.uriByPath[path] = uri }
    }
  }

  /// Applies content changes in order, in the given encoding's units; false if `uri` is not open.
  func change(
    uri: String, version: Int, changes: [ContentChange], encoding: PositionEncoding
  ) -> Bool {
    state.withLock { state in
      guard var document = state.documents.removeValue(forKey: uri) else { return false }
      // Removed while edited, so the text is not shared and changes in place.
      for change in changes {
        switch change {
        case .whole(let text): document.text.replaceAll(with: text)
        case .range(let range, let text): document.text.apply(range, text: text, encoding: encoding)
        }
      }
      document.version = version
      document.generation = state.nextGeneration
      state.nextGeneration += 1
      state.documents[uri] = document
      return true
    }
  }

  /// Closes a document and calls `body` with it before any result for it can be published.
  @discardableResult
  func close(uri: String, _ body: (Document) -> Void = { _ in }) -> Document? {
    state.withLock { state in
      guard let document = state.documents.removeValue(forKey: uri) else { return nil }
      if let path = document.path, state.uriByPath[path] == uri { state.uriByPath[path] = nil }
      body(document)
      return document
    }
  }

  func document(uri: String) -> Document? {
    state.withLock { $0.documents[uri] }
  }

  func document(path: String) -> Document? {
    state.withLock { state in state.uriByPath[path].flatMap { state.documents[$0] } }
  }

  /// Every open document, by URI.
  func all() -> [String: Document] {
    state.withLock { $0.documents }
  }

  /// Calls `body` if the document at `uri` is still open at `generation`, holding the store so
  /// that it cannot change or close meanwhile; returns whether it did.
  @discardableResult
  func ifCurrent(uri: String, generation: UInt64, _ body: () -> Void) -> Bool {
    state.withLock { state in
      guard state.documents[uri]?.generation == generation else { return false }
      body()
      return true
    }
  }

  var count: Int { state.withLock { $0.documents.count } }

  /// The size of every open document's text together, in UTF-8 bytes.
  var textSize: Int { state.withLock { $0.documents.values.reduce(0) { $0 + $1.text.utf8Count } } }
}

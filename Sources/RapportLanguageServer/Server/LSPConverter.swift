/// Turns the service's answers (1-based lines, scalar columns) into LSP JSON in the agreed
/// encoding, and LSP values into the service's terms.
///
/// Ranges in the requesting document use its text; ranges in other files use the open
/// document's text, else the file on disk, read once per request.
struct LSPConverter {
  let client: ClientSupport
  let documents: DocumentStore
  /// Files other than open documents, by path: their text, or nil when unreadable.
  private var files: [String: DocumentText?] = [:]

  init(client: ClientSupport, documents: DocumentStore) {
    self.client = client
    self.documents = documents
  }

  var encoding: PositionEncoding { client.encoding }

  func range(_ range: TextRange, in text: DocumentText?) -> JSON {
    guard let text else {
      // No text to measure: count every character as one unit.
      func position(_ location: TextLocation) -> JSON {
        LSPPosition(line: max(0, location.line - 1), character: max(0, location.column - 1)).json
      }
      return ["start": position(range.start), "end": position(max(range.start, range.end))]
    }
    return text.range(of: range, encoding: encoding).json
  }

  /// The URI and text to place ranges in the file at `path`.
  mutating func file(_ path: String) -> (uri: String, text: DocumentText?) {
    if let document = documents.document(path: path) { return (document.uri, document.text) }
    let uri = FileURI.uri(fromPath: path)
    if let cached = files[path] { return (uri, cached) }
    let text = FileContents.read(path: path).map(DocumentText.init)
    files[path] = text
    return (uri, text)
  }

  /// An LSP `Diagnostic`, with rapport as its source and the rule id as its code.
  func diagnostic(_ diagnostic: EditorDiagnostic, in text: DocumentText) -> JSON {
    let severity: Int
    switch diagnostic.severity {
    case .error: severity = 1
    case .warning: severity = 2
    case .information: severity = 3
    case .hint: severity = 4
    }
    return [
      "range": range(diagnostic.range, in: text),
      "severity": .integer(severity),
      "code": .string(diagnostic.code),
      "source": "rapport",
      "message": .string(diagnostic.message),
    ]
  }

  /// A diagnostic the editor sent back (in a code action request); nil if it is not readable.
  func editorDiagnostic(_ json: JSON, in text: DocumentText) -> EditorDiagnostic? {
    guard let range = json["range"].flatMap(LSPRange.init),
      let message = json["message"]?.stringValue
    else { return nil }
    let severity: EditorDiagnostic.Severity
    switch json["severity"]?.intValue {
    case 2: severity = .warning
    case 3: severity = .information
    case 4: severity = .hint
    default: severity = .error
    }
    let code = json["code"].map { $0.stringValue ?? $0.intValue.map(String.init) ?? "" } ?? ""
    return EditorDiagnostic(
      range: text.range(of: range, encoding: encoding), severity: severity, code: code,
      message: message)
  }

  /// `PublishDiagnosticsParams` for a document.
  func publishParams(
    uri: String, version: Int?, diagnostics: [EditorDiagnostic], in text: DocumentText
  ) -> JSON {
    .members([
      ("uri", .string(uri)),
      ("version", version.map(JSON.integer)),
      ("diagnostics", .array(diagnostics.map { diagnostic($0, in: text) })),
    ])
  }

  /// Markdown as `MarkupContent`, or as plain text for an editor without Markdown.
  static func markup(_ markdown: String, markdownSupported: Bool) -> JSON {
    ["kind": markdownSupported ? "markdown" : "plaintext", "value": .string(markdown)]
  }
}

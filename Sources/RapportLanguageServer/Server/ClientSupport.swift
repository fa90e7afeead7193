/// What the editor said it supports in `initialize`, and the position encoding agreed on.
struct ClientSupport: Sendable {
  var encoding: PositionEncoding = .utf16
  /// `LocationLink` results for go-to-definition.
  var locationLinks = false
  /// Nested `DocumentSymbol` results rather than a flat list.
  var hierarchicalSymbols = false
  var markdownHover = true
  var markdownCompletionDocumentation = true
  /// The server may ask the editor to watch files (`client/registerCapability`).
  var registersFileWatchers = false

  init() {}

  /// Reads `InitializeParams.capabilities`; anything missing counts as unsupported.
  init(capabilities: JSON) {
    let offered = capabilities["general"]?["positionEncodings"]?.arrayValue ?? []
    encoding = .negotiate(offered: offered.compactMap(\.stringValue))
    let document = capabilities["textDocument"]
    locationLinks = document?["definition"]?["linkSupport"]?.boolValue ?? false
    hierarchicalSymbols =
      document?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue ?? false
    markdownHover = Self.allowsMarkdown(document?["hover"]?["contentFormat"])
    markdownCompletionDocumentation = Self.allowsMarkdown(
      document?["completion"]?["completionItem"]?["documentationFormat"])
    registersFileWatchers =
      capabilities["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue
      ?? false
  }

  /// Markdown unless the editor lists formats without it.
  private static func allowsMarkdown(_ formats: JSON?) -> Bool {
    guard let formats = formats?.arrayValue else { return true }
    return formats.contains("markdown")
  }
}

/// The `initialize` answer's parts that do not depend on the editor.
enum ServerCapabilities {
  /// `ServerCapabilities` for a service's features in the agreed encoding.
  static func json(features: ServiceFeatures, encoding: PositionEncoding) -> JSON {
    [
      "positionEncoding": .string(encoding.rawValue),
      "textDocumentSync": [
        "openClose": true,
        "change": 2,  // incremental
        "save": ["includeText": false],
      ],
      "completionProvider": [
        "triggerCharacters": .array(features.completionTriggerCharacters.map(JSON.string)),
        "resolveProvider": false,
      ],
      "hoverProvider": true,
      "definitionProvider": true,
      "codeActionProvider": [
        "codeActionKinds": .array(
          [CodeAction.Kind.quickFix, .refactor, .source].map { .string($0.rawValue) }),
        "resolveProvider": false,
      ],
      "documentSymbolProvider": true,
    ]
  }

  /// The folders of `InitializeParams`: `workspaceFolders`, else `rootUri`, else `rootPath`.
  static func workspaceFolders(_ params: JSON) -> [WorkspaceFolder] {
    if let folders = params["workspaceFolders"]?.arrayValue {
      return folders.compactMap { folder in
        guard let uri = folder["uri"]?.stringValue, let path = FileURI.path(fromURI: uri) else {
          return nil
        }
        return WorkspaceFolder(path: path, name: folder["name"]?.stringValue ?? lastComponent(path))
      }
    }
    let root =
      params["rootUri"]?.stringValue.flatMap(FileURI.path) ?? params["rootPath"]?.stringValue
    guard let root, !root.isEmpty else { return [] }
    return [WorkspaceFolder(path: root, name: lastComponent(root))]
  }

  private static func lastComponent(_ path: String) -> String {
    String(path.split(separator: "/").last ?? Substring(path))
  }
}

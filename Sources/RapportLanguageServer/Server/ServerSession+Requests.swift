extension ServerSession {
  /// Queues a request the service answers; false for a method the server does not know.
  func handleFeatureRequest(
    _ id: RequestID, _ method: String, _ params: Params
  )
    throws(ResponseError) -> Bool
  {
    let service = self.service
    switch method {
    case "textDocument/completion":
      let position = try params.position("position")
      try submit(id, params, whenNotOpen: ["isIncomplete": false, "items": []]) {
        document, converter, cancellation in
        let cursor = DocumentPosition(
          document: document.snapshot!,
          location: document.text.location(of: position, encoding: converter.encoding))
        let items = try service.completion(at: cursor, cancellation: cancellation)
        return converter.completionList(items, in: document.text)
      }
    case "textDocument/hover":
      let position = try params.position("position")
      try submit(id, params, whenNotOpen: .null) { document, converter, cancellation in
        let cursor = DocumentPosition(
          document: document.snapshot!,
          location: document.text.location(of: position, encoding: converter.encoding))
        return converter.hover(
          try service.hover(at: cursor, cancellation: cancellation), in: document.text)
      }
    case "textDocument/definition":
      let position = try params.position("position")
      try submit(id, params, whenNotOpen: .null) { document, converter, cancellation in
        let cursor = DocumentPosition(
          document: document.snapshot!,
          location: document.text.location(of: position, encoding: converter.encoding))
        let targets = try service.definition(at: cursor, cancellation: cancellation)
        return converter.definitions(targets, in: document.text)
      }
    case "textDocument/codeAction":
      let range = try params.range("range")
      let shown = params.value("context", "diagnostics")?.arrayValue ?? []
      let only = params.value("context", "only")?.arrayValue?.compactMap(\.stringValue)
      try submit(id, params, whenNotOpen: []) { document, converter, cancellation in
        let actions = try service.codeActions(
          in: document.snapshot!,
          range: document.text.range(of: range, encoding: converter.encoding),
          diagnostics: shown.compactMap { converter.editorDiagnostic($0, in: document.text) },
          cancellation: cancellation)
        return converter.codeActions(actions, only: only, in: document.text)
      }
    case "textDocument/documentSymbol":
      try submit(id, params, whenNotOpen: []) { document, converter, cancellation in
        let symbols = try service.documentSymbols(
          in: document.snapshot!, cancellation: cancellation)
        return converter.documentSymbols(symbols, uri: document.uri, in: document.text)
      }
    default:
      return false
    }
    return true
  }

  /// Queues work on the document named in `params`, as it is now. A document that is not open,
  /// or not a file, gets `whenNotOpen` at once.
  private func submit(
    _ id: RequestID, _ params: Params, whenNotOpen empty: JSON,
    _ work:
      @escaping @Sendable (DocumentStore.Document, inout LSPConverter, Cancellation) throws
      -> JSON
  ) throws(ResponseError) {
    let uri = try params.string("textDocument", "uri")
    guard let document = documents.document(uri: uri), document.path != nil else {
      writer.respond(to: id, with: .success(empty))
      return
    }
    let converter = LSPConverter(client: client, documents: documents)
    lane.submit(id) { cancellation in
      var converter = converter
      try cancellation.check()
      return try work(document, &converter, cancellation)
    }
  }
}

extension DiagnosticsScheduler {
  /// One run: tells the service what changed, then checks and publishes every document that
  /// changed or that the service says is affected.
  func check(_ run: Cancellation) {
    let open = documents.all()
    let pending = state.withLock { state in
      defer {
        state.saved = []
        state.fileChanges = [:]
        state.unchecked = []
      }
      return state
    }
    var delivered = pending.delivered
    var affected = AffectedDocuments.none
    var toCheck = pending.unchecked

    for (uri, entry) in delivered.sorted(by: { $0.key < $1.key }) where open[uri] == nil {
      affected.formUnion(service.documentClosed(path: entry.path))
      delivered[uri] = nil
    }
    for (uri, document) in open.sorted(by: { $0.key < $1.key }) {
      guard let snapshot = document.snapshot else { continue }
      switch delivered[uri]?.generation {
      case nil:
        affected.formUnion(service.documentOpened(snapshot))
        toCheck.insert(uri)
      case let generation? where generation != document.generation:
        affected.formUnion(service.documentChanged(snapshot))
        toCheck.insert(uri)
      default: break
      }
      delivered[uri] = Delivered(path: snapshot.path, generation: document.generation)
    }
    for uri in pending.saved.sorted() {
      if let snapshot = open[uri]?.snapshot { affected.formUnion(service.documentSaved(snapshot)) }
    }
    if !pending.fileChanges.isEmpty {
      let changes = pending.fileChanges.map { FileChange(path: $0.key, kind: $0.value) }
      affected.formUnion(service.filesChanged(changes.sorted { $0.path < $1.path }))
    }
    state.withLock { $0.delivered = delivered }

    for (uri, document) in open {
      guard let path = document.path else { continue }
      if affected.everyDocument || affected.paths.contains(path) { toCheck.insert(uri) }
    }
    let order = toCheck.sorted()
    for (index, uri) in order.enumerated() {
      guard !run.isCancelled else { return requeue(order[index...]) }
      guard let document = open[uri], let snapshot = document.snapshot else { continue }
      do {
        let diagnostics = try service.diagnostics(for: snapshot, cancellation: run)
        publish(diagnostics, for: document, client: pending.client)
      } catch is CancellationError where run.isCancelled {
        return requeue(order[index...])
      } catch {
        log("checking \(snapshot.path) failed: \(error)")
      }
    }
  }

  private func requeue(_ uris: ArraySlice<String>) {
    state.withLock { $0.unchecked.formUnion(uris) }
  }

  /// Publishes unless the document changed or closed since the check began (a later run will
  /// check the new text).
  private func publish(
    _ diagnostics: [EditorDiagnostic], for document: DocumentStore.Document, client: ClientSupport
  ) {
    let converter = LSPConverter(client: client, documents: documents)
    let params = converter.publishParams(
      uri: document.uri, version: document.version, diagnostics: diagnostics, in: document.text)
    documents.ifCurrent(uri: document.uri, generation: document.generation) {
      writer.notify("textDocument/publishDiagnostics", params)
    }
  }
}

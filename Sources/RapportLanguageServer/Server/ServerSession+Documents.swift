extension ServerSession {
  /// Handles a notification once initialized; unknown ones, `$/` ones included, are ignored.
  func handleNotification(_ method: String, _ params: Params) {
    do throws(ResponseError) {
      switch method {
      case "initialized": registerFileWatchers()
      case "textDocument/didOpen": try didOpen(params)
      case "textDocument/didChange": try didChange(params)
      case "textDocument/didClose": try didClose(params)
      case "textDocument/didSave":
        scheduler.documentSaved(uri: try params.string("textDocument", "uri"))
      case "workspace/didChangeWatchedFiles": try didChangeWatchedFiles(params)
      case "$/cancelRequest":
        guard let id = params.value("id").flatMap(RequestID.init) else {
          throw ResponseError.invalidParams("params.id must be an integer or a string")
        }
        lane.cancel(id)
      default: break
      }
    } catch {
      configuration.log("ignored \(method): \(error.message)")
    }
  }

  private func didOpen(_ params: Params) throws(ResponseError) {
    documents.open(
      uri: try params.string("textDocument", "uri"),
      languageID: try params.string("textDocument", "languageId"),
      version: try params.integer("textDocument", "version"),
      text: try params.string("textDocument", "text"))
    scheduler.documentsChanged()
  }

  private func didChange(_ params: Params) throws(ResponseError) {
    let uri = try params.string("textDocument", "uri")
    let version = try params.integer("textDocument", "version")
    var changes: [DocumentStore.ContentChange] = []
    for change in try params.array("contentChanges") {
      let change = Params(change)
      let text = try change.string("text")
      if change.value("range") == nil {
        changes.append(.whole(text))
      } else {
        changes.append(.range(try change.range("range"), text))
      }
    }
    guard documents.change(uri: uri, version: version, changes: changes, encoding: client.encoding)
    else { throw .invalidParams("\(uri) is not open") }
    scheduler.documentsChanged()
  }

  private func didClose(_ params: Params) throws(ResponseError) {
    let uri = try params.string("textDocument", "uri")
    let closed = documents.close(uri: uri) { document in
      // Inside the store's lock: no result for the closed text can be published after this.
      guard document.path != nil else { return }
      writer.notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
    }
    guard closed != nil else { throw .invalidParams("\(uri) is not open") }
    scheduler.documentsChanged()
  }

  private func didChangeWatchedFiles(_ params: Params) throws(ResponseError) {
    var changes: [FileChange] = []
    for change in try params.array("changes") {
      let change = Params(change)
      guard let path = FileURI.path(fromURI: try change.string("uri")) else { continue }
      let kind: FileChange.Kind
      switch try change.integer("type") {
      case 1: kind = .created
      case 3: kind = .deleted
      default: kind = .changed
      }
      changes.append(FileChange(path: path, kind: kind))
    }
    if !changes.isEmpty { scheduler.filesChanged(changes) }
  }

  /// Asks the editor to report changes to the service's files, when it can be asked.
  private func registerFileWatchers() {
    guard client.registersFileWatchers, !features.watchedFiles.isEmpty else { return }
    let watchers = features.watchedFiles.map { pattern -> JSON in ["globPattern": .string(pattern)]
    }
    let registration: JSON = [
      "id": "rapport-watched-files",
      "method": "workspace/didChangeWatchedFiles",
      "registerOptions": ["watchers": .array(watchers)],
    ]
    writer.request(
      .string("rapport-register-watchers"), "client/registerCapability",
      ["registrations": [registration]])
  }
}

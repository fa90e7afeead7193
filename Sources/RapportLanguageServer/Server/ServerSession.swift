/// One connection as the reader thread sees it: the lifecycle, and where each message goes.
///
/// Only the reader thread uses a session. It handles the cheap messages itself (lifecycle,
/// document text, cancellation) and hands the service's work to the request lane and the
/// diagnostics scheduler.
final class ServerSession {
  enum Phase {
    /// Before `initialize`: requests get `ServerNotInitialized`.
    case waiting
    case running
    /// After `shutdown`: requests get `InvalidRequest` and nothing is published, until `exit`.
    case shuttingDown
  }

  private(set) var phase = Phase.waiting
  var client = ClientSupport()
  var features = ServiceFeatures()
  let configuration: LanguageServer.Configuration
  let service: any LanguageService
  let documents: DocumentStore
  let writer: MessageWriter
  let lane: RequestLane
  let scheduler: DiagnosticsScheduler

  init(
    service: any LanguageService, configuration: LanguageServer.Configuration,
    documents: DocumentStore, writer: MessageWriter
  ) {
    self.service = service
    self.configuration = configuration
    self.documents = documents
    self.writer = writer
    lane = RequestLane(writer: writer)
    scheduler = DiagnosticsScheduler(
      service: service, documents: documents, writer: writer,
      delay: configuration.diagnosticsDelay, log: configuration.log)
  }

  /// Handles one message body; returns the exit status once the editor sends `exit`.
  func receive(_ body: [UInt8]) -> Int32? {
    let json: JSON
    do {
      json = try JSONParser.parse(body, maximumSize: configuration.maximumMessageSize)
    } catch {
      writer.respond(to: nil, with: .failure(.parseError(error.description)))
      return nil
    }
    let message: IncomingMessage
    do {
      message = try IncomingMessage(json)
    } catch {
      writer.respond(to: error.id, with: .failure(.invalidRequest(error.reason)))
      return nil
    }
    switch message {
    case .response:
      return nil
    case .notification(let method, let params):
      if method == "exit" { return phase == .shuttingDown ? 0 : 1 }
      guard phase == .running else { return nil }
      handleNotification(method, Params(params))
      return nil
    case .request(let id, let method, let params):
      handleRequest(id, method, Params(params))
      return nil
    }
  }

  /// The status when input ends without `exit`: 0 after `shutdown`, else 1.
  var statusAtEndOfInput: Int32 { phase == .shuttingDown ? 0 : 1 }

  private func handleRequest(_ id: RequestID, _ method: String, _ params: Params) {
    switch (phase, method) {
    case (.waiting, "initialize"):
      initialize(id, params)
    case (.waiting, _):
      writer.respond(to: id, with: .failure(.serverNotInitialized))
    case (.shuttingDown, _):
      writer.respond(to: id, with: .failure(.invalidRequest("the server is shutting down")))
    case (.running, "initialize"):
      writer.respond(to: id, with: .failure(.invalidRequest("the server is already initialized")))
    case (.running, "shutdown"):
      phase = .shuttingDown
      scheduler.stop()
      // Through the lane, so that it comes after the answers to earlier requests.
      lane.submit(id) { _ in .null }
    case (.running, _):
      do {
        guard try handleFeatureRequest(id, method, params) else {
          writer.respond(to: id, with: .failure(.methodNotFound(method)))
          return
        }
      } catch {
        writer.respond(to: id, with: .failure(error))
      }
    }
  }

  private func initialize(_ id: RequestID, _ params: Params) {
    guard params.json.objectValue != nil else {
      writer.respond(to: id, with: .failure(.invalidParams("initialize needs params")))
      return
    }
    client = ClientSupport(capabilities: params.value("capabilities") ?? .null)
    features = service.features
    phase = .running
    scheduler.start(
      workspaceFolders: ServerCapabilities.workspaceFolders(params.json), client: client)
    let result: JSON = [
      "capabilities": ServerCapabilities.json(features: features, encoding: client.encoding),
      "serverInfo": [
        "name": .string(configuration.name), "version": .string(configuration.version),
      ],
    ]
    writer.respond(to: id, with: .success(result))
  }

  /// Stops the service's work and waits for what is under way, within the grace period.
  func finish() {
    scheduler.stop()
    let deadline = ContinuousClock.now + configuration.exitGracePeriod
    if !lane.drain(timeout: deadline - .now) { configuration.log("requests still running at exit") }
    if !scheduler.drain(timeout: max(.zero, deadline - .now)) {
      configuration.log("diagnostics still running at exit")
    }
    writer.close()
  }
}

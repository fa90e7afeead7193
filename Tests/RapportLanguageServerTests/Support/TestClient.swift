import Foundation
import Synchronization

@testable import RapportLanguageServer

/// An editor in a test: writes framed messages into the server's input pipe and reads what the
/// server answers. The server runs on a thread of its own, as `rapport lsp` would on stdin.
final class TestClient {
  let service: FakeService
  let server: LanguageServer
  let log = MessageLog()
  private let run = ServerRun()
  private let input: Int32
  private var nextID = 1
  private var closed = false

  init(
    service: FakeService = FakeService(), delay: Duration = .zero,
    maximumMessageSize: Int = 32 << 20
  ) {
    signal(SIGPIPE, SIG_IGN)
    self.service = service
    let run = self.run
    server = LanguageServer(
      service: service,
      configuration: .init(
        version: "9.9.9", diagnosticsDelay: delay, maximumMessageSize: maximumMessageSize,
        log: { message in run.log.withLock { $0.append(message) } }))
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0)
    input = ends[1]
    let source = FileDescriptorSource(descriptor: ends[0])
    let (server, log) = (server, log)
    Thread.detachNewThread {
      let result = server.run(input: source, output: log)
      close(source.descriptor)
      run.status.withLock { $0 = result }
      run.finished.signal()
    }
  }

  /// What the server logged for people.
  var serverLog: [String] { run.log.withLock { $0 } }

  deinit {
    if !closed { close(input) }
  }

  /// Writes bytes to the server's input as they are.
  func sendRaw(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(input, buffer.baseAddress! + offset, buffer.count - offset)
        guard written > 0 else { return }
        offset += written
      }
    }
  }

  func sendRaw(_ text: String) { sendRaw(Array(text.utf8)) }

  /// Writes one message with a `Content-Length` header.
  func send(_ message: JSON) {
    let body = message.serialized()
    sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
  }

  func notify(_ method: String, _ params: JSON = .null) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  /// Sends a request without waiting; returns its id.
  @discardableResult
  func sendRequest(_ method: String, _ params: JSON = .null) -> Int {
    let id = nextID
    nextID += 1
    send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
    return id
  }

  /// Sends a request and waits for its response.
  func request(_ method: String, _ params: JSON = .null) throws -> JSON {
    try response(to: sendRequest(method, params))
  }

  /// The response to request `id`, once it arrives.
  func response(to id: Int) throws -> JSON {
    try log.first { $0["id"] == .integer(id) && $0["method"] == nil }.message
  }

  /// Initializes with the client's offered encodings and capabilities; returns the result.
  @discardableResult
  func initialize(
    encodings: [String]? = nil, textDocument: JSON = [:], workspace: JSON = [:]
  )
    throws -> JSON
  {
    var capabilities: [String: JSON] = ["textDocument": textDocument, "workspace": workspace]
    if let encodings {
      capabilities["general"] = ["positionEncodings": .array(encodings.map(JSON.string))]
    }
    let response = try request(
      "initialize",
      [
        "processId": .null, "rootUri": "file:///notebook",
        "capabilities": .object(capabilities),
      ])
    notify("initialized", [:])
    return response["result"] ?? .null
  }

  func open(_ uri: String, _ text: String, version: Int = 1) {
    notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "markdown", "version": .integer(version),
          "text": .string(text),
        ]
      ])
  }

  /// The next `publishDiagnostics` for `uri` from message `start` on that satisfies `predicate`.
  func diagnostics(
    for uri: String, from start: Int = 0, where predicate: (JSON) -> Bool = { _ in true }
  ) throws -> (index: Int, params: JSON) {
    let found = try log.first(from: start) { message in
      message["method"] == "textDocument/publishDiagnostics"
        && message["params"]?["uri"] == .string(uri) && predicate(message["params"]!)
    }
    return (found.index, found.message["params"]!)
  }

  /// Closes the server's input and returns its exit status.
  func finish() throws -> Int32 {
    if !closed {
      close(input)
      closed = true
    }
    guard run.finished.wait(timeout: .now() + 60) == .success else { throw WaitError.timedOut }
    return run.status.withLock { $0 }!
  }

  /// Sends `exit` and returns the exit status.
  func exit() throws -> Int32 {
    notify("exit")
    return try finish()
  }
}

/// The server thread's outcome and log.
private final class ServerRun: Sendable {
  let status = Mutex<Int32?>(nil)
  let finished = DispatchSemaphore(value: 0)
  let log = Mutex<[String]>([])
}

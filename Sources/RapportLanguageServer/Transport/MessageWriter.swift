import Synchronization

/// Writes framed JSON-RPC messages to a sink, one whole message at a time, from any thread.
///
/// After a failed write (the client has gone) or `close()`, messages are dropped.
final class MessageWriter: Sendable {
  private let sink: any ByteSink
  /// True once closed or broken.
  private let closed = Mutex(false)
  private let log: @Sendable (String) -> Void

  init(sink: any ByteSink, log: @escaping @Sendable (String) -> Void) {
    self.sink = sink
    self.log = log
  }

  /// Frames and writes `message`.
  func send(_ message: JSON) {
    let body = message.serialized()
    var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
    frame.append(contentsOf: body)
    let sink = self.sink
    let failure: (any Error)? = closed.withLock { closed in
      guard !closed else { return nil }
      do {
        try frame.withUnsafeBytes { try sink.write($0) }
        return nil
      } catch {
        closed = true
        return error
      }
    }
    if let failure { log("cannot write to the client, dropping further messages: \(failure)") }
  }

  /// Answers request `id` (null when the request's id could not be read).
  func respond(to id: RequestID?, with outcome: Result<JSON, ResponseError>) {
    var message: [String: JSON] = ["jsonrpc": "2.0", "id": id?.json ?? .null]
    switch outcome {
    case .success(let result): message["result"] = result
    case .failure(let error): message["error"] = error.json
    }
    send(.object(message))
  }

  func notify(_ method: String, _ params: JSON) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  func request(_ id: RequestID, _ method: String, _ params: JSON) {
    send(["jsonrpc": "2.0", "id": id.json, "method": .string(method), "params": params])
  }

  /// Drops every later message.
  func close() {
    closed.withLock { $0 = true }
  }
}

/// A JSON-RPC request id: an integer or a string.
enum RequestID: Hashable, Sendable, CustomStringConvertible {
  case number(Int)
  case string(String)

  init?(_ json: JSON) {
    switch json {
    case .integer(let value): self = .number(value)
    case .string(let value): self = .string(value)
    default: return nil
    }
  }

  var json: JSON {
    switch self {
    case .number(let value): return .integer(value)
    case .string(let value): return .string(value)
    }
  }

  var description: String {
    switch self {
    case .number(let value): return String(value)
    case .string(let value): return "\"\(value)\""
    }
  }
}

/// A JSON-RPC 2.0 message from the client.
enum IncomingMessage {
  case request(id: RequestID, method: String, params: JSON)
  case notification(method: String, params: JSON)
  /// A response to a request the server sent; its content is not needed.
  case response(id: RequestID?)

  /// Classifies a parsed message; a message that is not valid JSON-RPC throws, with its id if
  /// one could be read.
  init(_ json: JSON) throws(InvalidMessage) {
    guard case .object(let members) = json else {
      let what =
        json.arrayValue != nil ? "batches are not supported" : "a message must be an object"
      throw InvalidMessage(id: nil, reason: what)
    }
    let idValue = members["id"]
    let id = idValue.flatMap(RequestID.init)
    guard members["jsonrpc"] == "2.0" else {
      throw InvalidMessage(id: id, reason: "\"jsonrpc\" must be \"2.0\"")
    }
    guard let methodValue = members["method"] else {
      guard members["result"] != nil || members["error"] != nil else {
        throw InvalidMessage(id: id, reason: "a message needs a method, a result or an error")
      }
      self = .response(id: id)
      return
    }
    guard let method = methodValue.stringValue else {
      throw InvalidMessage(id: id, reason: "\"method\" must be a string")
    }
    let params = members["params"] ?? .null
    guard params.isNull || params.objectValue != nil || params.arrayValue != nil else {
      throw InvalidMessage(id: id, reason: "\"params\" must be an object or an array")
    }
    guard let idValue else {
      self = .notification(method: method, params: params)
      return
    }
    guard let id else {
      throw InvalidMessage(
        id: nil, reason: "\"id\" must be an integer or a string, not \(idValue.text)")
    }
    self = .request(id: id, method: method, params: params)
  }
}

/// A message that is JSON but not a valid JSON-RPC request.
struct InvalidMessage: Error {
  var id: RequestID?
  var reason: String
}

/// A JSON-RPC error answer: a code from JSON-RPC 2.0 or LSP and a message for people.
struct ResponseError: Error, Equatable, Sendable {
  var code: Int
  var message: String

  static let parseErrorCode = -32700
  static let invalidRequestCode = -32600
  static let methodNotFoundCode = -32601
  static let invalidParamsCode = -32602
  static let internalErrorCode = -32603
  static let serverNotInitializedCode = -32002
  static let requestFailedCode = -32803
  static let requestCancelledCode = -32800

  static func parseError(_ message: String) -> ResponseError {
    ResponseError(code: parseErrorCode, message: message)
  }

  static func invalidRequest(_ message: String) -> ResponseError {
    ResponseError(code: invalidRequestCode, message: message)
  }

  static func methodNotFound(_ method: String) -> ResponseError {
    ResponseError(code: methodNotFoundCode, message: "unknown method \(method)")
  }

  static func invalidParams(_ message: String) -> ResponseError {
    ResponseError(code: invalidParamsCode, message: message)
  }

  static func internalError(_ message: String) -> ResponseError {
    ResponseError(code: internalErrorCode, message: message)
  }

  static let serverNotInitialized = ResponseError(
    code: serverNotInitializedCode, message: "the server has not been initialized")

  static let cancelled = ResponseError(code: requestCancelledCode, message: "request cancelled")

  /// A valid request the service could not answer (LSP's RequestFailed).
  static func requestFailed(_ message: String) -> ResponseError {
    ResponseError(code: requestFailedCode, message: message)
  }

  var json: JSON { ["code": .integer(code), "message": .string(message)] }
}

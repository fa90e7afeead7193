/// Why a message's header could not be read; the reader skips to the next message after it.
enum FramingError: Error, Equatable, CustomStringConvertible {
  case missingContentLength
  case invalidContentLength(String)
  /// The announced length, in bytes, is over the limit; the body is skipped.
  case tooLarge(length: Int, limit: Int)
  case malformedHeader(String)
  /// A header line longer than `MessageReader.maximumHeaderLine` bytes, or too many lines.
  case headerTooLong

  var description: String {
    switch self {
    case .missingContentLength: return "message header has no Content-Length"
    case .invalidContentLength(let value): return "invalid Content-Length \"\(value)\""
    case .tooLarge(let length, let limit):
      return "message of \(length) bytes is over the limit of \(limit) bytes; skipped"
    case .malformedHeader(let line): return "malformed header line \"\(line)\""
    case .headerTooLong: return "message header is too long"
    }
  }
}

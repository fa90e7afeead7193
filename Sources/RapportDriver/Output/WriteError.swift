import Foundation

/// A file that could not be written.
public struct WriteError: Error, Sendable, CustomStringConvertible {
  public let description: String

  init(path: String, code: Int32) {
    description = "cannot write \(path): \(String(cString: strerror(code)))"
  }
  init(message: String) { description = message }
}

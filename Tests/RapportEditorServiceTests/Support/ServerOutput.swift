import Foundation
import Synchronization

@testable import RapportLanguageServer

/// What the server writes, one framed message per write, parsed for a test to wait on.
final class ServerOutput: ByteSink {
  private let messages = Mutex<[JSON]>([])

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    let frame = Array(bytes)
    let separator = Array("\r\n\r\n".utf8)
    guard
      let end = (0...(frame.count - separator.count)).first(where: {
        Array(frame[$0..<$0 + separator.count]) == separator
      }),
      let body = try? JSONParser.parse(Array(frame[(end + separator.count)...]))
    else { return }
    messages.withLock { $0.append(body) }
  }

  var all: [JSON] { messages.withLock { $0 } }

  var count: Int { messages.withLock { $0.count } }

  /// The first message from index `start` on that satisfies `predicate`, waiting at most
  /// `timeout` for it (a guard against a hung test, not a measurement).
  func first(
    from start: Int = 0, timeout: Duration = .seconds(60), where predicate: (JSON) -> Bool
  ) throws -> (index: Int, message: JSON) {
    let deadline = ContinuousClock.now + timeout
    var searched = start
    while true {
      let current = all
      if searched < current.count {
        for index in searched..<current.count where predicate(current[index]) {
          return (index, current[index])
        }
        searched = current.count
      }
      guard ContinuousClock.now < deadline else { throw EditorError.timedOut }
      usleep(1000)
    }
  }
}

enum EditorError: Error {
  case timedOut
}

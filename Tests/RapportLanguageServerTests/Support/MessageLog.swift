import Foundation
import Synchronization

@testable import RapportLanguageServer

/// Collects what the server writes, message by message, for a test to wait on.
final class MessageLog: ByteSink {
  private let messages = Mutex<[JSON]>([])
  /// Frames that were not one well-formed message (there should be none).
  let malformed = Mutex<[String]>([])

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    let frame = Array(bytes)
    let separator = Array("\r\n\r\n".utf8)
    guard
      let headerEnd = (0...(frame.count - separator.count)).first(where: {
        Array(frame[$0..<$0 + separator.count]) == separator
      }),
      let body = try? JSONParser.parse(Array(frame[(headerEnd + separator.count)...]))
    else {
      malformed.withLock { $0.append(String(decoding: frame, as: UTF8.self)) }
      return
    }
    messages.withLock { $0.append(body) }
  }

  var all: [JSON] { messages.withLock { $0 } }

  var count: Int { messages.withLock { $0.count } }

  /// The first message from index `start` on that satisfies `predicate`, waiting for it for at
  /// most `timeout` (a guard against a hung test, not a measurement).
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
      guard ContinuousClock.now < deadline else { throw WaitError.timedOut }
      usleep(1000)
    }
  }
}

enum WaitError: Error {
  case timedOut
}

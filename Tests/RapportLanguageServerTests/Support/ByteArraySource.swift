@testable import RapportLanguageServer

/// Input from memory, handed out at most `chunk` bytes per read to exercise every boundary.
final class ByteArraySource: ByteSource {
  private let bytes: [UInt8]
  private let chunk: Int
  private var offset = 0

  init(_ bytes: [UInt8], chunk: Int = 1 << 16) {
    self.bytes = bytes
    self.chunk = chunk
  }

  convenience init(_ text: String, chunk: Int = 1 << 16) {
    self.init(Array(text.utf8), chunk: chunk)
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    let count = min(buffer.count, chunk, bytes.count - offset)
    for index in 0..<count { buffer[index] = bytes[offset + index] }
    offset += count
    return count
  }
}

/// A message with its `Content-Length` header.
func framed(_ body: String) -> String {
  "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
}

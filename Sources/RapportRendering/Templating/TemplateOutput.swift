import RapportSystem

/// A reusable buffer that compiled templates write UTF-8 bytes into.
///
/// Reuse one per thread to render many pages without reallocating: call `removeAll()` between
/// pages.
public struct TemplateOutput: Sendable {
  /// The UTF-8 bytes written so far.
  public private(set) var bytes: [UInt8]
  /// A partial's indentation, written before the next byte if any byte follows.
  var pendingIndentation: [UInt8]?
  /// Where the innermost render call inside an indented partial started writing.
  var callStart = 0

  /// An empty buffer with room for `capacity` bytes.
  public init(capacity: Int = 0) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Empties the buffer, keeping its storage.
  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    pendingIndentation = nil
    callStart = 0
  }

  /// The bytes as a string.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  var count: Int { bytes.count }

  @inline(__always)
  mutating func flushIndentation() {
    if let indentation = pendingIndentation {
      pendingIndentation = nil
      bytes.append(contentsOf: indentation)
    }
  }

  mutating func append(_ literal: [UInt8]) {
    guard !literal.isEmpty else { return }
    flushIndentation()
    bytes.append(contentsOf: literal)
  }

  /// Appends `text`, escaped for `contentType`.
  mutating func append(_ text: String, escapingFor contentType: TemplateContentType) {
    guard !text.isEmpty else { return }
    flushIndentation()
    let done: Void? = text.utf8.withContiguousStorageIfAvailable {
      TemplateEscaping.escape($0, for: contentType, into: &bytes)
    }
    if done == nil {
      var copy = text  // a bridged or foreign string: make it native and contiguous
      copy.withUTF8 { TemplateEscaping.escape($0, for: contentType, into: &bytes) }
    }
  }

  /// Appends `number` in decimal.
  mutating func append(_ number: Int) {
    flushIndentation()
    bytes.appendDecimal(Int64(number))
  }

  /// Whether the bytes written since `start` end with a line feed that is not part of `\r\n`:
  /// what swift-mustache checks (on characters) before indenting a partial's next token.
  func endsWithLineFeed(since start: Int) -> Bool {
    let end = bytes.count
    guard end > start, bytes[end - 1] == .lineFeed else { return false }
    return !(end - 2 >= start && bytes[end - 2] == .carriageReturn)
  }
}

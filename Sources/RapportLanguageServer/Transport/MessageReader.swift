/// Reads `Content-Length`-framed messages from a byte source, as LSP's base protocol frames them.
///
/// Header names are case-insensitive, lines may end in `\r\n` or `\n`, and headers other than
/// `Content-Length` (such as `Content-Type`) are accepted and ignored. After a header it cannot
/// use, the reader reports the problem once and then looks for the next `Content-Length:`.
struct MessageReader<Source: ByteSource> {
  /// One step of the stream.
  enum Frame {
    /// A message body, in bytes.
    case message([UInt8])
    /// A header that could not be used; reading can go on.
    case invalid(FramingError)
    /// The end of input, or a read error.
    case end
  }

  /// The longest header line accepted, in bytes.
  static var maximumHeaderLine: Int { 1024 }
  static var maximumHeaderLines: Int { 32 }

  private let source: Source
  /// The largest body accepted, in bytes.
  let maximumLength: Int
  private var buffer: [UInt8] = []
  /// Offset of the first unread byte in `buffer`.
  private var start = 0
  private var atEnd = false
  /// Set after an unusable header: the next read first looks for a `Content-Length:` header.
  private var needsResync = false
  private(set) var readError: (any Error)?

  init(source: Source, maximumLength: Int) {
    self.source = source
    self.maximumLength = maximumLength
  }

  /// The next message, problem or end of input.
  mutating func next() -> Frame {
    if needsResync {
      guard resynchronize() else { return .end }
      needsResync = false
    }
    var length: Int?
    var lines = 0
    while true {
      guard let line = nextLine() else {
        if atEnd { return .end }
        return failResync(.headerTooLong, restartAt: start + 1)
      }
      let text = buffer[line.lowerBound..<line.upperBound]
      if text.isEmpty {
        if lines == 0 { continue }  // stray line ends between messages
        break
      }
      lines += 1
      guard lines <= Self.maximumHeaderLines else { return failResync(.headerTooLong) }
      guard let colon = text.firstIndex(of: UInt8(ascii: ":")),
        Self.isToken(text[text.startIndex..<colon])
      else {
        return failResync(.malformedHeader(Self.printable(text)), restartAt: line.lowerBound + 1)
      }
      let name = String(decoding: text[text.startIndex..<colon], as: UTF8.self).lowercased()
      guard name == "content-length" else { continue }
      let value = Self.trimmed(text[(colon + 1)...])
      guard let parsed = Self.decimal(value), length == nil || length == parsed else {
        return failResync(.invalidContentLength(Self.printable(value)))
      }
      length = parsed
    }
    guard let length else { return failResync(.missingContentLength) }
    guard length <= maximumLength else {
      skip(length)
      return .invalid(.tooLarge(length: length, limit: maximumLength))
    }
    guard fill(upTo: length) else { return .end }
    let body = Array(buffer[start..<start + length])
    start += length
    return .message(body)
  }

  /// Reports `problem` and arranges to look for the next header from `restartAt` (or from here).
  private mutating func failResync(_ problem: FramingError, restartAt offset: Int? = nil) -> Frame {
    if let offset { start = min(offset, buffer.count) }
    needsResync = true
    return .invalid(problem)
  }

  /// The range of the next line in `buffer` without its line end, consumed; nil at the end of
  /// input or when the line is longer than the limit (then nothing is consumed).
  private mutating func nextLine() -> Range<Int>? {
    // Counted from `start`, which reading more may move.
    var searched = 0
    while true {
      if let newline = buffer[(start + searched)...].firstIndex(of: UInt8(ascii: "\n")) {
        guard newline - start <= Self.maximumHeaderLine else { return nil }
        var end = newline
        if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = start..<end
        start = newline + 1
        return line
      }
      searched = buffer.count - start
      guard searched <= Self.maximumHeaderLine else { return nil }
      guard readMore() else { return nil }
    }
  }

  /// Moves `start` to the next `Content-Length:` (any case); false when input ends first.
  private mutating func resynchronize() -> Bool {
    let pattern = Array("content-length:".utf8)
    while true {
      if let found = Self.find(pattern, in: buffer, from: start) {
        start = found
        return true
      }
      start = max(start, buffer.count - pattern.count + 1)
      guard readMore() else { return false }
    }
  }

  /// Discards `count` bytes of input.
  private mutating func skip(_ count: Int) {
    var remaining = count
    while true {
      let available = min(remaining, buffer.count - start)
      start += available
      remaining -= available
      if remaining == 0 || !readMore() { return }
    }
  }

  /// Makes `count` unread bytes available; false when input ends first.
  private mutating func fill(upTo count: Int) -> Bool {
    buffer.reserveCapacity(start + count)
    while buffer.count - start < count {
      guard readMore() else { return false }
    }
    return true
  }

  /// Appends the next chunk of input, dropping consumed bytes first; false at the end of input.
  private mutating func readMore() -> Bool {
    guard !atEnd else { return false }
    if start > 0 && (start >= buffer.count || start > 1 << 16) {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    let source = self.source
    let result = withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 1) { chunk in
      Result { () throws -> [UInt8] in
        let count = try source.read(into: chunk)
        return Array(chunk[..<max(0, min(count, chunk.count))])
      }
    }
    switch result {
    case .success(let bytes) where !bytes.isEmpty:
      buffer.append(contentsOf: bytes)
      return true
    case .success:
      atEnd = true
    case .failure(let error):
      readError = error
      atEnd = true
    }
    return false
  }
}

extension MessageReader {
  /// True for an RFC 9110 header name: one or more token characters.
  static func isToken(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard !bytes.isEmpty else { return false }
    let symbols = Array("!#$%&'*+-.^_`|~".utf8)
    return bytes.allSatisfy { byte in
      (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        || symbols.contains(byte)
    }
  }

  static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var slice = bytes
    while let first = slice.first, first == 0x20 || first == 0x09 { slice.removeFirst() }
    while let last = slice.last, last == 0x20 || last == 0x09 { slice.removeLast() }
    return slice
  }

  /// A non-negative decimal of at most 18 digits, so it cannot overflow.
  static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  /// The first offset of `pattern` in `bytes` at or after `from`, matching letters in any case.
  static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard bytes.count - from >= pattern.count else { return nil }
    for offset in from...(bytes.count - pattern.count) {
      var matches = true
      for (index, expected) in pattern.enumerated() {
        var byte = bytes[offset + index]
        if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
        if byte != expected {
          matches = false
          break
        }
      }
      if matches { return offset }
    }
    return nil
  }

  /// Header text for an error message: at most 60 characters, control bytes replaced.
  static func printable(_ bytes: ArraySlice<UInt8>) -> String {
    let text = String(decoding: bytes.prefix(60), as: UTF8.self)
    return String(text.unicodeScalars.map { $0.value < 0x20 ? "?" : Character($0) })
  }
}

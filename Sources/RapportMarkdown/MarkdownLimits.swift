/// Limits that keep a hostile body from making cmark 0.30's quadratic cases run for minutes.
public struct MarkdownLimits: Sendable, Hashable {
  /// Deepest nesting of block quotes and lists (levels) a body may have.
  public var maximumNesting: Int
  /// Most `[` characters a body may hold outside fenced code (count).
  public var maximumBrackets: Int

  public init(maximumNesting: Int = 32, maximumBrackets: Int = 10_000) {
    self.maximumNesting = maximumNesting
    self.maximumBrackets = maximumBrackets
  }
}

/// Why a body was refused, and where.
public struct MarkdownLimitViolation: Sendable, Hashable, Error {
  /// Which limit was passed.
  public enum Kind: Sendable, Hashable {
    /// Block quotes and lists nested deeper than the limit; carries the depth found (levels).
    case nesting(depth: Int)
    /// More `[` outside fenced code than the limit allows.
    case brackets
  }
  public let kind: Kind
  /// Where the limit was first passed.
  public let position: SourcePosition
}

extension MarkdownLimits {
  /// Checks a UTF-8 body (file line `firstLine` first) against the limits without parsing it.
  ///
  /// Nesting counts the `>` and list markers that open a line, which is where cmark's quadratic
  /// block cases come from; deeper nesting built by indentation is caught after parsing.
  func violation(in body: UnsafeBufferPointer<UInt8>, firstLine: Int) -> MarkdownLimitViolation? {
    var brackets = 0
    var fence: (byte: UInt8, length: Int)? = nil
    var line = firstLine
    var start = 0
    // Without a carriage return, a line ends at the next line feed, found many bytes at a time.
    let hasCR = body.firstIndex(of: 0x0D, from: 0) != nil
    while start < body.count {
      var end = start
      if hasCR {
        while end < body.count, body[end] != 0x0A, body[end] != 0x0D { end += 1 }
      } else {
        end = body.firstIndex(of: 0x0A, from: start) ?? body.count
      }
      let bytes = UnsafeBufferPointer(rebasing: body[start..<end])
      defer {
        line += 1
        start = end + (end + 1 < body.count && body[end] == 0x0D && body[end + 1] == 0x0A ? 2 : 1)
      }
      if let open = fence {
        if let run = Self.fenceRun(bytes), run.byte == open.byte, run.length >= open.length {
          fence = nil
        }
        continue
      }
      if let run = Self.fenceRun(bytes) {
        fence = run
        continue
      }
      let (depth, byteColumn) = Self.markerDepth(bytes, limit: maximumNesting)
      if depth > maximumNesting {
        return MarkdownLimitViolation(
          kind: .nesting(depth: depth),
          position: SourcePosition(
            line: line, column: ScalarColumns.column(ofByteColumn: byteColumn, in: bytes)))
      }
      var next = 0
      while let index = bytes.firstIndex(of: UInt8(ascii: "["), from: next) {
        next = index + 1
        brackets += 1
        if brackets > maximumBrackets {
          return MarkdownLimitViolation(
            kind: .brackets,
            position: SourcePosition(
              line: line, column: ScalarColumns.column(ofByteColumn: index + 1, in: bytes)))
        }
      }
    }
    return nil
  }

  /// The number of container markers opening a line, and the 1-based byte column of the one
  /// that passes `limit`. A line of list markers only (a thematic break such as `- - -`) counts 0.
  static func markerDepth(
    _ bytes: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> (depth: Int, column: Int) {
    var index = 0
    var depth = 0
    var column = 0
    var sawQuote = false
    func isBlank(_ i: Int) -> Bool { i >= bytes.count || bytes[i] == 0x20 || bytes[i] == 0x09 }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 {
        index += 1
        continue
      }
      var markerEnd = -1
      if byte == UInt8(ascii: ">") {
        markerEnd = index + 1
        sawQuote = true
      } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*")
      {
        if isBlank(index + 1) { markerEnd = index + 1 }
      } else if byte >= 0x30 && byte <= 0x39 {
        var digitEnd = index
        while digitEnd < bytes.count, digitEnd - index < 9, bytes[digitEnd] >= 0x30,
          bytes[digitEnd] <= 0x39
        {
          digitEnd += 1
        }
        if digitEnd < bytes.count,
          bytes[digitEnd] == UInt8(ascii: ".") || bytes[digitEnd] == UInt8(ascii: ")"),
          isBlank(digitEnd + 1)
        {
          markerEnd = digitEnd + 1
        }
      }
      guard markerEnd >= 0 else { break }
      depth += 1
      if depth - 1 == limit { column = index + 1 }
      index = markerEnd
    }
    if index >= bytes.count && !sawQuote { return (0, 0) }
    return (depth, column)
  }

  /// The fence character and length when the line opens or closes a fenced code block.
  static func fenceRun(_ bytes: UnsafeBufferPointer<UInt8>) -> (byte: UInt8, length: Int)? {
    var index = 0
    while index < bytes.count, index < 3, bytes[index] == 0x20 { index += 1 }
    guard index < bytes.count,
      bytes[index] == UInt8(ascii: "`") || bytes[index] == UInt8(ascii: "~")
    else { return nil }
    let byte = bytes[index]
    var length = 0
    while index < bytes.count, bytes[index] == byte {
      length += 1
      index += 1
    }
    return length >= 3 ? (byte, length) : nil
  }
}

/// A place in a document as rapport counts it: 1-based line, 1-based column in Unicode scalars.
///
/// A character such as `é` or `😀` is one column, whatever its size in UTF-8 or UTF-16. The
/// server converts to the editor's units, clamping a line or column past the end of the text.
public struct TextLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// 1-based line.
  public var line: Int
  /// 1-based column in Unicode scalars.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: TextLocation, b: TextLocation) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A stretch of a document from `start` up to, not including, `end`.
public struct TextRange: Sendable, Hashable, CustomStringConvertible {
  public var start: TextLocation
  /// The first location after the range.
  public var end: TextLocation

  public init(start: TextLocation, end: TextLocation) {
    self.start = start
    self.end = end
  }

  /// `length` Unicode scalars from `start`, on one line (clamped to the line's end).
  public init(start: TextLocation, length: Int) {
    self.start = start
    self.end = TextLocation(line: start.line, column: start.column + max(0, length))
  }

  /// `length` Unicode scalars from 1-based `line` and 1-based scalar `column`, on one line.
  public init(line: Int, column: Int, length: Int) {
    self.init(start: TextLocation(line: line, column: column), length: length)
  }

  /// An empty range at `location`, as for an insertion.
  public init(at location: TextLocation) {
    self.init(start: location, end: location)
  }

  /// Whether `location` lies in the range, its end included (a cursor just after a word is
  /// still on it).
  public func contains(_ location: TextLocation) -> Bool {
    start <= location && location <= end
  }

  public var description: String { "\(start)-\(end)" }
}

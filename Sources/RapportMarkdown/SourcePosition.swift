/// A place in a file: 1-based line, and 1-based column counted in Unicode scalars.
///
/// Lines are file lines (front matter included); a character such as `é` or `—` is one column,
/// whatever its UTF-8 length.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// 1-based file line.
  public var line: Int
  /// 1-based column in Unicode scalars.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}

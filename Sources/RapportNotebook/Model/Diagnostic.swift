import RapportMarkdown

/// How serious a diagnostic is: errors keep a note out of reports, warnings do not.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  case warning, error

  public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// One problem found in a notebook, located like a compiler error.
public struct Diagnostic: Sendable, Hashable {
  /// Path of the file (or folder) relative to the notebook root, with `/` separators.
  public var file: String
  /// Where in the file; nil for problems with a whole file or folder.
  public var position: SourcePosition?
  /// How many columns (Unicode scalars) to underline from `position`, at least 1.
  public var length: Int
  public var severity: Severity
  /// The id of the rule that found it, such as `note.date.invalid`.
  public var rule: String
  /// What is wrong and, where it helps, what to do.
  public var message: String

  public init(
    _ rule: Rule, file: String, at position: SourcePosition?, length: Int = 1, _ message: String
  ) {
    self.file = file
    self.position = position
    self.length = max(1, length)
    self.severity = rule.severity
    self.rule = rule.id
    self.message = message
  }

  /// Sorting order for output: by file, then position, then rule and message.
  public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.file != b.file { return a.file < b.file }
    let pa = a.position ?? SourcePosition(line: 0, column: 0)
    let pb = b.position ?? SourcePosition(line: 0, column: 0)
    if pa != pb { return pa < pb }
    if a.rule != b.rule { return a.rule < b.rule }
    return a.message < b.message
  }
}

/// A value read from a file, with where it was written.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  public var position: SourcePosition

  public init(_ value: Value, at position: SourcePosition) {
    self.value = value
    self.position = position
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

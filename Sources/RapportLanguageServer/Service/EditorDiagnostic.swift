/// A problem shown in the editor: what rapport's `check` prints, placed in an open document.
public struct EditorDiagnostic: Sendable, Hashable {
  public enum Severity: Sendable, Hashable {
    case error, warning, information, hint
  }

  /// Where the problem is; for a problem with the whole file, the start of line 1.
  public var range: TextRange
  public var severity: Severity
  /// The rule id, such as `note.contact.unknown`.
  public var code: String
  /// What is wrong and, where it helps, what to do.
  public var message: String

  public init(range: TextRange, severity: Severity, code: String, message: String) {
    self.range = range
    self.severity = severity
    self.code = code
    self.message = message
  }

  /// A problem `length` Unicode scalars long from a 1-based line and 1-based scalar column, as
  /// rapport's diagnostics place them.
  public init(
    line: Int, column: Int, length: Int, severity: Severity, code: String, message: String
  ) {
    self.init(
      range: TextRange(line: line, column: column, length: length), severity: severity,
      code: code, message: message)
  }
}

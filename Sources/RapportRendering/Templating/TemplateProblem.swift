/// Something wrong with a template, found while parsing or compiling it.
public struct TemplateProblem: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    /// The template cannot be rendered.
    case error
    /// The template renders, but part of it shows nothing.
    case warning
  }

  public var severity: Severity
  /// The template the position is in (a partial's own name for problems inside it).
  public var template: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, in Unicode scalars.
  public var column: Int
  public var message: String
  /// A warning that text is inserted unescaped (`{{{name}}}`), not that something renders nothing.
  public var isUnescapedText = false

  public init(
    _ severity: Severity, template: String, at position: TemplatePosition, _ message: String,
    isUnescapedText: Bool = false
  ) {
    self.severity = severity
    self.template = template
    self.line = position.line
    self.column = position.column
    self.message = message
    self.isUnescapedText = isUnescapedText
  }

  public var position: TemplatePosition { TemplatePosition(line: line, column: column) }

  /// `name:line:column: severity: message`, as compilers print it.
  public var description: String {
    "\(template):\(line):\(column): \(severity.rawValue): \(message)"
  }
}

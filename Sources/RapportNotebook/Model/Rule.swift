/// A check rule: an id, a severity, what it means, and examples that trigger it and do not.
public struct Rule: Sendable, Hashable {
  /// Stable id printed in brackets after each diagnostic, such as `note.date.invalid`.
  public let id: String
  public let severity: Severity
  /// One sentence: what the rule looks for.
  public let summary: String
  /// Files (notebook-relative path to text) added to the example notebook to trigger the rule.
  public let triggering: [String: String]
  /// The same files, corrected: the rule stays silent.
  public let passing: [String: String]

  public init(
    _ id: String, _ severity: Severity, _ summary: String, triggering: [String: String],
    passing: [String: String]
  ) {
    self.id = id
    self.severity = severity
    self.summary = summary
    self.triggering = triggering
    self.passing = passing
  }

  public static func == (a: Rule, b: Rule) -> Bool { a.id == b.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

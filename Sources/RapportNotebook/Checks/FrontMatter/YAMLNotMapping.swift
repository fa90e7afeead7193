import RapportMarkdown

extension Rule {
  /// YAML whose top level is a list or a single value.
  public static let yamlNotMapping = Rule(
    "yaml.not-mapping", .error,
    "The YAML is a list or a single value instead of `key: value` lines.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.bareNote("- 2026-03-14\n- Sam Lee")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("")])
}

/// Words the error for front matter that is not `key: value` lines.
enum YAMLNotMapping {
  /// The error for a top level that is `kind` (such as "a list") instead of a mapping.
  static func diagnostic(kind: String, at position: SourcePosition, file: String) -> Diagnostic {
    Diagnostic(
      .yamlNotMapping, file: file, at: position,
      "front matter must be a mapping of keys to values (key: value), not \(kind)")
  }
}

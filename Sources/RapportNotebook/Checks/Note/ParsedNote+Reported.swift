extension ParsedNote {
  /// Whether reading the note already raised `rule`.
  func hasReported(_ rule: Rule) -> Bool { diagnostics.contains { $0.rule == rule.id } }

  /// Whether the front matter's YAML is reported broken, so a missing field would only repeat
  /// that error.
  var hasBrokenFrontMatter: Bool {
    YAMLFields.unreadable.contains { hasReported($0) }
  }
}

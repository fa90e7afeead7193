import RapportMarkdown

extension Rule {
  /// The same key twice in one mapping.
  public static let yamlDuplicateKey = Rule(
    "yaml.duplicate-key", .error, "A key appears twice in the same mapping.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("interviewer: Priya Shah")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("attendees: [raj-patel]")])
}

/// Reports each key written twice in one mapping, at its second occurrence.
enum YAMLDuplicateKey {
  /// One error per duplicated key of the mapping whose key Yams places at 1-based `mapping` line
  /// and scalar column of `yaml` (file line `firstLine` first).
  static func diagnostics(
    keys: [String], mapping: (line: Int, column: Int), yaml: Substring, firstLine: Int,
    file: String
  ) -> [Diagnostic] {
    keys.map { key in
      let at =
        secondOccurrence(of: key, in: yaml, firstLine: firstLine, mapping: mapping)
        ?? SourcePosition(line: mapping.line + firstLine - 1, column: mapping.column)
      return Diagnostic(
        .yamlDuplicateKey, file: file, at: at, length: key.count,
        "duplicate key `\(key)`: keep one of them")
    }
  }

  /// Where a mapping key is written a second time. Yams gives only the position of one key of the
  /// mapping (1-based line and column in the YAML); keys of that mapping start in the same column,
  /// within the lines indented at least that far around it.
  static func secondOccurrence(
    of key: String, in yaml: Substring, firstLine: Int, mapping: (line: Int, column: Int)
  ) -> SourcePosition? {
    let lines = TextLines.split(yaml)
    let anchor = mapping.line - 1
    guard lines.indices.contains(anchor) else { return nil }
    let column = mapping.column
    /// Leading spaces, or nil for a blank or comment line (which stays inside any block).
    func indent(_ line: Substring) -> Int? {
      let rest = line.drop(while: { $0 == " " })
      return rest.isEmpty || rest.hasPrefix("#") ? nil : line.count - rest.count
    }
    var first = anchor
    while first > 0, (indent(lines[first - 1]) ?? column) >= column - 1 { first -= 1 }
    var last = anchor
    while last + 1 < lines.count, (indent(lines[last + 1]) ?? column) >= column - 1 { last += 1 }
    var seen = false
    for offset in first...last {
      // A key's column, past indentation and any `- ` sequence markers.
      var rest = lines[offset].drop(while: { $0 == " " })
      while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop(while: { $0 == " " }) }
      guard lines[offset].count - rest.count + 1 == column else { continue }
      let unquoted =
        rest.hasPrefix("\"\(key)\"") || rest.hasPrefix("'\(key)'")
        ? rest.dropFirst(key.count + 2)
        : rest.hasPrefix(key) ? rest.dropFirst(key.count) : nil
      guard let after = unquoted, after.drop(while: { $0 == " " }).hasPrefix(":") else { continue }
      if seen { return SourcePosition(line: firstLine + offset, column: column) }
      seen = true
    }
    return nil
  }
}

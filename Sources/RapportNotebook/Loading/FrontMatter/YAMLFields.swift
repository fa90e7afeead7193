import RapportMarkdown
import RapportSystem
import Yams

/// Reads front-matter YAML into typed values, collecting a located diagnostic for every problem.
struct YAMLFields {
  let file: String
  /// File line of the YAML's first line.
  let firstLine: Int
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String, firstLine: Int) {
    self.file = file
    self.firstLine = firstLine
  }

  /// Parses YAML text into its root node; nil (with a diagnostic) when it is not valid YAML.
  mutating func parse(_ yaml: Substring) -> Node? {
    do {
      // The basic resolver keeps every plain scalar a string: rapport types values itself.
      let parser = try Parser(yaml: String(yaml), resolver: .basic, encoding: .utf8)
      return try parser.singleRoot()
    } catch let error as YamlError {
      report(error, yaml: yaml)
      return nil
    } catch {
      add(.yamlInvalid, at: SourcePosition(line: firstLine, column: 1), "invalid YAML: \(error)")
      return nil
    }
  }

  /// The root as key-value pairs, merging `<<` merge keys; nil (with a diagnostic) when not a mapping.
  mutating func mapping(
    _ root: Node?, at fallback: SourcePosition
  ) -> [(key: Located<String>, value: Node)]? {
    guard let root else { return [] }
    if case .scalar(let scalar) = root, scalar.style == .plain, scalar.string.isEmpty { return [] }
    guard let pairs = pairs(of: root) else {
      add(
        .yamlNotMapping, at: position(of: root) ?? fallback,
        "front matter must be a mapping of keys to values (key: value), not \(kind(of: root))")
      return nil
    }
    return pairs
  }

  /// The key-value pairs of a mapping node, merging `<<: *anchor` entries; nil when not a mapping.
  func pairs(of node: Node) -> [(key: Located<String>, value: Node)]? {
    guard case .mapping(let mapping) = node else { return nil }
    var result: [(key: Located<String>, value: Node)] = []
    var merged: [(key: Located<String>, value: Node)] = []
    for (key, value) in mapping {
      let name = key.scalar?.string ?? ""
      if name == "<<" && key.scalar?.style == .plain {
        let sources: [Node] = value.sequence.map { Array($0) } ?? [value]
        for source in sources { merged += pairs(of: source) ?? [] }
        continue
      }
      let at = position(of: key) ?? SourcePosition(line: firstLine, column: 1)
      result.append((Located(name, at: at), value))
    }
    let explicit = Set(result.map(\.key.value))
    return result + merged.filter { !explicit.contains($0.key.value) }
  }

  /// The file position of a node.
  func position(of node: Node) -> SourcePosition? {
    node.mark.map { SourcePosition(line: $0.line + firstLine - 1, column: $0.column) }
  }

  /// Whether the node is YAML null: empty, `~` or `null` written plainly.
  func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// A scalar as text; nil for null. Lists and mappings are an error.
  mutating func string(_ node: Node, key: Located<String>) -> Located<String>? {
    if isNull(node) { return nil }
    guard case .scalar(let scalar) = node else {
      add(
        .yamlValueType, at: position(of: node) ?? key.position,
        "`\(key.value)` must be a single value, not \(kind(of: node))")
      return nil
    }
    let text = scalar.string.trimming(" \t")
    return text.isEmpty ? nil : Located(text, at: position(of: node) ?? key.position)
  }

  /// A list of scalars; a single scalar counts as a one-item list.
  mutating func strings(_ node: Node, key: Located<String>) -> [Located<String>] {
    if isNull(node) { return [] }
    if case .scalar = node { return string(node, key: key).map { [$0] } ?? [] }
    guard case .sequence(let sequence) = node else {
      add(
        .yamlValueType, at: position(of: node) ?? key.position,
        "`\(key.value)` must be a list such as [a, b], not \(kind(of: node))")
      return []
    }
    return sequence.compactMap { string($0, key: key) }
  }

  /// A `YYYY-MM-DD` date; anything else is an error showing the expected form.
  mutating func day(_ node: Node, key: Located<String>, rule: Rule = .dateInvalid) -> Located<Day>?
  {
    guard let text = string(node, key: key) else { return nil }
    guard let day = Day(text.value) else {
      add(
        rule, at: text.position, length: text.value.count,
        "`\(key.value)`: \(Self.dateProblem(text.value))")
      return nil
    }
    return Located(day, at: text.position)
  }

  /// A true/false value; anything else is an error.
  mutating func bool(_ node: Node, key: Located<String>) -> Bool? {
    guard let text = string(node, key: key) else { return nil }
    switch text.value.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      add(
        .yamlValueType, at: text.position, length: text.value.count,
        "`\(key.value)` must be true or false, not \"\(text.value)\"")
      return nil
    }
  }

  /// A number; anything else is an error.
  mutating func number(_ node: Node, key: Located<String>) -> Double? {
    guard let text = string(node, key: key) else { return nil }
    guard let value = Double(text.value), value.isFinite else {
      add(
        .yamlValueType, at: text.position, length: text.value.count,
        "`\(key.value)` must be a number, not \"\(text.value)\"")
      return nil
    }
    return value
  }

  /// A whole number; anything else is an error.
  mutating func integer(_ node: Node, key: Located<String>) -> Int? {
    guard let text = string(node, key: key) else { return nil }
    guard let value = Int(text.value) else {
      add(
        .yamlValueType, at: text.position, length: text.value.count,
        "`\(key.value)` must be a whole number, not \"\(text.value)\"")
      return nil
    }
    return value
  }

  /// Records a diagnostic.
  mutating func add(_ rule: Rule, at position: SourcePosition?, length: Int = 1, _ message: String)
  {
    diagnostics.append(Diagnostic(rule, file: file, at: position, length: length, message))
  }

  /// Warns about each key not in `known`, suggesting the closest known key.
  mutating func reportUnknownKeys(_ keys: [Located<String>], known: [String], what: String) {
    for key in keys where !known.contains(key.value) {
      add(
        .yamlUnknownKey, at: key.position, length: key.value.count,
        "unknown key `\(key.value)` in \(what)\(Suggestion.didYouMean(key.value, among: known))")
    }
  }

  /// Says what is wrong with a date that did not parse and how to write it, e.g. `"2026-3-4" is not
  /// written YYYY-MM-DD; write 2026-03-04`.
  static func dateProblem(_ text: String) -> String {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3,
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
      parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2])
    {
      if let fixed = Day(year: year, month: month, day: day) {
        return "\"\(text)\" is not written YYYY-MM-DD; write \(fixed)"
      }
      if (1...12).contains(month) {
        return
          "\"\(text)\" is not a calendar date: \(year)-\(parts[1]) has \(Day.daysIn(month: month, year: year)) days"
      }
      return "\"\(text)\" is not a calendar date: months run 01-12"
    }
    let slashed = text.split(separator: "/")
    if slashed.count == 3, let a = Int(slashed[0]), let b = Int(slashed[1]),
      let year = Int(slashed[2]), year > 999
    {
      // Day-first or month-first? Only suggest when just one reading is a real date.
      let readings = [Day(year: year, month: b, day: a), Day(year: year, month: a, day: b)]
        .compactMap { $0 }
      if Set(readings).count == 1 {
        return "\"\(text)\" is not written YYYY-MM-DD; write \(readings[0])"
      }
    }
    return "\"\(text)\" is not a date written YYYY-MM-DD, such as 2026-03-14"
  }

  /// A word for the kind of a node, for messages.
  func kind(of node: Node) -> String {
    switch node {
    case .scalar: return "a single value"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }

  /// Turns a Yams error into a diagnostic at the file line and column it names.
  private mutating func report(_ error: YamlError, yaml: Substring) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let at = SourcePosition(line: mark.line + firstLine - 1, column: mark.column)
      var message = "invalid YAML: \(problem)"
      if let context { message += " (\(context.text.trimming(" \n")))" }
      let line = TextLines.split(yaml).dropFirst(mark.line - 1).first ?? ""
      if line.hasPrefix("\t") || line.drop(while: { $0 == " " }).hasPrefix("\t") {
        message += "; YAML does not allow tabs for indentation: use spaces"
      }
      add(.yamlInvalid, at: at, message)
    case .duplicatedKeysInMapping(let duplicates, let context):
      for key in duplicates {
        let at =
          Self.secondOccurrence(
            of: key, in: yaml, firstLine: firstLine,
            mapping: (context.mark.line, context.mark.column))
          ?? SourcePosition(line: context.mark.line + firstLine - 1, column: context.mark.column)
        add(
          .yamlDuplicateKey, at: at, length: key.count, "duplicate key `\(key)`: keep one of them")
      }
    case .reader(let problem, let offset, _, _):
      let before = yaml.utf8.prefix(offset ?? 0)
      let line = before.filter { $0 == 0x0A }.count
      add(
        .yamlInvalid, at: SourcePosition(line: firstLine + line, column: 1),
        "invalid YAML: \(problem)")
    default:
      add(.yamlInvalid, at: SourcePosition(line: firstLine, column: 1), "invalid YAML: \(error)")
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

extension Character {
  /// Whether the character is one of the ASCII digits 0-9.
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension Day {
  /// What is wrong with `text` as a date and how to write it (for command-line options too).
  public static func problem(with text: String) -> String { YAMLFields.dateProblem(text) }
}

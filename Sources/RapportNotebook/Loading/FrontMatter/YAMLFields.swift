import RapportMarkdown
import Yams

/// Reads front-matter YAML into typed values, collecting a located diagnostic for every problem.
struct YAMLFields {
  let file: String
  /// File line of the YAML's first line.
  let firstLine: Int
  /// Most nodes aliases and merge keys may repeat (`limits.max_yaml_nodes`).
  let maxNodes: Int
  private(set) var diagnostics: [Diagnostic] = []
  /// The YAML text last parsed, to look at a key's line as written.
  private(set) var source: Substring = ""
  /// Whether the YAML is a note's front matter (its errors then hint at a note's usual slips).
  var isNote = false

  /// Rules that mean the YAML could not be read as a whole, so none of its values are known.
  static let unreadable: [Rule] = [
    .yamlInvalid, .yamlNotMapping, .yamlDuplicateKey, .yamlTooComplex,
  ]

  init(file: String, firstLine: Int, limits: Limits = Limits()) {
    self.file = file
    self.firstLine = firstLine
    self.maxNodes = limits.maxYAMLNodes
  }

  /// Whether the YAML could not be read as a whole (see `unreadable`).
  var isUnreadable: Bool {
    diagnostics.contains { diagnostic in Self.unreadable.contains { $0.id == diagnostic.rule } }
  }

  /// Parses YAML text into its root node; nil (with a diagnostic) when it is not valid YAML or its
  /// aliases repeat too many nodes.
  mutating func parse(_ yaml: Substring) -> YAMLNode? {
    source = yaml
    let text = String(yaml)
    // Most front matter is plain keys, values and one-line lists, which need no YAML library.
    if let node = SimpleYAML.node(text) { return node }
    // Measured first: Yams would expand the aliases while composing (hashing mapping keys).
    if let excess = YAMLExpansion.excess(in: text, limit: maxNodes) {
      add(YAMLTooComplex.diagnostic(excess, limit: maxNodes, firstLine: firstLine, file: file))
      return nil
    }
    do {
      return try Self.composed(text)
    } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
      diagnostics += YAMLDuplicateKey.diagnostics(
        keys: keys, mapping: (context.mark.line, context.mark.column), yaml: yaml,
        firstLine: firstLine, file: file)
      return nil
    } catch {
      add(
        YAMLInvalid.diagnostic(
          for: error, yaml: yaml, firstLine: firstLine, file: file, isNote: isNote))
      return nil
    }
  }

  /// The root node as Yams composes the text: the basic resolver keeps every plain scalar a
  /// string (rapport types values itself); aliases are expanded and duplicate keys refused.
  static func composed(_ text: String) throws -> YAMLNode? {
    try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot().map(YAMLNode.init)
  }

  /// The root as key-value pairs, merging `<<` merge keys; nil (with a diagnostic) when not a mapping.
  mutating func mapping(
    _ root: YAMLNode?, at fallback: SourcePosition
  ) -> [(key: Located<String>, value: YAMLNode)]? {
    guard let root else { return [] }
    if case .scalar(let scalar) = root, scalar.style == .plain, scalar.string.isEmpty { return [] }
    guard let pairs = pairs(of: root) else {
      add(
        YAMLNotMapping.diagnostic(
          kind: kind(of: root), at: position(of: root) ?? fallback, file: file))
      return nil
    }
    return pairs
  }

  /// The key-value pairs of a mapping node, merging `<<: *anchor` entries; nil when not a mapping.
  ///
  /// As YAML's merge key specifies, the mapping's own keys win over merged ones, and an earlier
  /// merged mapping wins over a later one. The work is bounded by the nodes the aliases repeat,
  /// which `parse` limits.
  func pairs(of node: YAMLNode) -> [(key: Located<String>, value: YAMLNode)]? {
    guard case .mapping(let mapping, _) = node else { return nil }
    var result: [(key: Located<String>, value: YAMLNode)] = []
    result.reserveCapacity(mapping.count)
    var merged: [(key: Located<String>, value: YAMLNode)] = []
    for (key, value) in mapping {
      let name = key.scalar?.string ?? ""
      if name == "<<" && key.scalar?.style == .plain {
        let sources: [YAMLNode] = value.sequence.map { Array($0) } ?? [value]
        for source in sources { merged += pairs(of: source) ?? [] }
        continue
      }
      let at = position(of: key) ?? SourcePosition(line: firstLine, column: 1)
      result.append((Located(name, at: at), value))
    }
    // Merge keys are rare: most mappings need no set of the keys they have.
    if merged.isEmpty { return result }
    var taken = Set(result.map(\.key.value))
    return result + merged.filter { taken.insert($0.key.value).inserted }
  }

  /// The key-value pairs of `node`, which `section` needs to be a mapping; an error when it is not.
  mutating func pairs(
    of node: YAMLNode, section: YAMLValueType.Section, key: Located<String>
  ) -> [(key: Located<String>, value: YAMLNode)]? {
    guard let pairs = pairs(of: node) else {
      add(YAMLValueType.section(section, at: position(of: node) ?? key.position, file: file))
      return nil
    }
    return pairs
  }

  /// The file position of a node.
  func position(of node: YAMLNode) -> SourcePosition? {
    node.mark.map { SourcePosition(line: $0.line + firstLine - 1, column: $0.column) }
  }

  /// Whether the node is YAML null: empty, `~` or `null` written plainly.
  func isNull(_ node: YAMLNode) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    switch scalar.string {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  /// A scalar as text; nil for null. Lists and mappings are an error.
  mutating func string(_ node: YAMLNode, key: Located<String>) -> Located<String>? {
    if isNull(node) { return nil }
    guard case .scalar(let scalar) = node else {
      add(
        YAMLValueType.notSingleValue(
          key, kind: kind(of: node), at: position(of: node) ?? key.position, file: file))
      return nil
    }
    let text = scalar.string.trimming(" \t")
    return text.isEmpty ? nil : Located(text, at: position(of: node) ?? key.position)
  }

  /// A list of scalars; a single scalar counts as a one-item list, but a plain one with commas
  /// (`support, onboarding`) is an error suggesting brackets, and gives no items.
  mutating func strings(_ node: YAMLNode, key: Located<String>) -> [Located<String>] {
    list(node, key: key) ?? []
  }

  /// Like `strings`, but nil when the value is rejected, so a caller can keep its default.
  mutating func list(_ node: YAMLNode, key: Located<String>) -> [Located<String>]? {
    if isNull(node) { return [] }
    if case .scalar(let scalar) = node {
      guard let text = string(node, key: key) else { return [] }
      if scalar.style == .plain,
        let unbracketed = YAMLUnbracketedList.check(text, key: key, file: file)
      {
        add(unbracketed)
        return nil
      }
      return [text]
    }
    guard case .sequence(let sequence, _) = node else {
      add(
        YAMLValueType.notList(
          key, kind: kind(of: node), at: position(of: node) ?? key.position, file: file))
      return nil
    }
    return sequence.compactMap { string($0, key: key) }
  }

  /// A `YYYY-MM-DD` date; anything else is an error showing the expected form.
  mutating func day(_ node: YAMLNode, key: Located<String>) -> Located<Day>? {
    guard let text = string(node, key: key) else { return nil }
    guard let day = Day(text.value) else {
      add(DateInvalid.diagnostic(text, key: key, file: file))
      return nil
    }
    return Located(day, at: text.position)
  }

  /// A true/false value (`yes` and `no` too, in any case); anything else is an error.
  mutating func bool(_ node: YAMLNode, key: Located<String>) -> Bool? {
    bool(node, key: key) { text, file in
      YAMLValueType.notA("true or false", text, key: key, file: file)
    }
  }

  /// The same, with `problem` as the error for anything else.
  private mutating func bool(
    _ node: YAMLNode, key: Located<String>,
    problem: (Located<String>, String) -> Diagnostic
  ) -> Bool? {
    guard let text = string(node, key: key) else { return nil }
    switch text.value.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      add(problem(text, file))
      return nil
    }
  }

  /// A finite number written in decimal; anything else is an error.
  mutating func number(_ node: YAMLNode, key: Located<String>) -> Double? {
    guard let text = string(node, key: key) else { return nil }
    guard let value = DecimalNumber.number(text.value) else {
      add(YAMLValueType.notA("a number", text, key: key, file: file))
      return nil
    }
    return value
  }

  /// A whole number; anything else is an error.
  mutating func integer(_ node: YAMLNode, key: Located<String>) -> Int? {
    guard let text = string(node, key: key) else { return nil }
    guard let value = Int(text.value) else {
      add(YAMLValueType.notA("a whole number", text, key: key, file: file))
      return nil
    }
    return value
  }

  /// `confidential`'s value: true, false, or nil for anything else. Its error names the key, not
  /// the value, which may hold the note's words, and gives the line alone, as for any problem of
  /// a note treated as confidential.
  mutating func confidentialFlag(_ node: YAMLNode, key: Located<String>) -> Bool? {
    bool(node, key: key) { text, file in
      var problem = Diagnostic(
        .yamlValueType, file: file, at: SourcePosition(line: text.position.line, column: 1),
        length: 1,
        "`confidential` must be true or false; until it is, the note is treated as confidential and its words are not shown"
      )
      problem.withholdsSource = true
      return problem
    }
  }

  /// Records a diagnostic, if there is one.
  mutating func add(_ diagnostic: Diagnostic?) {
    if let diagnostic { diagnostics.append(diagnostic) }
  }

  /// Warns about `key` unless it is one of `known`, suggesting the closest known key.
  mutating func reportUnknown(_ key: Located<String>, known: [String], in place: String) {
    add(YAMLUnknownKey.check(key, known: known, in: place, file: file))
  }

  /// A word for the kind of a node, for messages.
  func kind(of node: YAMLNode) -> String {
    switch node {
    case .scalar: return "a single value"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }
}

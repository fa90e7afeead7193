// Yams's own copy of libyaml (a C target of the Yams package): the events come from the very
// parser Yams composes from.
internal import CYaml

/// Measures how many nodes a YAML text's aliases repeat, from libyaml's events, before Yams builds
/// any node.
///
/// Yams composes an alias as a shared copy of its anchor's node, so a few hundred bytes of nested
/// aliases or `<<` merge keys stand for billions of nodes, and every walk of the tree (Yams hashing
/// mapping keys to find duplicates, rapport merging `<<` entries) visits them all. Counting the
/// events instead is linear: each anchor's expanded size is noted once, and an alias adds it.
enum YAMLExpansion {
  /// The alias at which the repeated nodes passed the limit.
  struct Excess: Equatable {
    /// The alias's anchor name, without `*`.
    let alias: String
    /// 1-based line within the YAML text.
    let line: Int
    /// 1-based column, in Unicode scalars.
    let column: Int
  }

  /// Where the nodes that `yaml`'s aliases stand for pass `limit`, or nil when they stay within
  /// it (or libyaml cannot read the text: Yams then says why).
  ///
  /// Written nodes do not count: they are bounded by the file's size. An alias counts every node
  /// of its anchor, aliases inside it expanded.
  static func excess(in yaml: String, limit: Int) -> Excess? {
    // Without a `*` there is no alias, and nothing to expand.
    guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
    var text = yaml
    return text.withUTF8 { measure($0, limit: limit) }
  }

  /// Walks the events of the UTF-8 text `bytes`.
  private static func measure(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Excess? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    var counter = Counter(limit: limit)
    var event = yaml_event_t()
    while yaml_parser_parse(&parser, &event) == 1 {
      let excess = counter.take(event)
      let isEnd = event.type == YAML_STREAM_END_EVENT
      yaml_event_delete(&event)
      if excess != nil || isEnd { return excess }
    }
    return nil
  }

  /// The running counts of one walk.
  private struct Counter {
    let limit: Int
    /// Nodes so far, written or repeated by aliases (saturating).
    var total = 0
    /// Nodes repeated by aliases so far (saturating).
    var repeated = 0
    /// Expanded size (nodes) of each anchor seen, the latest definition of a name winning.
    var anchors: [String: Int] = [:]
    /// `total` before each open collection started, with its anchor.
    var open: [(start: Int, anchor: String?)] = []

    /// Counts one event; the excess if it passed the limit.
    mutating func take(_ event: yaml_event_t) -> Excess? {
      switch event.type {
      case YAML_SCALAR_EVENT:
        total = Self.adding(total, 1)
        if let anchor = Self.name(event.data.scalar.anchor) { anchors[anchor] = 1 }
      case YAML_SEQUENCE_START_EVENT:
        open.append((total, Self.name(event.data.sequence_start.anchor)))
        total = Self.adding(total, 1)
      case YAML_MAPPING_START_EVENT:
        open.append((total, Self.name(event.data.mapping_start.anchor)))
        total = Self.adding(total, 1)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let (start, anchor) = open.popLast() else { break }
        if let anchor { anchors[anchor] = total - start }
      case YAML_ALIAS_EVENT:
        guard let alias = Self.name(event.data.alias.anchor) else { break }
        // An alias to no anchor is Yams's error to report; it repeats nothing.
        let size = anchors[alias] ?? 0
        total = Self.adding(total, size)
        repeated = Self.adding(repeated, size)
        if repeated > limit {
          return Excess(
            alias: alias, line: Int(event.start_mark.line) + 1,
            column: Int(event.start_mark.column) + 1)
        }
      default: break
      }
      return nil
    }

    /// `a + b`, stopping at `Int.max` (a limit that large lets the counts grow that far).
    static func adding(_ a: Int, _ b: Int) -> Int {
      let (sum, overflow) = a.addingReportingOverflow(b)
      return overflow ? .max : sum
    }

    /// An anchor or alias name from libyaml.
    static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
      pointer.map { String(cString: $0) }
    }
  }
}

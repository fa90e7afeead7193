import RapportMarkdown
import Yams

/// Finds where entries are written in YAML text: a codebook theme in `rapport.yml`, a team
/// member in a `team:` list.
///
/// A look-up for go-to-definition: YAML that does not read has nothing to go to, and its
/// problems are the diagnostics' business.
enum YAMLLocator {
  /// Where a node named by a look-up is written: 1-based file line and scalar column.
  typealias Place = SourcePosition

  /// The codebook entry of `theme` (lowercased) in `rapport.yml`'s text.
  static func theme(_ theme: String, inSettings yaml: Substring) -> Place? {
    guard let root = root(yaml), let codebook = value(of: "themes", in: root),
      case .mapping(let entries) = codebook
    else { return nil }
    for (key, _) in entries where key.scalar?.string.lowercased() == theme {
      return place(of: key, firstLine: 1)
    }
    return nil
  }

  /// The `team:` entry whose handle is `handle` (without `@`), in front matter or settings
  /// YAML whose first line is file line `firstLine`.
  static func teamMember(_ handle: String, in yaml: Substring, firstLine: Int) -> Place? {
    guard let root = root(yaml), let team = value(of: "team", in: root),
      case .sequence(let entries) = team
    else { return nil }
    for entry in entries {
      guard let written = value(of: "handle", in: entry)?.scalar?.string else { continue }
      let name = written.hasPrefix("@") ? String(written.dropFirst()) : written
      if name == handle { return place(of: entry, firstLine: firstLine) }
    }
    return nil
  }

  /// The root node, or nil when the text does not read as YAML.
  private static func root(_ yaml: Substring) -> Node? {
    // The basic resolver keeps every scalar a string, as the readers do.
    try? Parser(yaml: String(yaml), resolver: .basic, encoding: .utf8).singleRoot()
  }

  /// The value of `key` in a mapping node.
  private static func value(of key: String, in node: Node) -> Node? {
    guard case .mapping(let mapping) = node else { return nil }
    return mapping.first { $0.key.scalar?.string == key }?.value
  }

  private static func place(of node: Node, firstLine: Int) -> Place? {
    node.mark.map { Place(line: $0.line + firstLine - 1, column: $0.column) }
  }
}

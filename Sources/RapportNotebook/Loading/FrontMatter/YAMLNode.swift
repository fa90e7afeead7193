import Yams

/// A YAML node as rapport reads it: a scalar with its style, a list or a mapping, each with where
/// it starts in the YAML text. Aliases and merge keys arrive already resolved.
///
/// Not `indirect`: the arrays already hold children out of line, and a box per node would cost an
/// allocation for every scalar of every front matter.
enum YAMLNode: Sendable {
  case scalar(Scalar)
  case sequence([YAMLNode], mark: Mark?)
  case mapping([(key: YAMLNode, value: YAMLNode)], mark: Mark?)

  /// A line (from 1) and column (from 1, in Unicode scalars, as libyaml counts) in the YAML text.
  struct Mark: Sendable, Hashable {
    var line: Int
    var column: Int
  }

  /// How a scalar was written.
  enum Style: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded, any
  }

  /// A scalar: its text (quotes and escapes resolved), style and position.
  struct Scalar: Sendable {
    var string: String
    var style: Style
    var mark: Mark?
  }

  /// The scalar, when this is one.
  var scalar: Scalar? {
    if case .scalar(let scalar) = self { return scalar }
    return nil
  }

  /// The items, when this is a list.
  var sequence: [YAMLNode]? {
    if case .sequence(let items, _) = self { return items }
    return nil
  }

  /// Where the node starts.
  var mark: Mark? {
    switch self {
    case .scalar(let scalar): return scalar.mark
    case .sequence(_, let mark), .mapping(_, let mark): return mark
    }
  }
}

extension YAMLNode {
  /// The node Yams composed, aliases resolved (Yams puts a copy of the anchored node in their place).
  init(_ node: Node) {
    func mark(_ mark: Yams.Mark?) -> Mark? { mark.map { Mark(line: $0.line, column: $0.column) } }
    switch node {
    case .scalar(let scalar):
      let style: Style
      switch scalar.style {
      case .plain: style = .plain
      case .singleQuoted: style = .singleQuoted
      case .doubleQuoted: style = .doubleQuoted
      case .literal: style = .literal
      case .folded: style = .folded
      case .any: style = .any
      }
      self = .scalar(Scalar(string: scalar.string, style: style, mark: mark(scalar.mark)))
    case .sequence(let sequence):
      self = .sequence(sequence.map(YAMLNode.init), mark: mark(sequence.mark))
    case .mapping(let mapping):
      self = .mapping(
        mapping.map { (key: YAMLNode($0.key), value: YAMLNode($0.value)) }, mark: mark(mapping.mark)
      )
    case .alias(let alias):
      // Only an emitter makes these; a parsed document never holds one.
      self = .scalar(
        Scalar(string: "*" + alias.anchor.rawValue, style: .plain, mark: mark(alias.mark)))
    }
  }
}

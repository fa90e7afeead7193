/// An entry of a document's outline: the front matter, its keys, the note's sections.
public struct DocumentSymbol: Sendable, Hashable {
  /// What the entry is, which picks the editor's icon.
  public enum Kind: Sendable, Hashable {
    case file, module, namespace, object, property, field, key, string, number, boolean, array
    case event, constant, variable, enumMember
  }

  public var name: String
  /// A short line shown beside the name, such as a date.
  public var detail: String?
  public var kind: Kind
  /// The whole entry, such as a section from its heading to the next.
  public var range: TextRange
  /// The part to select and reveal, such as the heading's text; it lies inside `range`.
  public var selectionRange: TextRange
  /// Entries inside this one, in document order.
  public var children: [DocumentSymbol]

  public init(
    name: String, detail: String? = nil, kind: Kind, range: TextRange,
    selectionRange: TextRange? = nil, children: [DocumentSymbol] = []
  ) {
    self.name = name
    self.detail = detail
    self.kind = kind
    self.range = range
    self.selectionRange = selectionRange ?? range
    self.children = children
  }
}

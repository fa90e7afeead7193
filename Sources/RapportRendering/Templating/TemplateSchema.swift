/// The names a record type offers templates, with their docs and types, for documentation and
/// tools; nested record types are read lazily, so recursive types are fine.
public struct TemplateSchema: Sendable {
  /// One name a template may use.
  public struct Entry: Sendable {
    public let name: String
    /// One line of documentation.
    public let doc: String
    public let type: TemplateType
  }

  /// How documentation names the type.
  public let typeName: String
  /// Declared fields in order, each list followed by its `has_<name>` flag.
  public let entries: [Entry]

  /// The schema of `type`.
  public init(_ type: any TemplateRecord.Type) {
    typeName = type.templateTypeName
    entries = Self.entries(of: type)
  }

  private static func entries<R: TemplateRecord>(of type: R.Type) -> [Entry] {
    R.templateNamedFields.map { Entry(name: $0.name, doc: $0.doc, type: $0.type) }
  }

  /// The entry templates reach by `name`.
  public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

  /// A Markdown list of every name `root` offers, nested records and lists indented under their
  /// field; a type met again is described once and referred to after that.
  public static func markdown(for root: any TemplateRecord.Type) -> String {
    var lines: [String] = []
    var described: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
    describe(TemplateSchema(root), depth: 0, into: &lines, described: &described)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func describe(
    _ schema: TemplateSchema, depth: Int, into lines: inout [String],
    described: inout Set<ObjectIdentifier>
  ) {
    let indent = String(repeating: "  ", count: depth)
    for entry in schema.entries {
      var line = "\(indent)- `\(entry.name)` (\(entry.type)): \(entry.doc)"
      guard let nested = entry.type.recordType else {
        lines.append(line)
        continue
      }
      if described.insert(ObjectIdentifier(nested)).inserted {
        lines.append(line)
        describe(TemplateSchema(nested), depth: depth + 1, into: &lines, described: &described)
      } else {
        let owner = if case .list = entry.type { "Each item has" } else { "It has" }
        line += " \(owner) the values of `\(nested.templateTypeName)`, listed above."
        lines.append(line)
      }
    }
  }
}

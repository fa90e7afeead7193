/// One value a template may name on a `Root` record: its name, a one-line doc, its type and how
/// to read it.
public struct TemplateField<Root>: Sendable {
  /// The name templates use, as in `{{name}}`.
  public let name: String
  /// One line for the generated documentation.
  public let doc: String
  /// What the field holds, known without data.
  public let type: TemplateType
  let reader: TemplateFieldReader<Root>
  /// For lists, whether the list has items (the `has_<name>` flag).
  let presence: (@Sendable (Root) -> Bool)?

  init(
    name: String, doc: String, type: TemplateType, reader: TemplateFieldReader<Root>,
    presence: (@Sendable (Root) -> Bool)? = nil
  ) {
    self.name = name
    self.doc = doc
    self.type = type
    self.reader = reader
    self.presence = presence
  }

  /// Text; nil or "" is absent (falsey, renders nothing).
  public static func text(
    _ name: String, _ doc: String, _ read: @escaping @Sendable (Root) -> String?
  ) -> TemplateField {
    TemplateField(name: name, doc: doc, type: .text, reader: .text(read))
  }

  /// A whole number, rendered in decimal; any number is truthy, zero included; nil is absent.
  public static func number(
    _ name: String, _ doc: String, _ read: @escaping @Sendable (Root) -> Int?
  ) -> TemplateField {
    TemplateField(name: name, doc: doc, type: .number, reader: .number(read))
  }

  /// True or false; `{{name}}` renders `true` or `false`.
  public static func flag(
    _ name: String, _ doc: String, _ read: @escaping @Sendable (Root) -> Bool
  ) -> TemplateField {
    TemplateField(name: name, doc: doc, type: .flag, reader: .flag(read))
  }

  /// A nested record; nil is absent, and a section pushes the record.
  public static func record<R: TemplateRecord>(
    _ name: String, _ doc: String, _ read: @escaping @Sendable (Root) -> R?
  ) -> TemplateField {
    TemplateField(
      name: name, doc: doc, type: .record(R.self),
      reader: .nested(TemplateRecordReader(read: read)))
  }

  /// A list of records, repeated by a section; also offers the flag `has_<name>`.
  public static func list<R: TemplateRecord>(
    _ name: String, _ doc: String, _ read: @escaping @Sendable (Root) -> [R]
  ) -> TemplateField {
    TemplateField(
      name: name, doc: doc, type: .list(R.self), reader: .nested(TemplateListReader(read: read)),
      presence: { !read($0).isEmpty })
  }

  /// A list of strings, repeated by a section with `{{.}}` as the string; also offers the flag
  /// `has_<name>`.
  public static func texts(
    _ name: String, _ doc: String, _ read: @escaping @Sendable (Root) -> [String]
  ) -> TemplateField {
    TemplateField(
      name: name, doc: doc, type: .texts, reader: .texts(read), presence: { !read($0).isEmpty })
  }

  /// The `has_<name>` flag of a list field.
  var presenceFlag: TemplateField? {
    guard let presence else { return nil }
    return TemplateField(
      name: "has_" + name, doc: "Whether `\(name)` has any items.", type: .flag,
      reader: .flag(presence))
  }

  /// The field's value in `root`, for tools and tests (rendering reads fields without it).
  public func value(in root: Root) -> TemplateValue {
    switch reader {
    case .text(let read): return .text(read(root))
    case .number(let read): return .number(read(root))
    case .flag(let read): return .flag(read(root))
    case .texts(let read): return .texts(read(root))
    case .nested(let nested): return nested.value(in: root)
    }
  }
}

/// How a field reads its value from a `Root`, with nested record types kept static.
enum TemplateFieldReader<Root>: Sendable {
  case text(@Sendable (Root) -> String?)
  case number(@Sendable (Root) -> Int?)
  case flag(@Sendable (Root) -> Bool)
  case texts(@Sendable (Root) -> [String])
  case nested(any TemplateNestedReader<Root>)
}

/// Reads a nested record or list of records, keeping its element type for the compiler.
protocol TemplateNestedReader<Root>: Sendable {
  associatedtype Root
  /// The same value read through `base`, from whatever scope the compiler renders in.
  func accessor<Scope>(
    through base: @escaping @Sendable (Scope) -> Root?
  ) -> TemplateAccessor<Scope>
  /// The same value read from the record a scope holds, without copying the record.
  func accessor<Scope, Outer>(
    inFrame box: @escaping @Sendable (Scope) -> TemplateScope<Root, Outer>
  ) -> TemplateAccessor<Scope>
  func value(in root: Root) -> TemplateValue
}

struct TemplateRecordReader<Root, Record: TemplateRecord>: TemplateNestedReader {
  let read: @Sendable (Root) -> Record?

  func accessor<Scope>(
    through base: @escaping @Sendable (Scope) -> Root?
  ) -> TemplateAccessor<Scope> {
    let read = self.read
    return .record(TemplateRecordAccessor<Scope, Record>(read: { base($0).flatMap(read) }))
  }

  func accessor<Scope, Outer>(
    inFrame box: @escaping @Sendable (Scope) -> TemplateScope<Root, Outer>
  ) -> TemplateAccessor<Scope> {
    let read = self.read
    return .record(TemplateRecordAccessor<Scope, Record>(read: { box($0).read(read) }))
  }

  func value(in root: Root) -> TemplateValue { .record(read(root)) }
}

struct TemplateListReader<Root, Element: TemplateRecord>: TemplateNestedReader {
  let read: @Sendable (Root) -> [Element]

  func accessor<Scope>(
    through base: @escaping @Sendable (Scope) -> Root?
  ) -> TemplateAccessor<Scope> {
    let read = self.read
    return .list(TemplateListAccessor<Scope, Element>(read: { base($0).map(read) }))
  }

  func accessor<Scope, Outer>(
    inFrame box: @escaping @Sendable (Scope) -> TemplateScope<Root, Outer>
  ) -> TemplateAccessor<Scope> {
    let read = self.read
    return .list(TemplateListAccessor<Scope, Element>(read: { box($0).read(read) }))
  }

  func value(in root: Root) -> TemplateValue { .list(read(root)) }
}

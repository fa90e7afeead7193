/// Reads a record from a scope, keeping its type for name lookups and sections.
protocol TemplateRecordAccess<Scope>: Sendable {
  associatedtype Scope
  var recordType: any TemplateRecord.Type { get }
  /// The names the record offers, in documentation order.
  var memberNames: [String] { get }
  /// The record's field `name`, read from the same scope.
  func member(_ name: String) -> TemplateAccessor<Scope>?
  /// The same record read from a scope one section deeper.
  func lifted<Value>(below: Value.Type) -> any TemplateRecordAccess<TemplateScope<Value, Scope>>
  /// A section over the record: rendered once with it pushed, or (inverted) when it is absent.
  func section(
    _ nodes: [TemplateNode], inverted: Bool, compiler: TemplateCompilation,
    context: TemplateContext<Scope>
  ) -> TemplateStep<Scope>
}

struct TemplateRecordAccessor<Scope, Record: TemplateRecord>: TemplateRecordAccess {
  let read: @Sendable (Scope) -> Record?

  var recordType: any TemplateRecord.Type { Record.self }
  var memberNames: [String] { Record.templateNamedFields.map(\.name) }

  func member(_ name: String) -> TemplateAccessor<Scope>? {
    guard let field = Record.templateField(named: name) else { return nil }
    let read = self.read
    switch field.reader {
    case .text(let get): return .text { read($0).flatMap(get) }
    case .number(let get): return .number { read($0).flatMap(get) }
    case .flag(let get): return .flag { read($0).map(get) }
    case .texts(let get): return .texts { read($0).map(get) }
    case .nested(let nested): return nested.accessor(through: read)
    }
  }

  func lifted<Value>(below: Value.Type) -> any TemplateRecordAccess<TemplateScope<Value, Scope>> {
    let read = self.read
    return TemplateRecordAccessor<TemplateScope<Value, Scope>, Record>(read: { read($0.outer) })
  }

  func section(
    _ nodes: [TemplateNode], inverted: Bool, compiler: TemplateCompilation,
    context: TemplateContext<Scope>
  ) -> TemplateStep<Scope> {
    let read = self.read
    if inverted {
      let body = compiler.compile(nodes, in: context)
      return .code { output, scope in
        if case .none = read(scope) { body(&output, scope) }
      }
    }
    let inner = context.pushing(
      .record(TemplateFrameRecord<TemplateScope<Record, Scope>, Record, Scope>(box: { $0 })))
    let body = compiler.compile(nodes, in: inner)
    // Metadata for the scope type is looked up once, when compiling, not on every render.
    let scopeType = TemplateScope<Record, Scope>.self
    return .code { output, scope in
      if let record = read(scope) { body(&output, scopeType.init(value: record, outer: scope)) }
    }
  }
}

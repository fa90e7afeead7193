/// A record a section pushed (or the page), read in place from the scope that holds it.
///
/// Fields are read from the scope's stored record without copying the record first, which for a
/// page of many fields would retain and release each of them for every value read.
struct TemplateFrameRecord<Scope, Record: TemplateRecord, Outer>: TemplateRecordAccess {
  /// The scope that holds the record.
  let box: @Sendable (Scope) -> TemplateScope<Record, Outer>

  var recordType: any TemplateRecord.Type { Record.self }
  var memberNames: [String] { Record.templateNamedFields.map(\.name) }

  func member(_ name: String) -> TemplateAccessor<Scope>? {
    guard let field = Record.templateField(named: name) else { return nil }
    let box = self.box
    switch field.reader {
    case .text(let get): return .text { box($0).read(get) }
    case .number(let get): return .number { box($0).read(get) }
    case .flag(let get): return .flag { box($0).read(get) }
    case .texts(let get): return .texts { box($0).read(get) }
    case .nested(let nested): return nested.accessor(inFrame: box)
    }
  }

  func lifted<Value>(below: Value.Type) -> any TemplateRecordAccess<TemplateScope<Value, Scope>> {
    let box = self.box
    return TemplateFrameRecord<TemplateScope<Value, Scope>, Record, Outer>(box: { box($0.outer) })
  }

  func section(
    _ nodes: [TemplateNode], inverted: Bool, compiler: TemplateCompilation,
    context: TemplateContext<Scope>
  ) -> TemplateStep<Scope> {
    let box = self.box
    return TemplateRecordAccessor<Scope, Record>(read: { box($0).value }).section(
      nodes, inverted: inverted, compiler: compiler, context: context)
  }
}

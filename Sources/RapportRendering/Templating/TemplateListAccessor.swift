/// Reads a list of records from a scope, keeping the element type for sections.
protocol TemplateListAccess<Scope>: Sendable {
  associatedtype Scope
  var elementType: any TemplateRecord.Type { get }
  /// A section over the list: rendered once per item with it pushed, or (inverted) when empty
  /// or absent; `mayBeAbsent` when a record on the way to it may be absent.
  func section(
    _ nodes: [TemplateNode], inverted: Bool, mayBeAbsent: Bool, compiler: TemplateCompilation,
    context: TemplateContext<Scope>
  ) -> TemplateStep<Scope>
}

struct TemplateListAccessor<Scope, Element: TemplateRecord>: TemplateListAccess {
  /// Nil when a record on the way to the list is absent.
  let read: @Sendable (Scope) -> [Element]?

  var elementType: any TemplateRecord.Type { Element.self }

  func section(
    _ nodes: [TemplateNode], inverted: Bool, mayBeAbsent: Bool, compiler: TemplateCompilation,
    context: TemplateContext<Scope>
  ) -> TemplateStep<Scope> {
    let read = self.read
    if inverted {
      return compiler.invertedListSection(
        nodes, mayBeAbsent: mayBeAbsent, in: context, isEmpty: { read($0)?.isEmpty })
    }
    let inner = context.pushing(
      .record(TemplateFrameRecord<TemplateScope<Element, Scope>, Element, Scope>(box: { $0 })))
    let body = compiler.compile(nodes, in: inner)
    // Metadata for the scope type is looked up once, when compiling, not on every render.
    let scopeType = TemplateScope<Element, Scope>.self
    return .code { output, scope in
      guard let list = read(scope) else { return }
      for index in 0..<list.count {
        body(&output, scopeType.init(value: list[index], outer: scope))
      }
    }
  }
}

/// Compiling `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
extension TemplateCompilation {
  func section<Scope>(
    _ name: String, inverted: Bool, _ children: [TemplateNode], at position: TemplatePosition,
    in context: TemplateContext<Scope>
  ) -> TemplateStep<Scope>? {
    guard context.depth < Self.maximumDepth else {
      report(
        .error, in: context.template, at: position,
        "sections and partials nest more than \(Self.maximumDepth) deep here")
      return nil
    }
    var context = context
    context.depth += 1
    let tag = "{{\(inverted ? "^" : "#")\(name)}}"
    guard let accessor = resolve(name, tag: tag, at: position, in: context) else {
      // What is not a value is absent: an inverted section over it always renders.
      guard inverted else { return nil }
      let body = compile(children, in: context)
      return .code { output, scope in body(&output, scope) }
    }
    switch accessor {
    case .flag(let read):
      let body = compile(children, in: context)
      return .code { output, scope in
        if (read(scope) ?? false) != inverted { body(&output, scope) }
      }
    case .text(let read):
      if inverted {
        let body = compile(children, in: context)
        return .code { output, scope in
          if read(scope)?.isEmpty ?? true { body(&output, scope) }
        }
      }
      let body = compile(children, in: context.pushing(.text { $0.value }))
      // Scope types are resolved here, once, rather than on every render.
      let scopeType = TemplateScope<String, Scope>.self
      return .code { output, scope in
        if let text = read(scope), !text.isEmpty {
          body(&output, scopeType.init(value: text, outer: scope))
        }
      }
    case .number(let read):
      if inverted {
        let body = compile(children, in: context)
        return .code { output, scope in
          if case .none = read(scope) { body(&output, scope) }
        }
      }
      let body = compile(children, in: context.pushing(.number { $0.value }))
      let scopeType = TemplateScope<Int, Scope>.self
      return .code { output, scope in
        if let number = read(scope) {
          body(&output, scopeType.init(value: number, outer: scope))
        }
      }
    case .texts(let read):
      if inverted {
        return invertedListSection(
          children, mayBeAbsent: name.utf8.contains(UInt8(ascii: ".")), in: context,
          isEmpty: { read($0)?.isEmpty })
      }
      let body = compile(children, in: context.pushing(.text { $0.value }))
      let scopeType = TemplateScope<String, Scope>.self
      return .code { output, scope in
        guard let texts = read(scope) else { return }
        for text in texts { body(&output, scopeType.init(value: text, outer: scope)) }
      }
    case .record(let access):
      return access.section(children, inverted: inverted, compiler: self, context: context)
    case .list(let access):
      return access.section(
        children, inverted: inverted, mayBeAbsent: name.utf8.contains(UInt8(ascii: ".")),
        compiler: self,
        context: context)
    }
  }

  /// An inverted section over a list, rendered when `isEmpty` is true or nil (absent).
  ///
  /// swift-mustache pushes an empty list for the section but nothing for an absent one, which
  /// changes what `{{.}}` and `{{.name}}` read inside: a list that may be absent (read through a
  /// dotted name) gets its content compiled both ways.
  func invertedListSection<Scope>(
    _ children: [TemplateNode], mayBeAbsent: Bool, in context: TemplateContext<Scope>,
    isEmpty: @escaping @Sendable (Scope) -> Bool?
  ) -> TemplateStep<Scope> {
    let empty = compile(children, in: context.insideInvertedList())
    guard mayBeAbsent else {
      return .code { output, scope in
        if isEmpty(scope) ?? true { empty(&output, scope) }
      }
    }
    let absent = compile(children, in: context)
    return .code { output, scope in
      switch isEmpty(scope) {
      case true?: empty(&output, scope)
      case nil: absent(&output, scope)
      case false?: break
      }
    }
  }
}

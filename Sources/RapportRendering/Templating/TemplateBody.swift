/// One compiled step: literal bytes, or code reading values from scope `Scope`.
enum TemplateStep<Scope>: Sendable {
  case literal([UInt8])
  case code(@Sendable (inout TemplateOutput, Scope) -> Void)

  @inline(__always)
  func run(_ output: inout TemplateOutput, _ scope: Scope) {
    switch self {
    case .literal(let bytes): output.append(bytes)
    case .code(let code): code(&output, scope)
    }
  }
}

/// A compiled node list: a template, a section's content or a partial.
struct TemplateBody<Scope>: Sendable {
  var steps: [TemplateStep<Scope>] = []
  /// The partial indentation in effect, if any: then each step is one swift-mustache token, and
  /// a step that follows a line break in this body's output is indented.
  var indentation: [UInt8]?

  func run(_ output: inout TemplateOutput, _ scope: Scope) {
    guard let indentation else {
      for step in steps { step.run(&output, scope) }
      return
    }
    // swift-mustache indents a token whose output is not empty when the output of the same
    // render call so far ends with "\n"; the indentation is written lazily, before the first byte.
    let start = output.count
    for step in steps {
      let outerIndentation = output.pendingIndentation
      let before = output.count
      if output.endsWithLineFeed(since: start) { output.pendingIndentation = indentation }
      step.run(&output, scope)
      if output.count == before { output.pendingIndentation = outerIndentation }
    }
  }

  /// Appends literal bytes, joined to the previous literal when tokens need not stay apart.
  mutating func append(literal bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    guard indentation == nil, case .literal(var joined) = steps.last else {
      steps.append(.literal(bytes))
      return
    }
    steps.removeLast()  // leaves `joined` the only reference, so appending does not copy
    joined += bytes
    steps.append(.literal(joined))
  }

  mutating func append(_ step: TemplateStep<Scope>) {
    if case .literal(let bytes) = step {
      append(literal: bytes)
    } else {
      steps.append(step)
    }
  }

  /// Runs `body` as one step: inline when no indentation applies, else as its own render call.
  mutating func append(body: TemplateBody<Scope>) {
    if indentation == nil, body.indentation == nil {
      for step in body.steps { append(step) }
    } else if !body.steps.isEmpty {
      steps.append(.code { output, scope in body.run(&output, scope) })
    }
  }
}

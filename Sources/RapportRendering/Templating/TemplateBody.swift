/// Compiled code: writes into the output what it reads from scope `Scope`.
typealias TemplateCode<Scope> = @Sendable (inout TemplateOutput, Scope) -> Void

/// One compiled step: literal bytes, or code reading values from scope `Scope`.
enum TemplateStep<Scope>: Sendable {
  case literal([UInt8])
  case code(TemplateCode<Scope>)
}

/// A compiled node list (a template, a section's content or a partial) being put together.
struct TemplateBody<Scope>: Sendable {
  var steps: [TemplateStep<Scope>] = []
  /// The partial indentation in effect, if any: then each step is one swift-mustache token, and
  /// a step that follows a line break in this body's output is indented.
  var indentation: [UInt8]?

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

  /// Appends `body` as one step: inline when no indentation applies, else as its own render call.
  mutating func append(body: TemplateBody<Scope>) {
    if indentation == nil, body.indentation == nil {
      for step in body.steps { append(step) }
    } else if !body.steps.isEmpty {
      steps.append(.code(body.code))
    }
  }

  /// The steps joined into one closure.
  ///
  /// Closures calling closures need no generic metadata at run time, where walking an array of
  /// steps of a generic type would look it up for every page.
  var code: TemplateCode<Scope> {
    let codes = steps.map { step -> TemplateCode<Scope> in
      switch step {
      case .literal(let bytes): return { output, _ in output.append(bytes) }
      case .code(let code): return code
      }
    }
    guard let indentation else { return Self.sequence(codes[...]) }
    let sequence = Self.sequence(codes.map { Self.indenting($0, by: indentation) }[...])
    return { output, scope in
      let outerStart = output.callStart
      output.callStart = output.count
      sequence(&output, scope)
      output.callStart = outerStart
    }
  }

  /// `codes` run one after the other, as a balanced tree of closures.
  static func sequence(_ codes: ArraySlice<TemplateCode<Scope>>) -> TemplateCode<Scope> {
    switch codes.count {
    case 0: return { _, _ in }
    case 1: return codes[codes.startIndex]
    default:
      let middle = codes.startIndex + codes.count / 2
      let first = sequence(codes[..<middle])
      let second = sequence(codes[middle...])
      return { output, scope in
        first(&output, scope)
        second(&output, scope)
      }
    }
  }

  /// `code` as a token of a partial's render call: swift-mustache indents a token whose output is
  /// not empty when the call's output so far ends with "\n". The indentation is written lazily,
  /// before the token's first byte.
  static func indenting(
    _ code: @escaping TemplateCode<Scope>, by indentation: [UInt8]
  )
    -> TemplateCode<Scope>
  {
    { output, scope in
      let outerIndentation = output.pendingIndentation
      let before = output.count
      if output.endsWithLineFeed(since: output.callStart) {
        output.pendingIndentation = indentation
      }
      code(&output, scope)
      if output.count == before { output.pendingIndentation = outerIndentation }
    }
  }
}

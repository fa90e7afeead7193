/// One run of the compiler: the documents partials come from, the problems found, and the chain
/// of partials being compiled.
final class TemplateCompilation {
  /// Most sections and partials nested inside each other, partials' own sections included.
  static let maximumDepth = 200
  /// Most nodes compiled in all, counting each partial once per inclusion.
  static let maximumNodes = 1_000_000

  let documents: [String: TemplateDocument]
  private(set) var problems: [TemplateProblem] = []
  private var reported: Set<TemplateProblem> = []
  /// The template and partials being compiled, outermost first.
  var includes: [String] = []
  /// The first parts of names read from the page itself, rather than from a list item or record
  /// inside it (so what a page shows of the run, such as the commit, is known without data).
  var pageNamesRead: Set<String> = []
  /// The page's record type: a section over `.` pushes the page again, and names read there are
  /// the page's too.
  var pageType: (any TemplateRecord.Type)? = nil
  private var nodesLeft = maximumNodes

  init(documents: [String: TemplateDocument]) { self.documents = documents }

  func report(
    _ severity: TemplateProblem.Severity, in template: String, at position: TemplatePosition,
    _ message: String, isUnescapedText: Bool = false
  ) {
    let problem = TemplateProblem(
      severity, template: template, at: position, message, isUnescapedText: isUnescapedText)
    if reported.insert(problem).inserted { problems.append(problem) }
  }

  /// `nodes` compiled in `context` as one render call.
  func compile<Scope>(
    _ nodes: [TemplateNode], in context: TemplateContext<Scope>
  ) -> TemplateCode<Scope> {
    body(nodes, in: context).code
  }

  /// `nodes` compiled in `context`, before their steps are joined.
  func body<Scope>(
    _ nodes: [TemplateNode], in context: TemplateContext<Scope>
  ) -> TemplateBody<Scope> {
    var context = context
    var body = TemplateBody<Scope>(indentation: context.indentation)
    for node in nodes {
      nodesLeft -= 1
      guard nodesLeft >= 0 else {
        report(
          .error, in: context.template, at: node.position,
          "the templates expand to more than \(Self.maximumNodes) tags and texts once partials are included"
        )
        break
      }
      switch node.kind {
      case .text(let text):
        body.append(literal: Array(text.utf8))
      case .variable(let name, let escaped):
        if let step = variable(name, escaped: escaped, at: node.position, in: context) {
          body.append(step)
        }
      case .section(let name, let inverted, let children):
        if let step = section(name, inverted: inverted, children, at: node.position, in: context) {
          body.append(step)
        }
      case .partial(let name, let indentation):
        if let partial = partial(name, indentation: indentation, at: node.position, in: context) {
          body.append(body: partial)
        }
      case .contentType(let contentType):
        context.contentType = contentType
      }
    }
    return body
  }

  func variable<Scope>(
    _ name: String, escaped: Bool, at position: TemplatePosition, in context: TemplateContext<Scope>
  ) -> TemplateStep<Scope>? {
    let tag = escaped ? "{{\(name)}}" : "{{{\(name)}}}"
    guard let accessor = resolve(name, tag: tag, at: position, in: context) else { return nil }
    let contentType = escaped ? context.contentType : .text
    switch accessor {
    case .text(let read):
      if !escaped, context.contentType != .text, !Self.isMarkup(name) {
        report(
          .warning, in: context.template, at: position,
          "`\(tag)` inserts text as written, unescaped: words from a note could add links, images or HTML to the page; write `{{\(name)}}`, or keep `{{{…}}}` for what rapport makes safe (`html`, `markdown`, `href`, `…_svg`, `…_md`)",
          isUnescapedText: true)
      }
      return .code { output, scope in
        if let text = read(scope) { output.append(text, escapingFor: contentType) }
      }
    case .number(let read):
      return .code { output, scope in
        if let number = read(scope) { output.append(number) }
      }
    case .flag(let read):
      let yes = Array("true".utf8)
      let no = Array("false".utf8)
      return .code { output, scope in
        if let flag = read(scope) { output.append(flag ? yes : no) }
      }
    case .texts, .list:
      report(
        .warning, in: context.template, at: position,
        "`\(tag)` is \(accessor.kind) and renders nothing; repeat its items with `{{#\(name)}}…{{/\(name)}}`"
      )
      return nil
    case .record(let access):
      let example = access.memberNames.first.map { name == "." ? $0 : name + "." + $0 } ?? "…"
      report(
        .warning, in: context.template, at: position,
        "`\(tag)` is \(accessor.kind) and renders nothing; name one of its values, such as `{{\(example)}}`"
      )
      return nil
    }
  }

  func partial<Scope>(
    _ name: String, indentation: String?, at position: TemplatePosition,
    in context: TemplateContext<Scope>
  ) -> TemplateBody<Scope>? {
    guard let document = documents[name] else {
      report(
        .error, in: context.template, at: position,
        "`{{> \(name)}}` includes a template that does not exist"
          + Self.didYouMean(name, among: documents.keys.sorted()))
      return nil
    }
    if let first = includes.firstIndex(of: name) {
      let chain = (includes[first...] + [name]).joined(separator: " → ")
      report(
        .error, in: context.template, at: position,
        "`{{> \(name)}}` includes `\(name)` inside itself: \(chain)")
      return nil
    }
    guard context.depth < Self.maximumDepth else {
      report(
        .error, in: context.template, at: position,
        "sections and partials nest more than \(Self.maximumDepth) deep here")
      return nil
    }
    includes.append(name)
    defer { includes.removeLast() }
    var inner = context
    inner.template = name
    inner.depth += 1
    // swift-mustache renders a partial with its default content type, HTML, until the partial's
    // own pragma says otherwise.
    inner.contentType = .html
    if let indentation {
      let combined = (context.indentation ?? []) + Array(indentation.utf8)
      inner.indentation = combined.isEmpty ? nil : combined
    }
    return body(document.nodes, in: inner)
  }
}

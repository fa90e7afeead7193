/// What the compiler knows at a point in a template: the frames a name may come from, how
/// variables are escaped, and the partial indentation in effect.
struct TemplateContext<Scope> {
  /// Outermost first; the last frame is what `{{.}}` names.
  var frames: [TemplateFrame<Scope>]
  var contentType: TemplateContentType
  /// Whitespace indenting the lines of a partial, nil when none applies.
  var indentation: [UInt8]?
  /// The template the nodes come from, for problems.
  var template: String
  /// Sections and partials entered so far.
  var depth: Int

  /// The context inside a section that pushes `frame`.
  func pushing<Value>(
    _ frame: TemplateFrame<TemplateScope<Value, Scope>>
  ) -> TemplateContext<TemplateScope<Value, Scope>> {
    TemplateContext<TemplateScope<Value, Scope>>(
      frames: frames.map { $0.lifted(below: Value.self) } + [frame], contentType: contentType,
      indentation: indentation, template: template, depth: depth + 1)
  }

  /// The context inside an inverted section over a list.
  func insideInvertedList() -> TemplateContext {
    var inner = self
    inner.frames.append(.emptyList)
    return inner
  }
}

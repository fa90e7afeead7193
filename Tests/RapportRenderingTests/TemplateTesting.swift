import RapportRendering
import Testing

/// Compiling and rendering template texts in tests.
enum TemplateTesting {
  /// Template `text` (named `main`) rendered for `page`, with `partials` (name to text).
  static func render<R: TemplateRecord>(
    _ text: String, _ page: R, partials: [String: String] = [:]
  ) -> String {
    let (program, problems) = compile(text, R.self, partials: partials)
    guard let program else { return "<not compiled: \(problems)>" }
    return program.render(page)
  }

  static func compile<R: TemplateRecord>(
    _ text: String, _ type: R.Type, partials: [String: String] = [:]
  ) -> (program: TemplateProgram<R>?, problems: [TemplateProblem]) {
    var sources = partials
    sources["main"] = text
    return TemplateCompiler.compile(templateNamed: "main", root: type, sources: sources)
  }

  /// The problems compiling `text` for `type` reports.
  static func problems<R: TemplateRecord>(
    _ text: String, _ type: R.Type, partials: [String: String] = [:]
  ) -> [TemplateProblem] {
    compile(text, type, partials: partials).problems
  }

  /// The syntax error in `text`, if any.
  static func syntaxError(_ text: String) -> TemplateProblem? {
    do {
      _ = try TemplateParser.parse(text, named: "main")
      return nil
    } catch {
      return error
    }
  }
}

extension TemplateTesting {
  /// Expects `text` to render `expected` for `page`, both here and in swift-mustache 2.1.1.
  static func check<R: TemplateRecord>(
    _ text: String, _ page: R, partials: [String: String] = [:], _ expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let ours = render(text, page, partials: partials)
    #expect(ours == expected, "rapport's engine", sourceLocation: sourceLocation)
    var sources = partials
    sources["main"] = text
    let reference = try? ReferenceRenderer.render("main", page, sources: sources)
    #expect(reference == expected, "swift-mustache", sourceLocation: sourceLocation)
  }
}

/// Compiles parsed templates against a page type, checking every name without data.
public enum TemplateCompiler {
  /// Template `name` from `documents` compiled for pages of type `root`, with partials compiled
  /// in place from the same documents.
  ///
  /// The program is nil when a problem is an error; warnings (names that are not values, lists
  /// or records written as text) leave a program that renders nothing for those tags.
  public static func compile<Root: TemplateRecord>(
    templateNamed name: String, root: Root.Type, documents: [String: TemplateDocument]
  ) -> (program: TemplateProgram<Root>?, problems: [TemplateProblem]) {
    guard let document = documents[name] else {
      let problem = TemplateProblem(
        .error, template: name, at: TemplatePosition(line: 1, column: 1),
        "there is no template named `\(name)`")
      return (nil, [problem])
    }
    let compilation = TemplateCompilation(documents: documents)
    compilation.includes = [name]
    compilation.pageType = Root.self
    let page = TemplateFrameRecord<TemplateScope<Root, Void>, Root, Void>(box: { $0 })
    let context = TemplateContext<TemplateScope<Root, Void>>(
      frames: [.record(page)], contentType: .html, indentation: nil, template: name, depth: 0)
    let code = compilation.compile(document.nodes, in: context)
    let problems = compilation.problems
    guard !problems.contains(where: { $0.severity == .error }) else { return (nil, problems) }
    return (
      TemplateProgram(templateName: name, code: code, pageNamesRead: compilation.pageNamesRead),
      problems
    )
  }

  /// Template `name` compiled from template texts (name to text), parsing each; a syntax error
  /// in any of them is a problem and leaves no program.
  public static func compile<Root: TemplateRecord>(
    templateNamed name: String, root: Root.Type, sources: [String: String]
  ) -> (program: TemplateProgram<Root>?, problems: [TemplateProblem]) {
    var documents: [String: TemplateDocument] = [:]
    var syntaxErrors: [TemplateProblem] = []
    for (sourceName, text) in sources.sorted(by: { $0.key < $1.key }) {
      do {
        documents[sourceName] = try TemplateParser.parse(text, named: sourceName)
      } catch {
        syntaxErrors.append(error)
      }
    }
    guard syntaxErrors.isEmpty else { return (nil, syntaxErrors) }
    return compile(templateNamed: name, root: root, documents: documents)
  }
}

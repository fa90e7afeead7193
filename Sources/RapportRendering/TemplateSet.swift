import RapportMarkdown
import RapportNotebook
import RapportSystem
import RapportTemplates

/// The report templates compiled against their page types: the built-in ones, each replaceable
/// by a file of the same name.
public struct TemplateSet: Sendable {
  /// Template names; each is read from `<name>.mustache`.
  public static let names = DefaultTemplates.all.map(\.name)

  let indexMarkdown: TemplateProgram<CompanyPage>
  let indexHTML: TemplateProgram<CompanyPage>
  let accountMarkdown: TemplateProgram<AccountPage>
  let accountHTML: TemplateProgram<AccountPage>
  let personMarkdown: TemplateProgram<PersonPage>
  let personHTML: TemplateProgram<PersonPage>
  let tellBack: TemplateProgram<TellBackPage>
  let stylesheet: TemplateProgram<StylesheetPage>
  let note: TemplateProgram<NewNotePage>
  let profile: TemplateProgram<NewProfilePage>
  /// A hash of every template's text, so caches can tell when templates changed.
  public let fingerprint: UInt64

  /// Whether the account or person pages' templates read the page value `name` (such as
  /// `commit`, `notes` or `skipped`): what they do not show need not make them change.
  public func accountPagesRead(_ name: String) -> Bool {
    accountMarkdown.pageNamesRead.contains(name) || accountHTML.pageNamesRead.contains(name)
      || personMarkdown.pageNamesRead.contains(name) || personHTML.pageNamesRead.contains(name)
  }
}

/// A template file found in a templates folder: its name (file name without `.mustache`), its
/// text, and its path as diagnostics name it; nil text when it could not be read as UTF-8.
public struct TemplateFile: Sendable {
  public var name: String
  public var text: String?
  public var path: String
  /// Why the file was not read, when `text` is nil for a reason other than its bytes.
  public var refusal: String?

  public init(name: String, text: String?, path: String, refusal: String? = nil) {
    self.name = name
    self.text = text
    self.path = path
    self.refusal = refusal
  }
}

/// The templates' texts, read but not yet parsed: enough to tell whether they changed.
public struct TemplateSources: Sendable {
  /// Name to text and the file it came from (as diagnostics name it).
  let texts: [String: (text: String, file: String)]
  /// Problems with the files given (unknown names, unreadable files).
  public let diagnostics: [Diagnostic]
  /// A hash of every template's text.
  public let fingerprint: UInt64

  /// The built-in templates, with `files` (from a user's templates folder) replacing those of the
  /// same name.
  public init(replacements files: [TemplateFile] = []) {
    let names = TemplateSet.names
    var texts = Dictionary(
      uniqueKeysWithValues: DefaultTemplates.all.map {
        ($0.name, (text: $0.text, file: "templates/\($0.name).mustache"))
      })
    var diagnostics: [Diagnostic] = []
    for file in files {
      guard names.contains(file.name) else {
        diagnostics.append(
          Diagnostic(
            .templateUnknown, location: .template(file.path), at: nil,
            "rapport does not use a template named `\(file.name)`; it reads \(names.map { $0 + ".mustache" }.joined(separator: ", "))"
              + Suggestion.didYouMean(file.name, among: names)))
        continue
      }
      guard let text = file.text else {
        diagnostics.append(
          Diagnostic(
            .templateInvalid, location: .template(file.path), at: nil,
            file.refusal ?? "cannot read this template as UTF-8 text"))
        continue
      }
      texts[file.name] = (text, file.path)
    }
    var hash: UInt64 = 0
    for name in names { hash = ContentHash.of(texts[name]!.text, seed: hash) }
    self.texts = texts
    self.diagnostics = diagnostics
    fingerprint = hash
  }

  /// Whether reading found no errors (so the texts are worth comparing or parsing).
  public var isReadable: Bool { !diagnostics.contains { $0.severity == .error } }

  /// The templates compiled against their pages, or nil with error diagnostics when one does
  /// not compile; warnings (a name that is not a value) come with a usable set.
  public func parse() -> (TemplateSet?, [Diagnostic]) {
    var diagnostics = self.diagnostics
    var documents: [String: TemplateDocument] = [:]
    for (name, source) in texts.sorted(by: { $0.key < $1.key }) {
      do {
        documents[name] = try TemplateParser.parse(source.text, named: name)
      } catch {
        diagnostics.append(diagnostic(error))
      }
    }
    func compile<Page: TemplateRecord>(_ name: String, _ page: Page.Type) -> TemplateProgram<Page>?
    {
      guard documents[name] != nil else { return nil }
      let (program, problems) = TemplateCompiler.compile(
        templateNamed: name, root: page, documents: documents)
      diagnostics += problems.map(diagnostic)
      return program
    }
    let indexMarkdown = compile("index.md", CompanyPage.self)
    let indexHTML = compile("index.html", CompanyPage.self)
    let accountMarkdown = compile("account.md", AccountPage.self)
    let accountHTML = compile("account.html", AccountPage.self)
    let personMarkdown = compile("person.md", PersonPage.self)
    let personHTML = compile("person.html", PersonPage.self)
    let tellBack = compile("tellback.md", TellBackPage.self)
    let stylesheet = compile("style", StylesheetPage.self)
    let note = compile("note.md", NewNotePage.self)
    let profile = compile("profile.md", NewProfilePage.self)
    // A problem in a partial is found once per template including it.
    diagnostics = Array(Set(diagnostics)).sorted(by: Diagnostic.ordered)
    guard let indexMarkdown, let indexHTML, let accountMarkdown, let accountHTML,
      let personMarkdown,
      let personHTML, let tellBack, let stylesheet, let note, let profile,
      !diagnostics.contains(where: { $0.severity == .error })
    else { return (nil, diagnostics) }
    return (
      TemplateSet(
        indexMarkdown: indexMarkdown, indexHTML: indexHTML, accountMarkdown: accountMarkdown,
        accountHTML: accountHTML, personMarkdown: personMarkdown, personHTML: personHTML,
        tellBack: tellBack, stylesheet: stylesheet, note: note, profile: profile,
        fingerprint: fingerprint),
      diagnostics
    )
  }

  /// A template problem as a diagnostic at the template's file, line and column.
  func diagnostic(_ problem: TemplateProblem) -> Diagnostic {
    let file = texts[problem.template]?.file ?? "templates/\(problem.template).mustache"
    let rule: Rule =
      problem.severity == .error
      ? .templateInvalid : problem.isUnescapedText ? .templateValueUnescaped : .templateValueUnknown
    return Diagnostic(
      rule, location: .template(file),
      at: SourcePosition(line: problem.line, column: problem.column), problem.message)
  }
}

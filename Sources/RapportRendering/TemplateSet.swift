import Mustache
import RapportMarkdown
import RapportNotebook
import RapportSystem
import RapportTemplates

/// The report templates: the built-in ones, each replaceable by a file of the same name.
public struct TemplateSet: Sendable {
  /// Template names; each is read from `<name>.mustache`.
  public static let names = DefaultTemplates.all.map(\.name)

  let library: MustacheLibrary
  /// A hash of every template's text, so caches can tell when templates changed.
  public let fingerprint: UInt64
}

/// A template file found in a templates folder: its name (file name without `.mustache`), its
/// text, and its path as diagnostics name it; nil text when it could not be read as UTF-8.
public struct TemplateFile: Sendable {
  public var name: String
  public var text: String?
  public var path: String

  public init(name: String, text: String?, path: String) {
    self.name = name
    self.text = text
    self.path = path
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
            "cannot read this template as UTF-8 text"))
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

  /// The parsed templates, or nil with error diagnostics when one does not parse.
  public func parse() -> (TemplateSet?, [Diagnostic]) {
    _ = Escaping.registerMarkdown
    var diagnostics = self.diagnostics
    var templates: [String: MustacheTemplate] = [:]
    for (name, source) in texts {
      do {
        templates[name] = try MustacheTemplate(string: source.text)
      } catch let error as MustacheTemplate.ParserError {
        diagnostics.append(
          Diagnostic(
            .templateInvalid, location: .template(source.file),
            at: SourcePosition(line: error.context.lineNumber, column: error.context.columnNumber),
            "template does not parse: \(Self.describe(error.error))"))
      } catch {
        diagnostics.append(
          Diagnostic(
            .templateInvalid, location: .template(source.file), at: nil,
            "template does not parse: \(error)"))
      }
    }
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      return (nil, diagnostics.sorted(by: Diagnostic.ordered))
    }
    return (
      TemplateSet(library: MustacheLibrary(templates: templates), fingerprint: fingerprint),
      diagnostics
    )
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case MustacheTemplate.Error.sectionCloseNameIncorrect:
      return "a section closes with a different name than it opened"
    case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with }}"
    case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
    case MustacheTemplate.Error.invalidSetDelimiter: return "a set-delimiter tag is malformed"
    case MustacheTemplate.Error.invalidConfigVariableSyntax:
      return "a {{% ...}} pragma is malformed"
    case MustacheTemplate.Error.unrecognisedConfigVariable:
      return "a {{% ...}} pragma is not one rapport knows"
    default: return "\(error)"
    }
  }
}

extension TemplateSet {
  /// Renders template `name` with `values`.
  func render(_ name: String, _ values: Any) -> String {
    library.render(values, withTemplate: name) ?? ""
  }
}

import Mustache
import RapportMarkdown
import RapportNotebook
import RapportTemplates

/// The report templates: the built-in ones, each replaceable by a file of the same name.
public struct TemplateSet: Sendable {
  /// Template names; each is read from `<name>.mustache`.
  public static let names = DefaultTemplates.all.map(\.name)

  let library: MustacheLibrary
  /// A hash of every template's text, so caches can tell when templates changed.
  public let fingerprint: UInt64

  /// The templates, with files in `folder` (if any) replacing the built-in ones of the same name.
  ///
  /// `displayFolder` is how diagnostics name the folder (notebook-relative or as the user typed it).
  /// Returns nil with error diagnostics when a template does not parse.
  public static func load(
    overrides folder: String?, displayFolder: String? = nil
  ) -> (TemplateSet?, [Diagnostic]) {
    _ = Escaping.registerMarkdown
    var texts = Dictionary(
      uniqueKeysWithValues: DefaultTemplates.all.map {
        ($0.name, (text: $0.text, file: "templates/\($0.name).mustache"))
      })
    var diagnostics: [Diagnostic] = []
    if let folder, let entries = FileSystem.list(folder) {
      let shown = displayFolder ?? folder
      for entry in entries where entry.isFile && entry.name.hasSuffix(".mustache") {
        let name = String(entry.name.dropLast(".mustache".count))
        let file = shown + "/" + entry.name
        guard names.contains(name) else {
          diagnostics.append(
            Diagnostic(
              .templateUnknown, file: file, at: nil,
              "rapport does not use a template named `\(name)`; it reads \(names.map { $0 + ".mustache" }.joined(separator: ", "))"
                + Suggestion.didYouMean(name, among: names)))
          continue
        }
        var buffer: [UInt8] = []
        guard
          case .success = FileSystem.read(
            folder + "/" + entry.name, into: &buffer, maxBytes: 16 << 20),
          let text = String(validating: buffer, as: UTF8.self)
        else {
          diagnostics.append(
            Diagnostic(
              .templateInvalid, file: file, at: nil, "cannot read this template as UTF-8 text"))
          continue
        }
        texts[name] = (text, file)
      }
    }
    var templates: [String: MustacheTemplate] = [:]
    for (name, source) in texts {
      do {
        templates[name] = try MustacheTemplate(string: source.text)
      } catch let error as MustacheTemplate.ParserError {
        diagnostics.append(
          Diagnostic(
            .templateInvalid, file: source.file,
            at: SourcePosition(line: error.context.lineNumber, column: error.context.columnNumber),
            "template does not parse: \(describe(error.error))"))
      } catch {
        diagnostics.append(
          Diagnostic(
            .templateInvalid, file: source.file, at: nil, "template does not parse: \(error)"))
      }
    }
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      return (nil, diagnostics.sorted(by: Diagnostic.ordered))
    }
    var hash: UInt64 = 0
    for name in names { hash = ContentHash.of(texts[name]!.text, seed: hash) }
    return (
      TemplateSet(library: MustacheLibrary(templates: templates), fingerprint: hash), diagnostics
    )
  }

  /// Renders template `name` with `values`.
  func render(_ name: String, _ values: [String: Any]) -> String {
    library.render(values, withTemplate: name) ?? ""
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

import Mustache
import RapportRendering

/// Renders with swift-mustache 2.1.1, from values converted as `ReportRenderer.withPresenceFlags`
/// converts report values today: absent and empty values removed, numbers as text, a `has_<name>`
/// flag beside every list, and rapport's own escapers registered for `HTML` and `MARKDOWN`.
enum ReferenceRenderer {
  private static let contentTypes: Void = {
    MustacheContentTypes.register(ReferenceHTML(), named: "HTML")
    MustacheContentTypes.register(ReferenceMarkdown(), named: "MARKDOWN")
  }()

  /// Template `name` from `sources` (name to text) rendered for `page`.
  static func render<R: TemplateRecord>(
    _ name: String, _ page: R, sources: [String: String]
  ) throws -> String {
    render(name, page, library: try library(sources))
  }

  /// The templates in `sources` (name to text), parsed by swift-mustache.
  static func library(_ sources: [String: String]) throws -> MustacheLibrary {
    _ = contentTypes
    var templates: [String: MustacheTemplate] = [:]
    for (sourceName, text) in sources { templates[sourceName] = try MustacheTemplate(string: text) }
    return MustacheLibrary(templates: templates)
  }

  /// Template `name` from `library` rendered for `page`.
  static func render<R: TemplateRecord>(
    _ name: String, _ page: R, library: MustacheLibrary
  ) -> String {
    _ = contentTypes
    return library.render(values(of: page), withTemplate: name) ?? ""
  }

  /// The record as swift-mustache context values.
  static func values<R: TemplateRecord>(of record: R) -> ReferenceObject {
    var values: [String: Any] = [:]
    let declared = Set(R.templateFields.map(\.name))
    for field in R.templateFields {
      let name = field.name
      switch field.value(in: record) {
      case .text(let text):
        if let text, !text.isEmpty { values[name] = ReferenceText(renderText: text) }
      case .number(let number):
        if let number { values[name] = ReferenceText(renderText: String(number)) }
      case .flag(let flag):
        values[name] = flag
      case .record(let nested):
        if let nested { values[name] = object(nested) }
      case .list(let items):
        values[name] = items.map(object)
        if !declared.contains("has_" + name) { values["has_" + name] = !items.isEmpty }
      case .texts(let texts):
        values[name] = texts.map { ReferenceText(renderText: $0) }
        if !declared.contains("has_" + name) { values["has_" + name] = !texts.isEmpty }
      }
    }
    return ReferenceObject(values)
  }

  private static func object(_ record: any TemplateRecord) -> ReferenceObject {
    values(of: record)
  }
}

/// A context object, found by name as rapport's `TemplateObject` is.
final class ReferenceObject: MustacheParent {
  let values: [String: Any]
  init(_ values: [String: Any]) { self.values = values }
  func child(named name: String) -> Any? { values[name] }
}

/// A string or number, rendered and pushed as rapport's `TemplateText` is.
struct ReferenceText: MustacheCustomRenderable, MustacheParent {
  let renderText: String
  var isNull: Bool { false }
  func child(named name: String) -> Any? { nil }
}

struct ReferenceHTML: MustacheContentType {
  func escapeText(_ text: String) -> String { Escaping.html(text) }
}

struct ReferenceMarkdown: MustacheContentType {
  func escapeText(_ text: String) -> String { Escaping.markdown(text) }
}

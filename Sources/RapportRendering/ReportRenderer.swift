import Mustache
import RapportAnalysis
import RapportNotebook

/// Turns report models into page text through the templates; no file I/O.
public struct ReportRenderer: Sendable {
  public let templates: TemplateSet

  public init(templates: TemplateSet) { self.templates = templates }

  /// One rendered page in both formats.
  public struct Page: Sendable {
    public var markdown: String
    public var html: String
  }

  /// The company-wide page.
  public func index(_ report: CompanyReport, context: RenderContext) -> Page {
    let values = Self.withPresenceFlags(CompanyView(report: report, context: context).values())
    return Page(
      markdown: templates.render("index.md", TemplateObject(values)),
      html: templates.render("index.html", TemplateObject(values)))
  }

  /// One account's page.
  public func account(_ report: AccountReport, context: RenderContext) -> Page {
    let values = Self.withPresenceFlags(AccountView(report: report, context: context).values())
    return Page(
      markdown: templates.render("account.md", TemplateObject(values)),
      html: templates.render("account.html", TemplateObject(values)))
  }

  /// Adds `has_<key>` (true when non-empty) beside every list, so templates can wrap a table, and
  /// drops empty strings, so `{{#title}}…{{/title}}` skips what is not there.
  static func withPresenceFlags(_ values: [String: Any]) -> [String: Any] {
    var result = values
    for (key, value) in values {
      if let text = value as? String {
        result[key] = text.isEmpty ? nil : TemplateText(renderText: text)
      } else if let number = value as? Int {
        result[key] = TemplateText(renderText: String(number))
      } else if let optional = value as? OptionalValue, optional.isNone {
        result[key] = nil
      } else if let list = value as? [Any] {
        result["has_" + key] = !list.isEmpty
        if let dictionaries = list as? [[String: Any]] {
          result[key] = dictionaries.map { TemplateObject(withPresenceFlags($0)) }
        } else if let texts = list as? [String] {
          result[key] = texts.map { TemplateText(renderText: $0) }
        }
      } else if let dictionary = value as? [String: Any] {
        result[key] = TemplateObject(withPresenceFlags(dictionary))
      }
    }
    return result
  }
}

/// A context object for templates: swift-mustache finds a class's children far faster than a
/// dictionary's (no conditional-conformance check on every lookup).
final class TemplateObject: MustacheParent, @unchecked Sendable {
  let values: [String: Any]
  init(_ values: [String: Any]) { self.values = values }
  func child(named name: String) -> Any? { values[name] }
}

/// A string or number for templates: rendered without the dynamic casts a plain `String` goes
/// through, and, pushed by a section, a context frame with nothing in it (no reflection).
struct TemplateText: MustacheCustomRenderable, MustacheParent, Sendable {
  let renderText: String
  var isNull: Bool { false }
  func child(named name: String) -> Any? { nil }
}

/// Lets an optional stored as `Any` be recognised as empty.
protocol OptionalValue {
  var isNone: Bool { get }
}

extension Optional: OptionalValue {
  var isNone: Bool { self == nil }
}

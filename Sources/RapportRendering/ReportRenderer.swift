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
      markdown: templates.render("index.md", values), html: templates.render("index.html", values))
  }

  /// One account's page.
  public func account(_ report: AccountReport, context: RenderContext) -> Page {
    let values = Self.withPresenceFlags(AccountView(report: report, context: context).values())
    return Page(
      markdown: templates.render("account.md", values),
      html: templates.render("account.html", values))
  }

  /// Adds `has_<key>` (true when non-empty) beside every list, so templates can wrap a table, and
  /// drops empty strings, so `{{#title}}…{{/title}}` skips what is not there.
  static func withPresenceFlags(_ values: [String: Any]) -> [String: Any] {
    var result = values
    for (key, value) in values {
      if let text = value as? String, text.isEmpty {
        result[key] = nil
      } else if let optional = value as? OptionalValue, optional.isNone {
        result[key] = nil
      } else if let list = value as? [Any] {
        result["has_" + key] = !list.isEmpty
        if let dictionaries = list as? [[String: Any]] {
          result[key] = dictionaries.map(withPresenceFlags)
        }
      } else if let dictionary = value as? [String: Any] {
        result[key] = withPresenceFlags(dictionary)
      }
    }
    return result
  }
}

/// Lets an optional stored as `Any` be recognised as empty.
protocol OptionalValue {
  var isNone: Bool { get }
}

extension Optional: OptionalValue {
  var isNone: Bool { self == nil }
}

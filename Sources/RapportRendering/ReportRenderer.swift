import RapportAnalysis
import RapportNotebook

/// Turns report models into page text through the compiled templates; no file I/O.
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
    let page = CompanyPage(report: report, context: context)
    return Page(
      markdown: templates.indexMarkdown.render(page), html: templates.indexHTML.render(page))
  }

  /// One account's page.
  public func account(_ report: AccountReport, context: RenderContext) -> Page {
    let page = AccountPage(report: report, context: context)
    return Page(
      markdown: templates.accountMarkdown.render(page), html: templates.accountHTML.render(page))
  }
}

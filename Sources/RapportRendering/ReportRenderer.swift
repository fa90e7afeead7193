import RapportAnalysis
import RapportNotebook
import RapportSystem

/// Turns report models into page text through the compiled templates; no file I/O.
public struct ReportRenderer: Sendable {
  public let templates: TemplateSet

  public init(templates: TemplateSet) { self.templates = templates }

  /// One rendered page in both formats, as UTF-8 bytes.
  public struct Page: Sendable {
    public var markdown: [UInt8]
    public var html: [UInt8]
  }

  /// The company-wide page, its two formats rendered at once when `jobs` allows (it is the
  /// largest page, and rendered while no other page is).
  public func index(_ report: CompanyReport, context: RenderContext, jobs: Int = 1) -> Page {
    let page = CompanyPage(report: report, context: context)
    let (markdown, html) = Parallel.both(
      jobs: jobs, { templates.indexMarkdown.bytes(page) }, { templates.indexHTML.bytes(page) })
    return Page(markdown: markdown, html: html)
  }

  /// One account's page.
  public func account(
    _ report: AccountReport, settings: Settings, context: RenderContext
  ) -> Page {
    let page = AccountPage(report: report, settings: settings, context: context)
    return Page(
      markdown: templates.accountMarkdown.bytes(page), html: templates.accountHTML.bytes(page))
  }

  /// One person's page.
  public func person(
    _ person: PersonReport, period: ReportPeriod, settings: Settings, context: RenderContext
  ) -> Page {
    let page = PersonPage(person: person, period: period, settings: settings, context: context)
    return Page(
      markdown: templates.personMarkdown.bytes(page), html: templates.personHTML.bytes(page))
  }
}

extension ReportRenderer {
  /// The style sheet every HTML page links to.
  public func stylesheet() -> String { templates.stylesheet.render(StylesheetPage()) }

  /// A customer-facing tell-back draft for one account (Markdown).
  public func tellBack(_ summary: TellBackSummary) -> String {
    templates.tellBack.render(TellBackPage(summary: summary))
  }
}

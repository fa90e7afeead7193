import RapportRendering

// Test records with the values today's `AccountView`, `CompanyView` and `SharedViews` give
// templates, so the real templates compile against them without a warning.

struct LinkRecord: TemplateRecord {
  var href, label: String?
  static let templateTypeName = "Link"
  static let templateFields: [TemplateField<LinkRecord>] = [
    .text("href", "The note's path from the page, with a line anchor.") { $0.href },
    .text("label", "The note's path and line.") { $0.label },
  ]
  static func sample(_ m: inout SampleMaker) -> LinkRecord {
    LinkRecord(href: m.text("href"), label: m.text("label"))
  }
}

struct SkippedRecord: TemplateRecord {
  var count: Int?
  var label: String?
  static let templateFields: [TemplateField<SkippedRecord>] = [
    .number("count", "Notes left out.") { $0.count },
    .text("label", "\"note was\" or \"notes were\".") { $0.label },
  ]
  static func sample(_ m: inout SampleMaker) -> SkippedRecord {
    SkippedRecord(count: m.number("count"), label: m.text("label"))
  }
}

struct ResponseRecord: TemplateRecord {
  var rate, detail: String?
  static let templateFields: [TemplateField<ResponseRecord>] = [
    .text("rate", "The response rate.") { $0.rate },
    .text("detail", "How it was counted.") { $0.detail },
  ]
  static func sample(_ m: inout SampleMaker) -> ResponseRecord {
    ResponseRecord(rate: m.text("rate"), detail: m.text("detail"))
  }
}

struct RenderedRecord: TemplateRecord {
  var markdown, html: String?
  static let templateFields: [TemplateField<RenderedRecord>] = [
    .text("markdown", "Sanitized Markdown.") { $0.markdown },
    .text("html", "HTML from cmark's safe mode.") { $0.html },
  ]
  static func sample(_ m: inout SampleMaker) -> RenderedRecord {
    RenderedRecord(markdown: m.text("markdown"), html: m.text("html"))
  }
}

struct BucketRecord: TemplateRecord {
  var score, count: Int?
  static let templateFields: [TemplateField<BucketRecord>] = [
    .number("score", "A score from 0 to 10.") { $0.score },
    .number("count", "Respondents with that score.") { $0.count },
  ]
  static func sample(_ m: inout SampleMaker) -> BucketRecord {
    BucketRecord(score: m.number("score"), count: m.number("count"))
  }
}

struct QuoteRecord: TemplateRecord {
  var markdown, markdownQuoted, html, speaker, account, date: String?
  var link: LinkRecord?
  var links = PersonLinkValues()
  static let templateFields: [TemplateField<QuoteRecord>] =
    PersonLinkValues.fields { $0.links } + [
      .text("markdown", "The quote as Markdown.") { $0.markdown },
      .text("markdown_quoted", "Each line prefixed with `> `.") { $0.markdownQuoted },
      .text("html", "The quote as HTML.") { $0.html },
      .text("speaker", "Who said it.") { $0.speaker },
      .text("account", "Their account.") { $0.account },
      .text("date", "When.") { $0.date },
      .record("link", "The note.") { $0.link },
    ]
  static func sample(_ m: inout SampleMaker) -> QuoteRecord {
    QuoteRecord(
      markdown: m.text("markdown"), markdownQuoted: m.text("markdown_quoted"), html: m.text("html"),
      speaker: m.text("speaker"), account: m.text("account"), date: m.text("date"),
      link: m.record("link", LinkRecord.sample), links: PersonLinkValues.sample(&m))
  }
}

struct CommitmentRecord: TemplateRecord {
  var text: String?
  var confidential = false
  var owner, handle, due, done, status, statusClass, overdueDays, overdueFor: String?
  var tellBack = false
  var isInternal = false
  var account, accountID: String?
  var link: LinkRecord?
  static let templateFields: [TemplateField<CommitmentRecord>] = [
    .text("text", "What was promised.") { $0.text },
    .flag("confidential", "Whether the note is confidential.") { $0.confidential },
    .text("owner", "Who owns it.") { $0.owner },
    .text("handle", "The owner's handle.") { $0.handle },
    .text("due", "Due date.") { $0.due },
    .text("done", "Done date.") { $0.done },
    .text("status", "Status label.") { $0.status },
    .text("status_class", "Status as a CSS class.") { $0.statusClass },
    .text("overdue_days", "Days overdue.") { $0.overdueDays },
    .text("overdue_for", "Days overdue in words.") { $0.overdueFor },
    .flag("tell_back", "Whether it is a tell-back.") { $0.tellBack },
    .flag("internal", "Whether our own side made it.") { $0.isInternal },
    .text("account", "The account's name.") { $0.account },
    .text("account_id", "The account's id.") { $0.accountID },
    .record("link", "The note.") { $0.link },
  ]
  static func sample(_ m: inout SampleMaker) -> CommitmentRecord {
    CommitmentRecord(
      text: m.text("text"), confidential: m.flag(), owner: m.text("owner"),
      handle: m.text("handle"), due: m.text("due"), done: m.text("done"),
      status: m.text("status"), statusClass: m.text("status_class"),
      overdueDays: m.text("overdue_days"), overdueFor: m.text("overdue_for"), tellBack: m.flag(),
      isInternal: m.flag(),
      account: m.text("account"),
      accountID: m.text("account_id"), link: m.record("link", LinkRecord.sample))
  }
}

struct ConvertRecord: TemplateRecord {
  var name, account, accountID, level, first, firstDate, latest, latestDate, direction: String?
  var improvement = false
  var link: LinkRecord?
  var links = PersonLinkValues()
  static let templateFields: [TemplateField<ConvertRecord>] =
    PersonLinkValues.fields { $0.links } + [
      .text("name", "The person.") { $0.name },
      .text("account", "Their account.") { $0.account },
      .text("account_id", "The account's id.") { $0.accountID },
      .text("level", "Their level.") { $0.level },
      .text("first", "First score.") { $0.first },
      .text("first_date", "Its date.") { $0.firstDate },
      .text("latest", "Latest score.") { $0.latest },
      .text("latest_date", "Its date.") { $0.latestDate },
      .text("direction", "Which way they moved.") { $0.direction },
      .flag("improvement", "Whether they became a promoter.") { $0.improvement },
      .record("link", "The latest note.") { $0.link },
    ]
  static func sample(_ m: inout SampleMaker) -> ConvertRecord {
    ConvertRecord(
      name: m.text("name"), account: m.text("account"), accountID: m.text("account_id"),
      level: m.text("level"), first: m.text("first"), firstDate: m.text("first_date"),
      latest: m.text("latest"), latestDate: m.text("latest_date"),
      direction: m.text("direction"), improvement: m.flag(),
      link: m.record("link", LinkRecord.sample), links: PersonLinkValues.sample(&m))
  }
}

struct IndifferenceRecord: TemplateRecord {
  var person, title, account, accountID, level, reason, lastHeard: String?
  var links = PersonLinkValues()
  static let templateFields: [TemplateField<IndifferenceRecord>] =
    PersonLinkValues.fields { $0.links } + [
      .text("person", "The person, or the whole account.") { $0.person },
      .text("title", "Their title.") { $0.title },
      .text("account", "The account.") { $0.account },
      .text("account_id", "The account's id.") { $0.accountID },
      .text("level", "Their level.") { $0.level },
      .text("reason", "Why they are listed.") { $0.reason },
      .text("last_heard", "When we last heard from them.") { $0.lastHeard },
    ]
  static func sample(_ m: inout SampleMaker) -> IndifferenceRecord {
    IndifferenceRecord(
      person: m.text("person"), title: m.text("title"), account: m.text("account"),
      accountID: m.text("account_id"), level: m.text("level"), reason: m.text("reason"),
      lastHeard: m.text("last_heard"), links: PersonLinkValues.sample(&m))
  }
}

/// Links to a person's page; their fields sit on the record that mentions the person.
struct PersonLinkValues: Sendable {
  var markdown, html: String?

  static func fields<Root>(
    _ links: @escaping @Sendable (Root) -> PersonLinkValues
  ) -> [TemplateField<Root>] {
    [
      .text("person_md", "The person's page (Markdown).") { links($0).markdown },
      .text("person_html", "The person's page (HTML).") { links($0).html },
    ]
  }

  static func sample(_ m: inout SampleMaker) -> PersonLinkValues {
    PersonLinkValues(markdown: m.text("person_md"), html: m.text("person_html"))
  }
}

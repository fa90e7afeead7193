import RapportAnalysis
import RapportMarkdown
import RapportNotebook

/// An NPS figure box: the score (withheld below `min_group_size`), counts and a chart.
struct NPSValue: TemplateRecord {
  let summary: NPSSummary
  let minimum: Int
  /// The chart's id, unique in the page.
  let chartID: String
  static let templateTypeName = "NPS"
  static let templateFields: [TemplateField<NPSValue>] = [
    .text("score", "The NPS with a sign and one decimal, or \"too few to report\".") {
      Formatting.groupNPS($0.summary, minimum: $0.minimum)
    },
    .number("respondents", "People whose latest score falls in the window.") {
      $0.summary.respondents
    },
    .text("respondents_text", "\"1 respondent\", \"3 respondents\".") {
      Formatting.count($0.summary.respondents, "respondent")
    },
    .number("promoters", "Promoters (9-10).") { $0.summary.promoters },
    .number("passives", "Passives (7-8).") { $0.summary.passives },
    .number("detractors", "Detractors (0-6).") { $0.summary.detractors },
    .text("counts_text", "\"2 promoters, 1 passive, 0 detractors\".") {
      [
        Formatting.count($0.summary.promoters, "promoter"),
        Formatting.count($0.summary.passives, "passive"),
        Formatting.count($0.summary.detractors, "detractor"),
      ].joined(separator: ", ")
    },
    .text("chart_svg", "Respondents by score as an inline SVG chart.") {
      Charts.npsDistribution($0.summary, id: $0.chartID)
    },
    .list("distribution", "Respondents per score, 0 to 10.") { value in
      (0...10).map { Bucket(score: $0, count: value.summary.distribution[$0]) }
    },
  ]
}

/// A quote with who said it and where.
struct QuoteValue: TemplateRecord {
  let quote: QuoteEntry
  let context: RenderContext
  let depth: Int
  let withAccount: Bool
  static let templateTypeName = "Quote"
  static let templateFields: [TemplateField<QuoteValue>] =
    PersonLinks.fields { value in
      value.quote.speakerID.map {
        PersonLinks(account: value.quote.accountID, id: $0, depth: value.depth)
      }
    } + [
      .text("markdown", "The quote as safe Markdown.") { Markdown.sanitized($0.quote.markdown) },
      .text("markdown_quoted", "The same with each line prefixed `> `.") {
        Formatting.prefixingLines(Markdown.sanitized($0.quote.markdown), with: "> ")
      },
      .text("html", "The quote as HTML from cmark's safe mode.") {
        Markdown.renderHTML($0.quote.markdown)
      },
      .text("speaker", "Who said it.") { $0.quote.speakerName },
      .text("account", "Their account (on company-wide lists).") {
        $0.withAccount ? $0.quote.accountName : nil
      },
      .text("date", "The interview's date.") { $0.quote.date.description },
      .record("link", "The note and line.") {
        $0.context.link($0.quote.file, line: $0.quote.line, depth: $0.depth)
      },
    ]
}

/// A commitment in a ledger or an owner's overdue list.
struct CommitmentValue: TemplateRecord {
  let entry: LedgerEntry
  let context: RenderContext
  let depth: Int
  let withAccount: Bool
  static let templateTypeName = "Commitment"
  static let templateFields: [TemplateField<CommitmentValue>] = [
    .text("text", "What was promised (empty for a confidential note).") { value in
      // The tell-back tag shows as a badge, so it is not repeated in the text.
      let text = value.entry.text ?? ""
      guard value.entry.isTellBack else { return text }
      return CommitmentValue.removing(tag: "#" + value.context.tellBackTag, from: text)
    },
    .flag("confidential", "Whether the note is confidential (its words withheld).") {
      $0.entry.text == nil
    },
    .text("owner", "The owner's name, else @handle, else \"no owner\".") {
      $0.entry.ownerName ?? $0.entry.owner.map { "@" + $0 } ?? "no owner"
    },
    .text("handle", "The owner's handle.") { $0.entry.owner },
    .text("due", "The due date, or a dash.") { $0.entry.due?.description ?? "—" },
    .text("done", "The day it was done, \"date unknown\", or a dash.") {
      $0.entry.done?.description
        ?? ($0.entry.status == .done || $0.entry.status == .doneLate ? "date unknown" : "—")
    },
    .text("status", "overdue, open, done late or done.") { LedgerView.label($0.entry.status) },
    .text("status_class", "The status as a CSS class.") { $0.entry.status.rawValue },
    .text("overdue_days", "Days past due, for overdue ones.") {
      $0.entry.daysOverdue.map { "\($0)" }
    },
    .text("overdue_for", "Days past due in words (\"1 day\", \"12 days\"), for overdue ones.") {
      $0.entry.daysOverdue.map { Formatting.count($0, "day") }
    },
    .flag("tell_back", "Whether it is a tell-back.") { $0.entry.isTellBack },
    .flag("internal", "Whether it was made in an internal-side note.") { $0.entry.isInternal },
    .text("account", "The account's name (on company-wide lists).") {
      $0.withAccount ? $0.entry.accountName : nil
    },
    .text("account_id", "The account's id.") { $0.entry.account },
    .record("link", "The note and line.") {
      $0.context.link($0.entry.file, line: $0.entry.line, depth: $0.depth)
    },
  ]
}

extension CommitmentValue {
  /// `text`'s words (split on spaces, empty ones dropped) but those that are `tag` in any case,
  /// joined by single spaces. Works on bytes: tell-backs are listed on every ledger.
  static func removing(tag: String, from text: String) -> String {
    let tagBytes = Array(tag.utf8)
    var kept: [UInt8] = []
    kept.reserveCapacity(text.utf8.count)
    var copy = text
    copy.withUTF8 { bytes in
      var end = 0
      while end < bytes.count {
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
        let start = end
        while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
        guard start < end else { break }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if word[0] == UInt8(ascii: "#"), isTag(word, tagBytes, tag) { continue }
        if !kept.isEmpty { kept.append(UInt8(ascii: " ")) }
        kept.append(contentsOf: word)
      }
    }
    return String(decoding: kept, as: UTF8.self)
  }

  /// Whether `word` lower-cased is `tag` (given also as bytes); ASCII words without the tables.
  private static func isTag(
    _ word: UnsafeBufferPointer<UInt8>, _ tagBytes: [UInt8], _ tag: String
  )
    -> Bool
  {
    guard word.allSatisfy({ $0 < 0x80 }) else {
      return String(decoding: word, as: UTF8.self).lowercased() == tag
    }
    guard word.count == tagBytes.count else { return false }
    for (byte, expected) in zip(word, tagBytes) {
      let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
      if lower != expected { return false }
    }
    return true
  }
}

/// A person who changed camps.
struct ConvertValue: TemplateRecord {
  let convert: Convert
  let context: RenderContext
  let depth: Int
  static let templateTypeName = "Convert"
  static let templateFields: [TemplateField<ConvertValue>] =
    PersonLinks.fields {
      PersonLinks(account: $0.convert.accountID, id: $0.convert.contactID, depth: $0.depth)
    } + [
      .text("name", "The person.") { $0.convert.contactName },
      .text("account", "Their account.") { $0.convert.accountName },
      .text("account_id", "Its id.") { $0.convert.accountID },
      .text("level", "Their level, or a dash.") {
        $0.convert.level.map(Formatting.title) ?? "—"
      },
      .text("first", "Their first score.") { Formatting.number($0.convert.first.value) },
      .text("first_date", "When.") { $0.convert.first.date.description },
      .text("latest", "Their latest score.") { Formatting.number($0.convert.latest.value) },
      .text("latest_date", "When.") { $0.convert.latest.date.description },
      .text("direction", "\"detractor → promoter\" or the reverse.") {
        $0.convert.isImprovement ? "detractor → promoter" : "promoter → detractor"
      },
      .flag("improvement", "Whether they became a promoter.") { $0.convert.isImprovement },
      .record("link", "The latest score's note.") {
        $0.context.link($0.convert.latest.file, line: $0.convert.latest.line, depth: $0.depth)
      },
    ]
}

/// Someone (or an account) in the zone of mutual indifference.
struct IndifferenceValue: TemplateRecord {
  let entry: IndifferenceEntry
  let depth: Int
  static let templateTypeName = "Quiet relationship"
  static let templateFields: [TemplateField<IndifferenceValue>] =
    PersonLinks.fields { value in
      value.entry.contactID.map {
        PersonLinks(account: value.entry.accountID, id: $0, depth: value.depth)
      }
    } + [
      .text("person", "The person, or \"(whole account)\".") {
        $0.entry.contactName ?? "(whole account)"
      },
      .text("title", "Their title.") { $0.entry.title },
      .text("account", "Their account.") { $0.entry.accountName },
      .text("account_id", "Its id.") { $0.entry.accountID },
      .text("level", "Their level, or a dash.") { $0.entry.level.map(Formatting.title) ?? "—" },
      .text("reason", "Why they are listed.") { PeopleView.reason($0.entry) },
      .text("last_heard", "When we last heard from them, or \"never\".") {
        $0.entry.lastHeard?.description ?? "never"
      },
    ]
}

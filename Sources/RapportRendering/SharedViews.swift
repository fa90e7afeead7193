import RapportAnalysis
import RapportMarkdown
import RapportNotebook

/// Template values for a quote.
enum QuoteView {
  static func values(
    _ quote: QuoteEntry, context: RenderContext, depth: Int, withAccount: Bool
  ) -> [String: Any] {
    let safe = Markdown.sanitized(quote.markdown)
    return [
      "markdown": safe,
      "markdown_quoted": safe.split(separator: "\n", omittingEmptySubsequences: false).map {
        "> " + $0
      }.joined(separator: "\n"),
      "html": Markdown.renderHTML(quote.markdown),
      "speaker": quote.speakerName, "account": withAccount ? quote.accountName : "",
      "date": quote.date.description,
      "link": context.noteLink(quote.file, line: quote.line, depth: depth),
    ]
  }
}

/// Template values for commitments.
enum LedgerView {
  static func entry(
    _ entry: LedgerEntry, context: RenderContext, depth: Int, withAccount: Bool
  ) -> [String: Any] {
    // The tell-back tag shows as a badge, so it is not repeated in the text.
    let text =
      entry.isTellBack
      ? (entry.text ?? "").split(separator: " ").filter {
        $0.lowercased() != "#" + context.tellBackTag
      }.joined(separator: " ")
      : entry.text ?? ""
    return [
      "text": text, "confidential": entry.text == nil,
      "owner": entry.ownerName ?? entry.owner.map { "@" + $0 } ?? "no owner",
      "handle": entry.owner ?? "",
      "due": entry.due?.description ?? "—",
      "done": entry.done?.description
        ?? (entry.status == .done || entry.status == .doneLate ? "date unknown" : "—"),
      "status": label(entry.status), "status_class": entry.status.rawValue,
      "overdue_days": entry.daysOverdue.map { "\($0)" } ?? "",
      "tell_back": entry.isTellBack, "internal": entry.isInternal,
      "account": withAccount ? entry.accountName : "",
      "account_id": entry.account,
      "link": context.noteLink(entry.file, line: entry.line, depth: depth),
    ]
  }

  static func label(_ status: CommitmentStatus) -> String {
    switch status {
    case .overdue: return "overdue"
    case .open: return "open"
    case .doneLate: return "done late"
    case .done: return "done"
    }
  }
}

/// Labels for close-the-loop statuses.
enum LoopView {
  static func label(_ status: LoopStatus) -> String {
    switch status {
    case .onTime: return "told on time"
    case .late: return "told late"
    case .doneUndated: return "told (date unknown)"
    case .pending: return "pending"
    case .overdue: return "tell-back overdue"
    case .notPlanned: return "no tell-back planned"
    }
  }
}

/// Template values for people signals: converts and the indifference list.
enum PeopleView {
  static func convert(_ convert: Convert, context: RenderContext, depth: Int) -> [String: Any] {
    [
      "name": convert.contactName, "account": convert.accountName, "account_id": convert.accountID,
      "level": convert.level.map(Formatting.title) ?? "—",
      "first": Formatting.number(convert.first.value), "first_date": convert.first.date.description,
      "latest": Formatting.number(convert.latest.value),
      "latest_date": convert.latest.date.description,
      "direction": convert.isImprovement ? "detractor → promoter" : "promoter → detractor",
      "improvement": convert.isImprovement,
      "link": context.noteLink(convert.latest.file, line: convert.latest.line, depth: depth),
    ]
  }

  static func indifference(_ entry: IndifferenceEntry) -> [String: Any] {
    let reason: String
    switch entry.reason {
    case .silentPassive:
      reason =
        "passive (\(entry.latestScore.map(Formatting.number) ?? "—")), not heard from for \(entry.daysSilent ?? 0) days"
    case .neverInterviewed:
      reason =
        entry.lastPresent.map { "not interviewed on their own; attended \($0)" }
        ?? "on the roster, never interviewed"
    case .silentAccount:
      reason =
        (entry.daysSilent.map { "nobody at the account heard from for \($0) days" }
          ?? "nobody at the account ever interviewed")
        + (entry.accountLost ? " (lost account)" : "")
    }
    return [
      "person": entry.contactName ?? "(whole account)", "title": entry.title ?? "",
      "account": entry.accountName,
      "account_id": entry.accountID, "level": entry.level.map(Formatting.title) ?? "—",
      "reason": reason,
      "last_heard": entry.lastHeard?.description ?? "never",
    ]
  }
}

/// Template values for win/loss: stated reasons beside assumed ones.
enum WinLossView {
  static func values(
    _ analysis: WinLossAnalysis, context: RenderContext, depth: Int
  ) -> [String: Any] {
    [
      "notes": analysis.notes.map { note -> [String: Any] in
        [
          "date": note.date.description, "contact": note.contactName,
          "outcome": note.outcome?.rawValue ?? "not recorded",
          "reasons": note.reasons.joined(separator: ", "),
          "link": context.noteLink(note.file, depth: depth),
        ]
      },
      "stated": analysis.statedReasons.map {
        ["reason": $0.reason, "notes": $0.notes, "notes_text": Formatting.count($0.notes, "note")]
      },
      "assumptions": analysis.assumptions.map { check -> [String: Any] in
        [
          "reason": check.reason, "accounts": check.accounts, "notes": check.notes,
          "stated_in": check.statedIn,
          "notes_text": Formatting.count(check.notes, "win-loss note"),
          "never_stated": check.neverStated,
          "never_stated_text": check.neverStated == 0
            ? "none" : Formatting.count(check.neverStated, "account"),
          "share": check.notes == 0
            ? "—" : Formatting.percent(Double(check.statedIn) / Double(check.notes)),
          "sentence":
            "Assumed by \(Formatting.count(check.accounts, "account")); stated by buyers in \(check.statedIn) of \(Formatting.count(check.notes, "win-loss note")); never stated at \(Formatting.count(check.neverStated, "of those accounts", "of those accounts")).",
        ]
      },
      "outcomes_text": Outcome.allCases.compactMap { outcome in
        analysis.outcomes[outcome].map { "\(outcome.rawValue) \($0)" }
      }.joined(separator: ", "),
    ]
  }
}

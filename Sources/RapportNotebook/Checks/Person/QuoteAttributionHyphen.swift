extension Rule {
  /// A quote attributed with a hyphen, which names no speaker.
  public static let quoteAttributionHyphen = Rule(
    "quote.attribution.hyphen", .warning,
    "A quote's last line is `- Name` or `-Name` naming someone on the roster or team (or written like a name), or the line right after it names someone so without its `>`; only `—`, `–` or `--` attribute a quote, and a longer list is left alone.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> Reports are slow.\n> - Raj Patel\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> Reports are slow.\n> -- Raj Patel\n")
    ])
}

/// Catches a quote whose last line looks like an attribution written with a hyphen: as Markdown
/// it is a list item or text, so the quote counts as the note's contact's words. Only lines that
/// name someone the account or notebook knows, or that are written like a name, are reported,
/// so a list quoted from a customer is not. A confidential note keeps no quotes.
enum QuoteAttributionHyphen: NoteCheck {
  static let rule = Rule.quoteAttributionHyphen

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard !note.confidential else { return [] }
    return note.body.quotes.compactMap { quote in
      // Inside the quote a line written like a name is enough; after it, where a one-item list
      // such as `- Next Steps` is common, only someone known.
      guard let written = quote.hyphenLine ?? quote.hyphenLineAfter else { return nil }
      let name = String(written.value.drop { $0 == "-" || $0 == " " || $0 == "\t" })
      guard !name.isEmpty,
        names(name, side: note.interviewSide, in: context)
          || (quote.hyphenLine != nil && looksLikeName(name))
      else { return nil }
      return Diagnostic(
        rule, file: note.file, underlining: written,
        "`\(written.value)` does not attribute the quote, so it counts as the contact's words; write `— \(name)` or `-- \(name)` to name the speaker"
      )
    }
  }

  /// Whether `name` is someone the account or notebook knows: a roster id or name, a team handle
  /// or name, or the first name of one of them.
  static func names(_ name: String, side: Side, in context: NoteContext) -> Bool {
    if context.person(name, side: side).isKnown { return true }
    let lowered = name.lowercased()
    let people =
      context.profile.contacts.flatMap { [$0.id, $0.name] }
      + context.team.flatMap { [$0.handle, $0.name] }
    return people.contains { person in
      let person = person.lowercased()
      return person == lowered || person.split(separator: " ").first.map(String.init) == lowered
    }
  }

  /// Whether `text` is written like a person's name: two to four words, each starting with a
  /// capital letter and holding only letters, `'`, `’`, `-` and `.` (`Raj Patel`, `Mary-Jane
  /// O'Neil`, `J. R. Smith`), the last not ending a sentence.
  static func looksLikeName(_ text: String) -> Bool {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard (2...4).contains(words.count) else { return false }
    let marks: Set<Character> = ["'", "’", "-", "."]
    for word in words {
      guard let first = word.first, first.isUppercase, first.isLetter,
        word.allSatisfy({ $0.isLetter || marks.contains($0) })
      else { return false }
    }
    // `Dr.` or `J.` may end in a period; a last word of three letters or more may not.
    if let last = words.last, last.hasSuffix("."), last.count > 2 { return false }
    return true
  }
}

import RapportMarkdown
import RapportSystem
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// `> - Raj Patel` under a quote is a list item, not an attribution: a hint says to write `—` or
/// `--`, but only when the line names someone or is written like a name, never for a real list.
@Suite struct QuoteAttributionHyphenTests {
  func found(_ body: String, extra: String = "") throws -> [Diagnostic] {
    let files = [RuleCatalog.exampleNote: RuleCatalog.note(extra, body: body)]
    return try TemporaryNotebook(RuleCatalog.exampleBase.merging(files) { $1 }).load().diagnostics
      .filter { $0.rule == "quote.attribution.hyphen" }
  }

  @Test func aHyphenedRosterNameIsAWarningWithTheFix() throws {
    let marked = MarkedText("> Reports are slow.\n> 1️⃣- Raj Patel\n")
    let warnings = try found(marked.text)
    #expect(warnings.count == 1)
    let warning = try #require(warnings.first)
    #expect(warning.severity == .warning)
    // The body starts on file line 7, after six lines of front matter.
    let at = try #require(marked["1️⃣"])
    #expect(warning.position == SourcePosition(line: at.line + 6, column: at.column))
    #expect(warning.length == "- Raj Patel".count)
    #expect(
      warning.message
        == "`- Raj Patel` does not attribute the quote, so it counts as the contact's words; write `— Raj Patel` or `-- Raj Patel` to name the speaker"
    )
  }

  @Test func withoutASpaceIdsFirstNamesTeamAndNameShapedLinesCount() throws {
    for line in ["-Raj Patel", "- raj-patel", "-Raj", "- Sam Lee", "- Priya", "- Hank Scorpio"] {
      #expect(try found("> Reports are slow.\n> \(line)\n").count == 1, "\(line)")
    }
    // After a blank quoted line, and after a hard break, too.
    #expect(try found("> Reports are slow.\n>\n> -Raj Patel\n").count == 1)
    #expect(try found("> Reports are slow.\\\n> -Raj Patel\n").count == 1)
  }

  @Test func listsInsideQuotesAreNotFlagged() throws {
    let lists = [
      // More than one item: a list, even if its last item is a name.
      "> We asked three people:\n> - Jane Doe\n> - Raj Patel\n",
      "> Three things matter.\n> - exports\n> - SSO\n> - Raj Patel\n",
      // Introduced by a colon.
      "> What we need most:\n> - Single Sign On\n",
      // Not a name: lowercase, one word nobody has, a figure, with a tag.
      "> Our wishlist is short.\n> - faster exports\n", "> One thing matters.\n> - Reporting\n",
      "> Revenue fell.\n> -5% this quarter\n", "> Slow.\n> - Raj Patel #reporting\n",
      // Other markers, a list with nothing said before it, a list of several lines.
      "> Slow.\n> * Raj Patel\n", "> Slow.\n> + Raj Patel\n", "> - Raj Patel\n",
      "> Slow.\n> - Raj Patel\n>   and his team\n",
      // Proper attributions.
      "> Slow.\n> — Raj Patel\n", "> Slow.\n> -- Raj Patel\n", "> Slow.\n> – Raj Patel\n",
      // A hyphen inside the text.
      "> It works - mostly.\n",
    ]
    for body in lists {
      #expect(try found(body).isEmpty, "\(body)")
    }
  }

  @Test func theLineRightAfterAQuoteWithoutItsMarkerCounts() throws {
    // `- Raj Patel` without `>` ends the quote and starts a list of one item.
    let marked = MarkedText("> Reports are slow.\n1️⃣- Raj Patel\n")
    let warning = try #require(try found(marked.text).first)
    let at = try #require(marked["1️⃣"])
    #expect(warning.position == SourcePosition(line: at.line + 6, column: at.column))
    #expect(try found("> Reports are slow.\n> Really slow.\n-Raj Patel\n").count == 1)
    let lists = [
      // After a blank line, a list of its own; a longer list; a list the quote introduces.
      "> Reports are slow.\n\n- Raj Patel\n", "> Reports are slow.\n- Raj Patel\n- Jane Doe\n",
      "> What we need most:\n- Single Sign On\n", "> Reports are slow.\n- faster exports\n",
      // Written like a name but nobody known: an ordinary one-item list after a quote.
      "> I would pay double for SSO.\n- Single Sign-On\n", "> Slow.\n- Next Steps\n",
      "> Slow.\n- Hank Scorpio\n",
    ]
    for body in lists {
      #expect(try found(body).isEmpty, "\(body)")
    }
  }

  @Test func aConfidentialNoteIsNotChecked() throws {
    #expect(try found("> Reports are slow.\n> - Raj Patel\n", extra: "confidential: true").isEmpty)
  }

  @Test func theLineSurvivesTheCache() throws {
    let note = parseNote(noteWithBody("> Reports are slow.\n> -Raj Patel\n"))
    #expect(note.body.quotes.first?.hyphenLine?.value == "-Raj Patel")
    #expect(note.body.quotes.first?.attribution == nil)
    let entry = NoteCache.Entry(
      fingerprint: FileFingerprint(size: 1, modified: 0, changed: 0, inode: 0), contentHash: 1,
      note: note)
    #expect(entry.note(file: note.file) == note)
  }

  @Test func nameShape() {
    for name in ["Raj Patel", "Mary-Jane O'Neil", "J. R. Smith", "Dr. Ana Lima", "Zoë Ørsted"] {
      #expect(QuoteAttributionHyphen.looksLikeName(name), "\(name)")
    }
    for text in ["Raj", "faster exports", "Single Sign On And More Now", "Call Us Back.", "SSO 2"] {
      #expect(!QuoteAttributionHyphen.looksLikeName(text), "\(text)")
    }
  }
}

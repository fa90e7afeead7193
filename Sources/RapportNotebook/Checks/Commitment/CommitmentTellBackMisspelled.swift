import RapportSystem

extension Rule {
  /// A tag that looks like the tell-back tag but is not it.
  public static let commitmentTellBackMisspelled = Rule(
    "commitment.tell-back.misspelled", .warning,
    "A promise's `#tag` is one slip from the tell-back tag (`#tell-back` unless `tell_back_tag` says otherwise) but is not it: it counts as a theme, and its promise does not count as telling the customer what we learned.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Tell Jane what we heard @sam due:2026-04-01 #tellback\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Tell Jane what we heard @sam due:2026-04-01 #tell-back\n")
    ])
}

/// Warns about a promise's tag one slip from the tell-back tag (`#tellback`, `#tell_back`,
/// `#tel-back`): silently, it would leave the interview without a tell-back and show the customer
/// a theme. Only tags on promises, and only one edit away (or the same letters): `#call-back` in
/// prose is a theme of its own.
enum CommitmentTellBackMisspelled: NoteCheck {
  static let rule = Rule.commitmentTellBackMisspelled

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let tag = context.settings.tellBackTag
    var seen = Set<String>()
    return note.body.commitments.flatMap { commitment in
      commitment.tags.compactMap { word -> Diagnostic? in
        guard word != tag, isSlip(word, of: tag), !context.isInCodebook(word),
          seen.insert(word).inserted
        else { return nil }
        // Underlined where it is written on the promise's lines, else at the promise.
        let written = note.body.tags.first {
          $0.value == word && $0.position.line >= commitment.position.line
        }
        let at = written.map { Located("#" + word, at: $0.position) }
        let message =
          "`#\(word)` is not the tell-back tag; did you mean `#\(tag)`? As written it is a theme, and the promise is not counted as telling the customer what we learned"
        return at.map { Diagnostic(rule, file: note.file, underlining: $0, message) }
          ?? Diagnostic(rule, file: note.file, at: commitment.position, length: 3, message)
      }
    }
  }

  /// Whether `word` is `tag` but for `-` and `_`, or one edit from it (a letter added, dropped,
  /// changed, or two neighbours swapped). On bytes, without allocating: every promise's every
  /// tag is compared.
  static func isSlip(_ word: String, of tag: String) -> Bool {
    var word = word
    var tag = tag
    return word.withUTF8 { a in
      tag.withUTF8 { b in
        guard abs(a.count - b.count) <= 2 else { return false }
        // The same letters once `-` and `_` are left out.
        var i = 0
        var j = 0
        while true {
          while i < a.count, a[i] == 0x2D || a[i] == 0x5F { i += 1 }
          while j < b.count, b[j] == 0x2D || b[j] == 0x5F { j += 1 }
          if i == a.count || j == b.count {
            if i == a.count && j == b.count { return true }
            break
          }
          if a[i] != b[j] { break }
          i += 1
          j += 1
        }
        // One edit: skip the common start and end, and see what is left between.
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count
        var endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
          endA -= 1
          endB -= 1
        }
        let left = (endA - start, endB - start)
        if left.0 <= 1 && left.1 <= 1 { return true }
        return left == (2, 2) && a[start] == b[start + 1] && a[start + 1] == b[start]
      }
    }
  }
}

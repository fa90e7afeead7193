import RapportMarkdown
import RapportSystem

/// A confidential note's words, kept only as one-way tokens.
///
/// A word read from a confidential note is sealed as soon as it is read: `sealed-` and 16 hex
/// digits of a hash of the word (lowercased). The loader can still recognise a word it knows
/// from elsewhere (a roster name, a scale, a codebook theme) by sealing that word the same way,
/// but no cache, report, export or message ever holds the note's own words.
public enum Seal {
  static let prefix = "sealed-"

  /// The token for a word.
  public static func seal(_ word: String) -> String {
    let hex = String(ContentHash.of(word.lowercased()), radix: 16)
    return prefix + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Whether text is a sealed token (a word's, or a person's of one or two parts).
  public static func isSealed(_ text: some StringProtocol) -> Bool {
    // Asked of every interviewer and theme: read in place, without copying the bytes.
    let bytes = text.utf8
    let digits = prefix.utf8.count
    guard bytes.count == digits + 16 || bytes.count == digits + 33, text.hasPrefix(prefix) else {
      return false
    }
    func isHex(_ byte: UInt8) -> Bool {
      (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)
    }
    return bytes.dropFirst(digits).enumerated().allSatisfy { offset, byte in
      offset == 16 ? byte == UInt8(ascii: "-") : isHex(byte)
    }
  }

  /// The word tokens a person's token is made of: the seal of the name as written, then, when
  /// it has one, the seal of its slug.
  static func parts(ofPerson token: String) -> [String] {
    guard token.utf8.count == prefix.utf8.count + 33 else { return [token] }
    let first = token.prefix(prefix.count + 16)
    return [String(first), prefix + String(token.suffix(16))]
  }

  /// A sealed copy of a located word.
  static func seal(_ value: Located<String>) -> Located<String> {
    Located(seal(value.value), at: value.position)
  }

  /// The token for a person as a note names them: the seal of the name, then the 16 digits of
  /// its slug's seal when it has a faithful slug (`Slug.faithful`) other than itself, so a roster
  /// lookup can try the name as written first and the slug after, as it does for open notes.
  static func sealPerson(_ name: String) -> String {
    let sealed = seal(name)
    guard let slug = Slug.faithful(name), slug != name.lowercased() else { return sealed }
    return sealed + "-" + String(seal(slug).suffix(16))
  }

  static func sealPerson(_ value: Located<String>) -> Located<String> {
    Located(sealPerson(value.value), at: value.position)
  }
}

extension ParsedNote {
  /// The note with every word it holds sealed and its free text dropped: what a confidential
  /// note may keep (dates, numbers, positions, and tokens standing for its words). `declared`
  /// when it says `confidential: true`, not only treated as confidential until its front matter
  /// reads; `marked` when, treated so, it seems to mean it.
  func sealed(declared: Bool, marked: Bool = false) -> ParsedNote {
    var note = self
    note.confidentialAssumed = !declared
    note.confidentialMarked = !declared && marked
    for path in [\ParsedNote.interviewer, \.type, \.channel, \.side, \.outcome] {
      note[keyPath: path] = note[keyPath: path].map(Seal.seal)
    }
    note.contact = contact.map(Seal.sealPerson)
    note.attendees = attendees.map(Seal.sealPerson)
    note.themes = themes.map(Seal.seal)
    note.reasons = reasons.map(Seal.seal)
    note.scores = scores.map { RawScore(scale: Seal.seal($0.scale), value: $0.value) }
    note.body.summary = nil
    note.body.quotes = []
    note.body.tags = body.tags.map(Seal.seal)
    note.body.commitments = body.commitments.map { item in
      var sealed = item
      sealed.text = nil
      sealed.owner = item.owner.map(Seal.seal)
      sealed.tags = item.tags.map(Seal.seal)
      return sealed
    }
    note.diagnostics = diagnostics.map {
      $0.withheld(assumed: !declared, marked: note.confidentialMarked)
    }
    return note
  }
}

extension Diagnostic {
  /// Rules whose messages never quote the note (encoding, fences, YAML syntax, limits, missing
  /// fields): on a confidential note they keep their message, which says what to fix. Not
  /// `commitment.due.missing`, which can quote a date the promise's words give.
  static let wordlessRules: Set<String> = [
    "file.encoding", "file.line-endings", "file.too-large", "file.unreadable",
    "front-matter.missing", "front-matter.unclosed", "yaml.invalid", "yaml.not-mapping",
    "body.too-deep", "body.too-many-brackets", "note.date.missing", "note.interviewer.missing",
    "note.contact.missing", "commitment.owner.missing", "commitment.done.unchecked",
    "note.too-many-themes", "note.confidential.misspelled",
    "note.unfilled",
  ]

  /// The diagnostic as it may be shown for a confidential note: its path, position and rule, and
  /// a message that quotes none of the note's words; never the note's lines. `assumed` when the
  /// note does not say `confidential: true` and is only treated as confidential until fixed, and
  /// `marked` when, so, it seems to mean it: the position is by line only unless it is assumed
  /// and not marked.
  public func withheld(assumed: Bool = false, marked: Bool = false) -> Diagnostic {
    let declared = !assumed
    guard !withholdsSource else { return self }
    var copy = self
    // Where on its line a problem starts, and how long it is, would tell how long the words
    // before it are (a name, say): the line is enough to find it. A note only treated as
    // confidential, with no sign that it means to be, keeps its columns, which help fix the front
    // matter that does not read.
    if declared || marked, let line = position?.line {
      copy.position = SourcePosition(line: line, column: 1)
      copy.length = 1  // The least a diagnostic has, as the cache reads it back.
    }
    if !Self.wordlessRules.contains(rule) {
      let summary = RuleCatalog.rule(id: rule)?.summary ?? "A problem."
      copy.message =
        summary
        + (declared
          ? " (the note is confidential, so its words are not shown)"
          : " (the note is treated as confidential until its front matter reads and says `confidential: true` or `false`, so its words are not shown)")
    }
    copy.withholdsSource = true
    return copy
  }
}

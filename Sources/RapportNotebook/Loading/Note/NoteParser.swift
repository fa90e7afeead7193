import RapportMarkdown

/// Reads one interview note file into a `ParsedNote`, on its own: no roster, no settings but limits.
public enum NoteParser {
  /// Front-matter keys an interview note may use.
  public static let keys = [
    "date", "interviewer", "type", "channel", "contact", "attendees", "side", "scores", "themes",
    "outcome", "reasons", "confidential",
  ]
  /// Keys people often write for a key rapport knows by another name.
  static let synonyms = [
    "tags": "themes", "participant": "contact", "interviewee": "contact", "score": "scores",
  ]

  /// Parses the bytes of the note at notebook-relative path `file`.
  public static func parse(
    bytes: UnsafeRawBufferPointer, file: String, limits: Limits
  ) -> ParsedNote {
    var note = ParsedNote(file: file)
    // Until its front matter reads, a note might be confidential: it is treated as one.
    guard
      let parts = FrontMatter.parts(
        of: bytes, file: file, limits: limits, diagnostics: &note.diagnostics)
    else {
      note.confidential = true
      return note.sealed(declared: false, marked: mentionsConfidential(bytes))
    }
    var fields = YAMLFields(file: file, firstLine: parts.yamlFirstLine, limits: limits)
    fields.isNote = true
    let root = fields.parse(parts.yaml)
    // Required keys reported misspelled: their misspelling is the one error about them.
    var misspelled: Set<String> = []
    var (declared, marked) = (false, false)
    if let pairs = fields.mapping(root, at: SourcePosition(line: 1, column: 1)) {
      (misspelled, declared, marked) = read(pairs, into: &note, fields: &fields)
    }
    if fields.isUnreadable { note.confidential = true }
    note.diagnostics += fields.diagnostics
    note.diagnostics += [
      misspelled.contains("date") ? nil : NoteDateMissing.check(note),
      misspelled.contains("interviewer") ? nil : NoteInterviewerMissing.check(note),
      misspelled.contains("contact") ? nil : NoteContactMissing.check(note),
    ].compactMap { $0 }
    switch Markdown.parse(parts.body, firstLine: parts.bodyFirstLine, limits: limits.markdown) {
    case .success(let document):
      var extractor = BodyExtractor(document: document, file: file)
      note.body = extractor.extract()
      note.diagnostics += extractor.diagnostics
    case .failure(let violation):
      note.diagnostics.append(limitDiagnostic(violation, file: file, limits: limits))
    }
    if let tooMany = NoteTooManyThemes.check(note, limits: limits) {
      note.diagnostics.append(tooMany)
    }
    // A confidential note's words are sealed as soon as they are read: no cache or report
    // holds them.
    // One that does not say `confidential: true` is only treated as confidential until fixed;
    // but one that seems to mean it (a mistyped value or key, or front matter that does not read
    // around such a line) is withheld as one that says it, down to the columns of its problems.
    var yaml = parts.yaml
    let meant =
      fields.isUnreadable
      ? yaml.withUTF8 { mentionsConfidential(UnsafeRawBufferPointer($0)) } : marked
    return note.confidential
      ? note.sealed(declared: declared && !fields.isUnreadable, marked: meant) : note
  }

  /// Whether front matter `text` that does not read seems to mark its note confidential: a word
  /// starting `confiden` (any case, so misspellings too) or one that means it (`private`…), not
  /// followed on its line by a colon and a false value.
  static func mentionsConfidential(_ text: UnsafeRawBufferPointer) -> Bool {
    (["confiden"] + NoteConfidentialMisspelled.synonyms.sorted()).contains {
      mentions(Array($0.utf8), in: text)
    }
  }

  /// Whether lowercase ASCII `word` is in `text` (any case), not followed on its line by a colon
  /// and a false value.
  private static func mentions(_ word: [UInt8], in text: UnsafeRawBufferPointer) -> Bool {
    var index = 0
    while index + word.count <= text.count {
      var matches = true
      for (offset, letter) in word.enumerated() where text[index + offset] | 0x20 != letter {
        matches = false
        break
      }
      if !matches {
        index += 1
        continue
      }
      // The value after the next colon on the line.
      var cursor = index + word.count
      while cursor < text.count, text[cursor] != UInt8(ascii: ":"), text[cursor] != 0x0A {
        cursor += 1
      }
      guard cursor < text.count, text[cursor] == UInt8(ascii: ":") else { return true }
      cursor += 1
      while cursor < text.count, text[cursor] == 0x20 || text[cursor] == 0x09 { cursor += 1 }
      var value: [UInt8] = []
      while cursor < text.count, value.count < 5, text[cursor] != 0x0A {
        value.append(text[cursor] | 0x20)
        cursor += 1
      }
      let falseValue =
        value.starts(with: "false".utf8) || value.starts(with: "no".utf8)
        || value.starts(with: "off".utf8)
      if !falseValue { return true }
      index = cursor
    }
    return false
  }

  /// The error for a body that passed one of the Markdown limits.
  static func limitDiagnostic(
    _ violation: MarkdownLimitViolation, file: String, limits: Limits
  ) -> Diagnostic {
    switch violation.kind {
    case .nesting(let depth):
      return BodyTooDeep.diagnostic(
        depth: depth, at: violation.position, file: file, limits: limits)
    case .brackets:
      return BodyTooManyBrackets.diagnostic(at: violation.position, file: file, limits: limits)
    }
  }

  /// Reads the front-matter pairs into the note; gives the required keys found misspelled,
  /// whether the note says `confidential: true`, and whether it seems to mean it (a value that is
  /// not `false`, or a key that looks like or means `confidential`).
  static func read(
    _ pairs: [(key: Located<String>, value: YAMLNode)], into note: inout ParsedNote,
    fields: inout YAMLFields
  ) -> (misspelled: Set<String>, declaredConfidential: Bool, markedConfidential: Bool) {
    var unknown: [Located<String>] = []
    var declared = false
    var marked = false
    for (key, value) in pairs {
      switch key.value {
      case "date": note.date = fields.day(value, key: key)
      case "interviewer": note.interviewer = fields.string(value, key: key)
      case "type": note.type = fields.string(value, key: key).map(lowercased)
      case "channel": note.channel = fields.string(value, key: key).map(lowercased)
      case "contact": note.contact = fields.string(value, key: key)
      case "attendees": note.attendees = fields.strings(value, key: key)
      case "side": note.side = fields.string(value, key: key).map(lowercased)
      case "scores": note.scores = scores(value, key: key, fields: &fields)
      case "themes": note.themes = fields.themes(value, key: key)
      case "outcome": note.outcome = fields.string(value, key: key).map(lowercased)
      case "reasons": note.reasons = fields.themes(value, key: key)
      // Anything but `false` (a typo such as `ture`, an empty value) keeps the words withheld.
      case "confidential":
        let flag = fields.confidentialFlag(value, key: key)
        note.confidential = flag != false
        declared = flag == true
        marked = marked || flag != false
      default: unknown.append(key)
      }
    }
    // What a note cannot do without (a date that is there but invalid has its own error).
    let hasInvalidDate = fields.diagnostics.contains { $0.rule == Rule.dateInvalid.id }
    let absent = [
      note.date == nil && !hasInvalidDate ? "date" : nil,
      note.interviewer == nil ? "interviewer" : nil, note.contact == nil ? "contact" : nil,
    ].compactMap { $0 }
    var missing = YAMLMisspelledKey.Missing(
      absent.map { ($0, "the note is left out of reports") })
    for key in unknown {
      // A near miss of `confidential` must not let the note's words through while it is fixed.
      if let misspelled = NoteConfidentialMisspelled.check(key, file: note.file) {
        note.confidential = true
        marked = true
        fields.add(misspelled)
      } else if let misspelled = missing.check(
        key, known: keys, synonyms: synonyms, file: note.file)
      {
        fields.add(misspelled)
      } else {
        fields.add(
          YAMLUnknownKey.check(
            key, known: keys, in: "note front matter", synonyms: synonyms, file: note.file))
      }
    }
    return (missing.found, declared, marked)
  }

  /// The `scores:` mapping of scale names to numbers.
  static func scores(_ node: YAMLNode, key: Located<String>, fields: inout YAMLFields) -> [RawScore]
  {
    if fields.isNull(node) { return [] }
    guard let pairs = fields.pairs(of: node, section: .scores, key: key) else { return [] }
    var result: [RawScore] = []
    for (scale, value) in pairs {
      if fields.isNull(value) {
        fields.add(ScoreEmpty.diagnostic(scale: scale, file: fields.file))
        continue
      }
      guard let text = fields.string(value, key: scale) else { continue }
      guard let number = ScoreNotNumber.number(text.value) else {
        fields.add(ScoreNotNumber.diagnostic(text, scale: scale, file: fields.file))
        continue
      }
      result.append(
        RawScore(
          scale: Located(scale.value.lowercased(), at: scale.position),
          value: Located(number, at: text.position)))
    }
    return result
  }

  /// The value lowercased, where it was.
  static func lowercased(_ value: Located<String>) -> Located<String> {
    Located(value.value.lowercased(), at: value.position)
  }
}

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
      marked
      || (fields.isUnreadable
        && yaml.withUTF8 { mentionsConfidential(UnsafeRawBufferPointer($0)) })
    return note.confidential
      ? note.sealed(declared: declared && !fields.isUnreadable, marked: meant) : note
  }

  /// Whether front matter `text` that does not read seems to mark its note confidential: a line
  /// whose key looks like `confidential` or means it (as `NoteConfidentialMisspelled` finds them)
  /// with a value other than `false` or `no`, one whose value means it, or any other mention of a
  /// word starting `confiden`. Read line by line, as the YAML does not parse.
  static func mentionsConfidential(_ text: UnsafeRawBufferPointer) -> Bool {
    let unwanted = Set<Character>(" \t-{}[],\"'")
    func trimmed(_ text: Substring) -> String {
      let text = text.drop { unwanted.contains($0) }
      // By index: `dropLast()` counts the whole line each time, and a line of 40,000 closing
      // brackets took minutes.
      var end = text.endIndex
      while end > text.startIndex, unwanted.contains(text[text.index(before: end)]) {
        end = text.index(before: end)
      }
      return String(text[..<end])
    }
    for line in String(decoding: text, as: UTF8.self).split(whereSeparator: \.isNewline) {
      var key = Substring(line)
      var value = Substring("")
      if let colon = line.firstIndex(of: ":") {
        key = line[..<colon]
        value = line[line.index(after: colon)...]
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
      }
      let name = trimmed(key)
      let said = trimmed(value).lowercased()
      if NoteConfidentialMisspelled.means(key: name) {
        if said != "false" && said != "no" { return true }
      } else if NoteConfidentialMisspelled.means(value: said)
        || line.lowercased().contains("confiden")
      {
        return true
      }
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
    var unknown: [(key: Located<String>, value: YAMLNode)] = []
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
      default: unknown.append((key, value))
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
    for (key, value) in unknown {
      // A near miss of `confidential` must not let the note's words through while it is fixed.
      if let misspelled = NoteConfidentialMisspelled.check(
        key, value: value.scalar?.string, file: note.file)
      {
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
    // A note has a few scores: a list is cheaper to search than a dictionary is to make.
    var seen: [(name: String, written: String)] = []
    for (scale, value) in pairs {
      // Scale names are read in any case: `NPS` beside `nps` is the same score twice, which YAML
      // itself does not see.
      let name = scale.value.lowercased()
      if let first = seen.first(where: { $0.name == name }) {
        fields.add(
          ScoreDuplicate.diagnostic(scale: scale, first: first.written, file: fields.file))
        continue
      }
      seen.append((name, scale.value))
      if fields.isNull(value) {
        fields.add(ScoreEmpty.diagnostic(scale: scale, file: fields.file))
        continue
      }
      guard let text = fields.string(value, key: scale) else { continue }
      guard let number = DecimalNumber.number(text.value) else {
        fields.add(ScoreNotNumber.diagnostic(text, scale: scale, file: fields.file))
        continue
      }
      result.append(
        RawScore(
          scale: Located(name, at: scale.position),
          value: Located(number, at: text.position)))
    }
    return result
  }

  /// The value lowercased, where it was.
  static func lowercased(_ value: Located<String>) -> Located<String> {
    Located(value.value.lowercased(), at: value.position)
  }
}

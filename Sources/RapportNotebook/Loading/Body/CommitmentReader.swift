import RapportMarkdown

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the owner, dates and text of one `[ ]`/`[x]` list item.
struct CommitmentReader {
  let text: InlineText
  let paragraph: Int
  let document: MarkdownDocument
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(text: InlineText, paragraph: Int, document: MarkdownDocument, file: String) {
    self.text = text
    self.paragraph = paragraph
    self.document = document
    self.file = file
  }

  /// The commitment, with a diagnostic for each missing or malformed part; `display` is the
  /// item's text as a reader sees it (`text.displayText`).
  mutating func read(
    isChecked: Bool, tags: [String], position: SourcePosition, display: String
  ) -> Commitment {
    var owner: Located<String>? = nil
    var due: Located<Day>? = nil
    var done: Located<Day>? = nil
    var consumed: [Substring] = []
    var dueWritten = false
    var previous: Character? = nil
    for run in text.runs {
      guard case .prose(let prose, _) = run else {
        previous = "x"
        continue
      }
      var copy = prose
      copy.withUTF8 { bytes in
        // Only words starting `@`, `d` or `D` are made into substrings.
        var words = WordScanner(bytes, startsClean: previous.map(\.isWhitespace) ?? true)
        while let range = words.next() {
          let first = bytes[range.lowerBound]
          guard first == UInt8(ascii: "@") || first | 0x20 == UInt8(ascii: "d") else { continue }
          let token = Self.word(range, of: prose)
          let isDue = Self.startsWithIgnoringASCIICase(token, "due:")
          if Self.startsWithAt(token), owner == nil {
            let handle = Self.handle(token)
            guard !handle.isEmpty else { continue }
            owner = Located(handle, at: locate(token))
            consumed.append(token)
          } else if isDue || Self.startsWithIgnoringASCIICase(token, "done:") {
            let value = token.dropFirst(isDue ? 4 : 5)
            let at = locate(token)
            consumed.append(token)
            dueWritten = dueWritten || isDue
            guard let day = Day(value.trimmingTrailingPunctuation) else {
              // `due: 2026-04-01`: the date is the next word, when it starts with a digit.
              var after = words
              let next = value.isEmpty ? after.next().map { Self.word($0, of: prose) } : nil
              diagnostics.append(
                DateInvalid.diagnostic(
                  token: Located(token, at: at), value: value, isDue: isDue,
                  spacedFrom: next.map(\.trimmingTrailingPunctuation).flatMap {
                    ("0"..."9").contains($0.first ?? " ") ? $0 : nil
                  }, file: file))
              continue
            }
            if isDue { due = Located(day, at: at) } else { done = Located(day, at: at) }
          }
        }
      }
      previous = prose.last ?? previous
    }
    let commitment = Commitment(
      text: Self.displayText(display, without: consumed), isChecked: isChecked,
      owner: owner, due: due, done: done, tags: tags, position: position)
    if let missing = CommitmentOwnerMissing.check(commitment, file: file) {
      diagnostics.append(missing)
    }
    if let missing = CommitmentDueMissing.check(commitment, dueWritten: dueWritten, file: file) {
      diagnostics.append(missing)
    }
    if let unchecked = CommitmentDoneUnchecked.check(commitment, file: file) {
      diagnostics.append(unchecked)
    }
    return commitment
  }

  /// Whitespace-separated words that begin after whitespace (so `sam@acme.com` is not an owner).
  static func tokens(_ text: Substring, after previous: Character?) -> [Substring] {
    var copy = text
    return copy.withUTF8 { bytes in
      var words = WordScanner(bytes, startsClean: previous.map(\.isWhitespace) ?? true)
      var result: [Substring] = []
      while let range = words.next() { result.append(word(range, of: text)) }
      return result
    }
  }

  /// The word at byte range `range` of `text`.
  static func word(_ range: Range<Int>, of text: Substring) -> Substring {
    let from = text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound)
    return text[from..<text.utf8.index(from, offsetBy: range.count)]
  }

  /// Whether `token` starts with the character `@` (not `@` with a mark written on it).
  static func startsWithAt(_ token: Substring) -> Bool {
    var bytes = token.utf8.makeIterator()
    guard bytes.next() == UInt8(ascii: "@") else { return false }
    // An ASCII byte after it starts a character of its own; past ASCII, ask the Unicode rules.
    guard let next = bytes.next(), next >= 0x80 else { return true }
    return token.hasPrefix("@")
  }

  /// Whether `token` starts with the characters of `prefix` (ASCII, lower case) in any case.
  static func startsWithIgnoringASCIICase(_ token: Substring, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    var bytes = token.utf8.makeIterator()
    for index in 0..<count {
      guard let byte = bytes.next() else { return false }
      let wanted = prefix.utf8Start[index]
      guard byte == wanted || (byte &- 0x41 < 26 && byte | 0x20 == wanted) else { return false }
    }
    // A mark written on the prefix's last character makes it another character.
    guard let next = bytes.next(), next >= 0x80 else { return true }
    return token.prefix(count + 1).lowercased().hasPrefix(prefix.description)
  }

  /// The handle in an `@handle` token, without trailing punctuation.
  static func handle(_ token: Substring) -> String {
    // Most handles are ASCII: read their bytes; anything else takes the Unicode rule.
    var copy = token
    return copy.withUTF8 { bytes in
      var end = 1
      while end < bytes.count {
        let byte = bytes[end]
        if byte >= 0x80 { return unicodeHandle(token) }
        let isLetterOrDigit = byte | 0x20 &- 0x61 < 26 || byte &- 0x30 < 10
        guard isLetterOrDigit || byte == 0x2D || byte == 0x5F || byte == 0x2E else { break }
        end += 1
      }
      while end > 1, isTrailingPunctuation(bytes[end - 1]) { end -= 1 }
      return Hashtags.lowercasedName(bytes, from: 1, to: end) ?? unicodeHandle(token)
    }
  }

  /// The handle read character by character, for tokens past ASCII.
  static func unicodeHandle(_ token: Substring) -> String {
    String(
      token.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    )
    .trimmingTrailingPunctuationString.lowercased()
  }

  /// Whether a byte is one of `.,;:)!?`, which end a sentence rather than a word.
  static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x21, 0x3F: true
    default: false
    }
  }

  /// The item's text with the checkbox and the owner and date tokens taken out, words joined by
  /// single spaces.
  static func displayText(_ text: String, without tokens: [Substring]) -> String {
    var rest = text.dropFirst(3)
    var tokens = tokens
    let leads = tokens.compactMap { $0.utf8.first }
    return rest.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { out in
        var words = WordScanner(bytes, startsClean: true)
        var length = 0
        while let word = words.next() {
          // Each token takes out the first word equal to it, in order; both come from the
          // note's text, so equal words are equal bytes. Most words start otherwise.
          if leads.contains(bytes[word.lowerBound]),
            let found = tokens.firstIndex(where: { Self.equal(bytes, word, $0) })
          {
            tokens.remove(at: found)
            continue
          }
          if length > 0 {
            out[length] = UInt8(ascii: " ")
            length += 1
          }
          length = out[length...].initialize(
            fromContentsOf: UnsafeBufferPointer(rebasing: bytes[word]))
        }
        return length
      }
    }
  }

  /// Whether bytes `range` of `bytes` are the bytes of `token`.
  static func equal(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ token: Substring
  ) -> Bool {
    guard token.utf8.count == range.count else { return false }
    var token = token
    return token.withUTF8 { wanted in
      wanted.isEmpty
        || memcmp(bytes.baseAddress! + range.lowerBound, wanted.baseAddress!, wanted.count) == 0
    }
  }

  /// Where a token is written within the paragraph's lines.
  private func locate(_ token: Substring) -> SourcePosition {
    let node = document.nodes[paragraph]
    for line in node.start.line...max(node.start.line, node.end.line) {
      if let source = document.sourceLine(line),
        let column = TextLines.column(of: token, in: source)
      {
        return SourcePosition(line: line, column: column)
      }
    }
    return node.start
  }
}

extension Substring {
  /// The text without trailing `.`, `,`, `;`, `:`, `)` or `!`.
  var trimmingTrailingPunctuation: Substring {
    // An ASCII byte at the end is a character of its own: no scalar joins one that follows.
    var end = utf8.endIndex
    while end > utf8.startIndex {
      let before = utf8.index(before: end)
      guard CommitmentReader.isTrailingPunctuation(utf8[before]) else { break }
      end = before
    }
    return self[startIndex..<end]
  }
}

extension String {
  /// The text without trailing `.`, `,`, `;`, `:`, `)` or `!`.
  var trimmingTrailingPunctuationString: String { String(self[...].trimmingTrailingPunctuation) }
}

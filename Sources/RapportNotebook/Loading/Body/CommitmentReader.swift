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

  /// The commitment, with a diagnostic for each missing or malformed part.
  mutating func read(isChecked: Bool, tags: [String], position: SourcePosition) -> Commitment {
    var owner: Located<String>? = nil
    var due: Located<Day>? = nil
    var done: Located<Day>? = nil
    var consumed: [Substring] = []
    var previous: Character? = nil
    for run in text.runs {
      guard case .prose(let prose, _) = run else {
        previous = "x"
        continue
      }
      for (token, following) in Self.candidates(prose, after: previous) {
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
          guard let day = Day(value.trimmingTrailingPunctuation) else {
            // `due: 2026-04-01`: the date is the next word, when it starts with a digit.
            let next = value.isEmpty ? following : nil
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
      previous = prose.last ?? previous
    }
    let commitment = Commitment(
      text: Self.displayText(text.displayText, without: consumed), isChecked: isChecked,
      owner: owner, due: due, done: done, tags: tags, position: position)
    let dueWritten = consumed.contains { Self.startsWithIgnoringASCIICase($0, "due:") }
    diagnostics += [
      CommitmentOwnerMissing.check(commitment, file: file),
      CommitmentDueMissing.check(commitment, dueWritten: dueWritten, file: file),
      CommitmentDoneUnchecked.check(commitment, file: file),
    ].compactMap { $0 }
    return commitment
  }

  /// Whitespace-separated words that begin after whitespace (so `sam@acme.com` is not an owner).
  static func tokens(_ text: Substring, after previous: Character?) -> [Substring] {
    // Split on bytes: every item's words are read twice, and scalars decode only past ASCII.
    var copy = text
    return copy.withUTF8 { bytes in
      wordRanges(bytes, startsClean: previous.map(\.isWhitespace) ?? true).map {
        word($0, of: text)
      }
    }
  }

  /// The word at byte range `range` of `text`.
  static func word(_ range: Range<Int>, of text: Substring) -> Substring {
    let from = text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound)
    return text[from..<text.utf8.index(from, offsetBy: range.count)]
  }

  /// The words of `tokens(_:after:)` that may be an owner or a date (they start with `@`, `d` or
  /// `D`), each with the word after it: the rest are never made into substrings.
  static func candidates(
    _ text: Substring, after previous: Character?
  ) -> [(token: Substring, next: Substring?)] {
    var copy = text
    return copy.withUTF8 { bytes in
      let ranges = wordRanges(bytes, startsClean: previous.map(\.isWhitespace) ?? true)
      var result: [(token: Substring, next: Substring?)] = []
      for (index, range) in ranges.enumerated() {
        let first = bytes[range.lowerBound]
        guard first == UInt8(ascii: "@") || first | 0x20 == UInt8(ascii: "d") else { continue }
        result.append(
          (
            word(range, of: text),
            index + 1 < ranges.count ? word(ranges[index + 1], of: text) : nil
          ))
      }
      return result
    }
  }

  /// The byte ranges of the whitespace-separated words of `bytes`, the first one only when
  /// `startsClean` (the text before ends in whitespace).
  static func wordRanges(
    _ bytes: UnsafeBufferPointer<UInt8>, startsClean clean: Bool
  )
    -> [Range<Int>]
  {
    var result: [Range<Int>] = []
    // About one word in six bytes: sized once rather than grown word by word.
    result.reserveCapacity(bytes.count / 6 + 1)
    var startsClean = clean
    var start: Int? = nil
    var index = 0
    while true {
      let isEnd = index == bytes.count
      var length = 1
      var isWhitespace = isEnd
      if !isEnd {
        let byte = bytes[index]
        if byte < 0x80 {
          isWhitespace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        } else {
          let scalar = Hashtags.scalar(at: index, in: bytes)
          length = scalar.length
          isWhitespace = Hashtags.isWhitespace(scalar.scalar)
        }
      }
      if isWhitespace {
        if let begin = start, startsClean { result.append(begin..<index) }
        start = nil
        startsClean = true
        if isEnd { break }
      } else if start == nil {
        start = index
      }
      index += length
    }
    return result
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

  /// The item's text with the checkbox and the owner and date tokens taken out.
  static func displayText(_ text: String, without tokens: [Substring]) -> String {
    var rest = text.dropFirst(3)
    return rest.withUTF8 { bytes in
      var words = wordRanges(bytes, startsClean: true)
      for token in tokens {
        // Both come from the note's text, so equal words are equal bytes.
        var token = token
        let found = token.withUTF8 { wanted in
          words.firstIndex { word in
            word.count == wanted.count
              && (wanted.isEmpty
                || memcmp(bytes.baseAddress! + word.lowerBound, wanted.baseAddress!, wanted.count)
                  == 0)
          }
        }
        if let found { words.remove(at: found) }
      }
      let length = words.reduce(max(0, words.count - 1)) { $0 + $1.count }
      return String(unsafeUninitializedCapacity: length) { out in
        var index = 0
        for word in words {
          if index > 0 {
            out[index] = UInt8(ascii: " ")
            index += 1
          }
          index = out[index...].initialize(
            fromContentsOf: UnsafeBufferPointer(rebasing: bytes[word]))
        }
        return index
      }
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

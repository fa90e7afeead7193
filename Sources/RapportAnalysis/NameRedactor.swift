import RapportNotebook
import RapportSystem

/// Takes people's names out of text: a customer-facing summary names no interviewee.
///
/// Text is read as words (letters and digits, with an apostrophe inside a word) and what lies
/// between them; a name matches whole words, its own words joined by spaces or hyphens, whatever
/// punctuation surrounds it (`(Bob)`, `'Bob'`, `Bob/Ann`), and is replaced by the person's title,
/// the punctuation kept. An e-mail address holding a name is replaced whole. A name that only a
/// confidential note gives is known by its seal alone, and matches only whole, as that note wrote
/// it or as its slug.
struct NameRedactor {
  /// A name or a part of one, and what replaces it.
  struct Name {
    /// Its words, lowercased unless `exactCase`, apostrophes written `'`.
    let words: [String]
    var replacement: String
    /// Whether it matches only as written on the roster: a two-letter part (`Li`) would
    /// otherwise match everyday words in other cases.
    var exactCase: Bool
    /// Whose name it is (an index into the people redacted); -1 for a sealed name.
    let person: Int
    /// Each word as a slug, made once: a word of the text is compared with every name.
    let slugs: [String]

    init(words: [String], replacement: String, exactCase: Bool, person: Int = -1) {
      self.words = words
      self.replacement = replacement
      self.exactCase = exactCase
      self.person = person
      slugs = words.map { Slug.make(from: $0) }
    }
  }

  /// Two-letter words too common to take a name part for (`Do a review`): such a part is taken
  /// out only with the rest of its name.
  static let commonWords: Set<String> = [
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me", "my",
    "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we",
  ]

  /// Name parts that are everyday words too (`Mark the invoices`, `will send`): such a part alone
  /// is taken out only when capitalised as on the roster. At the start of a sentence it still is:
  /// a title in place of a verb reads oddly, a name left in reads worse.
  static let everydayWords: Set<String> = [
    "amber", "april", "art", "ash", "august", "bill", "bob", "brook", "buck", "carol", "chase",
    "chip", "cliff", "dale", "dawn", "don", "drew", "duke", "earl", "eve", "faith", "frank",
    "gene", "glen", "grace", "guy", "hazel", "hope", "hunter", "iris", "ivy", "jack", "jade",
    "joy", "june", "king", "lane", "lily", "major", "mark", "max", "may", "miles", "nick",
    "olive", "page", "pat", "pearl", "penny", "ray", "reed", "rich", "rob", "rose", "ruby",
    "rusty", "sandy", "skip", "sue", "summer", "sunny", "violet", "wade", "will",
  ]

  /// Names and name parts, those of more words first, then longer.
  let names: [Name]
  /// Seals of names known no other way (`Account.sealedNames`).
  let sealed: Set<String>
  /// What a sealed name reads as: nothing is known of that person but that they spoke with us.
  static let sealedReplacement = "a colleague"
  /// The most words a sealed name is tried with (`Maria de la Cruz Santos`, `Dr. Ana M. Ruiz`).
  static let sealedWords = 6

  /// Redacts `contacts` (by title when they have one), `others` (names or ids of people notes
  /// name who are not contacts, such as attendees and quoted people off the roster) and the
  /// `sealed` names.
  init(_ contacts: [ContactSummary], others: [String] = [], sealed: Set<String> = []) {
    self.sealed = sealed
    var found: [Name] = []
    var known = Set<[String]>()
    let people =
      contacts.map { ($0.name, $0.id, $0.title) } + others.map { ($0, $0, String?.none) }
    // Someone a confidential note names off the roster has a placeholder, not a name.
    for (person, contact) in people.enumerated() where !Withheld.isPlaceholder(name: contact.0) {
      let replacement = contact.2.map { "the " + $0 } ?? "a colleague"
      func add(_ words: [String], exactCase: Bool = false) {
        let words = exactCase ? words : words.map { $0.lowercased() }
        guard known.insert(words).inserted else { return }
        found.append(
          Name(words: words, replacement: replacement, exactCase: exactCase, person: person))
      }
      // The name as written, and the id, which for someone off the roster is all there is; each
      // whole, and each word of it alone (a two-letter one only as written, and not an everyday
      // word).
      for words in [Self.words(contact.0), Self.words(contact.1)] {
        if words.count > 1 { add(words) }
        for part in words {
          if part.count >= 3, Self.everydayWords.contains(part.lowercased()) {
            // As a name is written, whether it came from the name or the id.
            add([part.prefix(1).uppercased() + part.dropFirst()], exactCase: true)
          } else if part.count >= 3 {
            add([part])
          } else if part.count == 2, !Self.commonWords.contains(part.lowercased()),
            part.first?.isUppercase == true || part.first?.isCased == false
          {
            add([part], exactCase: true)
          }
        }
      }
    }
    names = found.sorted {
      ($0.words.count, $0.words.joined().count) > ($1.words.count, $1.words.joined().count)
    }
  }

  /// A piece of text: a word (with its text normalised for matching) or what lies between words.
  struct Piece {
    var text: Substring
    var isWord: Bool
    /// The word with `’` written `'`.
    var normalised: String
  }

  /// `text` cut into words and the text between them.
  static func pieces(_ text: String) -> [Piece] {
    func isLetter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
    var pieces: [Piece] = []
    var position = text.startIndex
    while position < text.endIndex {
      let start = position
      let word = isLetter(text[position])
      while position < text.endIndex {
        let character = text[position]
        let after = text.index(after: position)
        if word {
          // An apostrophe continues a word when a letter follows it.
          let apostrophe =
            (character == "'" || character == "’") && after < text.endIndex
            && isLetter(text[after])
          guard isLetter(character) || apostrophe else { break }
        } else if isLetter(character) {
          break
        }
        position = after
      }
      let piece = text[start..<position]
      pieces.append(
        Piece(
          text: piece, isWord: word,
          normalised: word ? String(piece.map { $0 == "’" ? "'" : $0 }) : ""))
    }
    return pieces
  }

  /// The words of a name or id.
  static func words(_ name: String) -> [String] {
    pieces(name).filter(\.isWord).map(\.normalised)
  }

  /// `text` with every whole-word occurrence of a name (any case, with a possessive) replaced.
  func redact(_ text: String) -> String {
    let pieces = Self.pieces(text)
    var output = ""
    var changed = false
    var current = 0
    while current < pieces.count {
      // An e-mail address that holds a name names that person: it goes whole, so that
      // `rob.finch@…` reads "the Fleet Manager" rather than a title for each part.
      if let end = Self.emailEnd(from: current, in: pieces),
        let name = (current..<end).lazy.compactMap({
          self.longest(at: $0, in: pieces, anyCase: true)?.0
        }).first
      {
        changed = true
        output += name.replacement
        current = end
        continue
      }
      guard pieces[current].isWord,
        var (name, end, possessive) = longest(at: current, in: pieces)
      else {
        output += pieces[current].text
        current += 1
        continue
      }
      // Parts of one person's name that follow each other are that person once: `Mei-Lin` when
      // each half is a part of `Mei-Lin Zhou`, or a name written surname first (`Zhou Mei-Lin`).
      while possessive == nil, name.person >= 0, end + 1 < pieces.count,
        [" ", "-"].contains(pieces[end].text),
        let (next, nextEnd, nextPossessive) = longest(at: end + 1, in: pieces),
        next.person == name.person
      {
        name = next
        (end, possessive) = (nextEnd, nextPossessive)
      }
      changed = true
      // A title or initial before the name (`Ms. Hill`, `G. Hill`) goes with it.
      if current >= 2, !pieces[current - 1].isWord, pieces[current - 2].isWord,
        Self.isPrefix(pieces[current - 2].text, joint: pieces[current - 1].text)
      {
        output.removeLast(pieces[current - 2].text.count + pieces[current - 1].text.count)
      }
      output += name.replacement
      var after = end
      // Quoted (`'Bob'`), the apostrophe after it closes the quote.
      let quoted =
        current > 0 && (pieces[current - 1].text.last.map { "'‘’".contains($0) } ?? false)
      if let possessive {
        output += possessive
      } else if !quoted, after < pieces.count, let first = pieces[after].text.first,
        first == "'" || first == "’",
        pieces[end - 1].text.last.map({ "sS".contains($0) }) == true
      {
        // A bare possessive (`Jess' notes`) reads after a title as one with an s.
        output += String(first) + "s" + pieces[after].text.dropFirst()
        after += 1
      }
      current = after
    }
    return changed ? output : text
  }

  /// Words that introduce a name: `Mr`, `Ms`, `Mrs`, `Miss`, `Dr`, `Prof`.
  static let honorifics: Set<String> = ["mr", "ms", "mrs", "miss", "dr", "prof"]

  /// Whether `word`, then `joint`, stands before a name as part of it: an honorific (`Ms. `,
  /// `Dr `) or an initial (`G. `).
  static func isPrefix(_ word: Substring, joint: Substring) -> Bool {
    guard joint == " " || joint == ". " else { return false }
    if honorifics.contains(word.lowercased()) { return true }
    return joint == ". " && word.count == 1 && word.first?.isUppercase == true
  }

  /// Where the e-mail address starting at piece `start` ends (the piece after it), if one does:
  /// words joined by `.`, `-`, `_` or `+`, one `@`, then words joined by `.` or `-`.
  static func emailEnd(from start: Int, in pieces: [Piece]) -> Int? {
    guard pieces[start].isWord, start == 0 || !pieces[start - 1].text.hasSuffix("@") else {
      return nil
    }
    var index = start + 1
    var seenAt = false
    var end: Int? = nil
    while index + 1 < pieces.count, pieces[index + 1].isWord {
      let joint = pieces[index].text
      if joint == "@" {
        guard !seenAt else { break }
        seenAt = true
      } else if !(joint == "." || joint == "-" || (!seenAt && (joint == "_" || joint == "+"))) {
        break
      }
      index += 2
      if seenAt { end = index }
    }
    return end
  }

  /// The name starting at piece `start` that runs furthest, a roster one or a sealed one: a
  /// roster name's first word alone (`Hank`) must not leave a sealed name's rest (`Scorpio`).
  private func longest(
    at start: Int, in pieces: [Piece], anyCase: Bool = false
  ) -> (Name, Int, String?)? {
    let roster = match(at: start, in: pieces, anyCase: anyCase)
    guard let sealed = sealedMatch(at: start, in: pieces) else { return roster }
    guard let roster else { return sealed }
    return sealed.1 > roster.1 ? sealed : roster
  }

  /// The longest sealed name whose words start at piece `start`, as `match` gives a name: its
  /// words joined as written, by spaces, or by hyphens as a slug, sealed and looked up. Words may
  /// be joined by `.` and `_` too, as in an e-mail address (`hank.scorpio@`), or by `. ` after an
  /// initial or honorific (`Hank J. Scorpio`, `Dr. Gina Gold`).
  private func sealedMatch(at start: Int, in pieces: [Piece]) -> (Name, Int, String?)? {
    guard !sealed.isEmpty, pieces[start].isWord else { return nil }
    var words: [Int] = [start]
    var index = start + 1
    while words.count < Self.sealedWords, index + 1 < pieces.count, pieces[index + 1].isWord,
      [" ", "-", ".", "_", ". "].contains(pieces[index].text)
    {
      words.append(index + 1)
      index += 2
    }
    while let last = words.last {
      var texts = words.map { pieces[$0].normalised }
      var possessive: String? = nil
      for trial in 0..<2 {
        if trial == 1 {
          // The name with its possessive (`Hank Scorpio's`) taken off.
          guard texts[texts.count - 1].lowercased().hasSuffix("'s"), texts.last!.count > 2 else {
            break
          }
          texts[texts.count - 1].removeLast(2)
          possessive = String(pieces[last].text.suffix(2))
        }
        // Words and what joins them, as the text has them.
        var asWritten = ""
        for i in start..<last {
          asWritten += (i - start) % 2 == 0 ? pieces[i].normalised : String(pieces[i].text)
        }
        asWritten += texts[texts.count - 1]
        if sealed.contains(Seal.seal(asWritten))
          || sealed.contains(Seal.seal(texts.joined(separator: " ")))
          || sealed.contains(Seal.seal(texts.joined(separator: "-")))
        {
          let name = Name(words: texts, replacement: Self.sealedReplacement, exactCase: false)
          return (name, last + 1, possessive)
        }
      }
      words.removeLast()
    }
    return nil
  }

  /// The name whose words start at piece `start`, the piece after it, and the possessive its last
  /// word carries (`'s`), if any.
  /// `anyCase` matches every name in any case, as in an e-mail address, where case says nothing.
  private func match(
    at start: Int, in pieces: [Piece], anyCase: Bool = false
  ) -> (Name, Int, String?)? {
    for name in names {
      var index = start
      var possessive: String? = nil
      var matched = true
      for (offset, word) in name.words.enumerated() {
        guard index < pieces.count, pieces[index].isWord else {
          matched = false
          break
        }
        var found = pieces[index].normalised
        var suffix: String? = nil
        if offset == name.words.count - 1, found.count > 2, found.lowercased().hasSuffix("'s"),
          !word.hasSuffix("'s")
        {
          suffix = String(pieces[index].text.suffix(2))
          found.removeLast(2)
        }
        // Accents and apostrophes aside too (`Éloïse`, `O'Brien` for an id's `eloise`, `obrien`),
        // except for a name matched only as written.
        let slug = name.slugs[offset]
        let same =
          anyCase
          ? found.lowercased() == word.lowercased()
          : (name.exactCase ? found : found.lowercased()) == word
            || (!name.exactCase && !slug.isEmpty && Slug.make(from: found) == slug)
        guard same else {
          matched = false
          break
        }
        possessive = suffix
        index += 1
        // Between a name's words: a space, a hyphen, or an underscore (`jane_doe`).
        if offset < name.words.count - 1 {
          guard index < pieces.count, [" ", "-", "_"].contains(pieces[index].text) else {
            matched = false
            break
          }
          index += 1
        }
      }
      if matched { return (name, index, possessive) }
    }
    return nil
  }
}

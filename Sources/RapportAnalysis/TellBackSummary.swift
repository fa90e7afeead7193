import RapportNotebook

/// What we heard from an account in the window and what we are doing about it, for the customer:
/// themes by level (never by person, only for groups of `min_group_size` people or more) and our
/// commitments. Never a score, an interviewee's name, a quote, an internal-side note or a
/// confidential note.
public struct TellBackSummary: Sendable {
  /// The themes one group of people raised.
  public struct Group: Sendable {
    /// A level, or nil for everyone interviewed.
    public var level: String?
    /// People interviewed in the group.
    public var people: Int
    /// Themes with the number of interviews that raised them, most raised first.
    public var themes: [(theme: String, interviews: Int)]
  }

  /// One commitment, with any interviewee's name taken out of its text.
  public struct Promise: Sendable {
    public var text: String
    public var status: CommitmentStatus
    public var due: Day?
    public var done: Day?
  }

  public var accountID: String
  public var accountName: String
  public var period: ReportPeriod
  /// External, non-confidential interviews in the window.
  public var interviews: Int
  /// Everyone together first (when they are enough people), then each level that is.
  public var groups: [Group]
  /// Commitments from those interviews, and older ones still open; tell-backs are this summary.
  public var promises: [Promise]

  /// The summary of an account report.
  public init(_ report: AccountReport, account: Account, settings: Settings) {
    accountID = report.id
    accountName = report.name
    period = report.period
    let minimum = max(1, settings.thresholds.minGroupSize)
    let notes = account.interviews.filter {
      $0.side == .external && !$0.confidential && report.period.contains($0.date)
    }
    interviews = notes.count
    let levelOf = Dictionary(
      report.contacts.map { ($0.id, $0.level) }, uniquingKeysWith: { first, _ in first })
    func group(_ level: String?, _ notes: [Interview]) -> Group? {
      let people = Set(notes.map(\.contactID)).count
      guard people >= minimum else { return nil }
      var counts: [String: Int] = [:]
      for note in notes { for theme in note.themes { counts[theme, default: 0] += 1 } }
      let themes = counts.map { (theme: $0.key, interviews: $0.value) }
        .sorted { ($0.interviews, $1.theme) > ($1.interviews, $0.theme) }
      return Group(level: level, people: people, themes: themes)
    }
    var groups: [Group] = []
    if let everyone = group(nil, notes) { groups.append(everyone) }
    for level in settings.levels {
      if let group = group(level, notes.filter { levelOf[$0.contactID] == level }) {
        groups.append(group)
      }
    }
    self.groups = groups
    let files = Set(notes.map(\.file))
    let redactor = NameRedactor(report.contacts)
    promises = report.ledger.filter { entry in
      !entry.isTellBack && !entry.isInternal && entry.text != nil
        && (files.contains(entry.file) || entry.status.isOpen)
        && account.interviews.contains { $0.file == entry.file && !$0.confidential }
    }.map {
      Promise(
        text: redactor.redact(Self.withoutTags($0.text!)), status: $0.status, due: $0.due,
        done: $0.done)
    }
  }
}

extension TellBackSummary {
  /// `text` without its `#theme` tags: they are our codebook, not the customer's words.
  static func withoutTags(_ text: String) -> String {
    text.split(separator: " ").filter { word in
      !(word.hasPrefix("#") && word.dropFirst().first.map { $0.isLetter || $0.isNumber } == true)
    }.joined(separator: " ")
  }
}

/// Takes people's names out of text: a customer-facing summary names no interviewee.
struct NameRedactor {
  /// A name or a part of one, and what replaces it.
  struct Name {
    /// Its words, lowercased unless `exactCase`.
    var words: [String]
    var replacement: String
    /// Whether it matches only as written on the roster: a two-letter part (`Li`, `Bo`) would
    /// otherwise match everyday words in other cases.
    var exactCase: Bool
  }

  /// Names and name parts, longest first.
  let names: [Name]

  init(_ contacts: [ContactSummary]) {
    var found: [Name] = []
    func add(_ text: some StringProtocol, _ replacement: String, exactCase: Bool = false) {
      let words = text.split(separator: " ").map { exactCase ? String($0) : $0.lowercased() }
      if !words.isEmpty {
        found.append(Name(words: words, replacement: replacement, exactCase: exactCase))
      }
    }
    // Someone a confidential note names off the roster has a placeholder, not a name.
    for contact in contacts where !Withheld.isPlaceholder(name: contact.name) {
      let replacement = contact.title.map { "the " + $0 } ?? "a colleague"
      add(contact.name, replacement)
      add(contact.id, replacement)
      for part in contact.name.split(separator: " ") where part.count >= 2 {
        add(part, replacement, exactCase: part.count < 3)
      }
    }
    names = found.sorted {
      $0.words.joined(separator: " ").count > $1.words.joined(separator: " ").count
    }
  }

  /// `text` with every whole-word occurrence of a name (any case, with a possessive) replaced,
  /// the punctuation around it kept.
  func redact(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var changed = false
    for name in names {
      var index = 0
      while index + name.words.count <= words.count {
        let window = words[index..<(index + name.words.count)].map(Self.parts)
        let matches = window.enumerated().allSatisfy { offset, part in
          let core = name.exactCase ? part.core : part.core.lowercased()
          // Punctuation may stand before the first word and after the last, not between them.
          return core == name.words[offset]
            && (offset == 0 || part.before.isEmpty)
            && (offset == window.count - 1 || part.after.isEmpty)
        }
        if matches, let first = window.first, let last = window.last {
          words.replaceSubrange(
            index..<(index + name.words.count),
            with: [first.before + name.replacement + last.after])
          changed = true
        }
        index += 1
      }
    }
    return changed ? words.joined(separator: " ") : text
  }

  /// A word split into the punctuation before it, its core (from its first to its last letter,
  /// digit or hyphen, without a possessive `'s`), and what follows the core.
  static func parts(_ word: String) -> (before: String, core: String, after: String) {
    func isPart(_ character: Character) -> Bool {
      character.isLetter || character.isNumber || character == "-"
    }
    guard let first = word.firstIndex(where: isPart), let last = word.lastIndex(where: isPart)
    else { return (word, "", "") }
    var core = word[first...last]
    var after = word[word.index(after: last)...]
    for possessive in ["'s", "’s", "'S", "’S"] where core.hasSuffix(possessive) && core.count > 2 {
      after = word[core.index(core.endIndex, offsetBy: -2)...]
      core = core.dropLast(2)
      break
    }
    return (String(word[..<first]), String(core), String(after))
  }
}

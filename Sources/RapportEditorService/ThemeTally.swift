import RapportNotebook

/// How many notes raise each theme, kept current note by note.
///
/// Themes of confidential notes count, as they do in reports; but only a theme some other note
/// raises may be named, so a theme only confidential notes raise is never offered or shown.
struct ThemeTally: Sendable {
  /// Notes raising each canonical theme, confidential ones included.
  private(set) var notes: [String: Int] = [:]
  /// Notes that are not confidential raising each canonical theme: the themes that may be named.
  private(set) var named: [String: Int] = [:]

  init() {}

  /// A tally of `interviews`.
  init(_ interviews: some Sequence<Interview>) {
    for interview in interviews { add(interview) }
  }

  mutating func add(_ interview: Interview) { count(interview, by: 1) }

  mutating func remove(_ interview: Interview) { count(interview, by: -1) }

  private mutating func count(_ interview: Interview, by step: Int) {
    for theme in interview.themes where !Seal.isSealed(theme) {
      Self.bump(&notes, theme, step)
      if !interview.confidential { Self.bump(&named, theme, step) }
    }
  }

  private static func bump(_ counts: inout [String: Int], _ theme: String, _ step: Int) {
    let value = (counts[theme] ?? 0) + step
    counts[theme] = value > 0 ? value : nil
  }

  /// A confidential interview's themes as the loader leaves them: a sealed theme that another
  /// note names is opened, any other sealed theme is dropped.
  func opened(_ interview: Interview) -> Interview {
    guard interview.confidential, interview.themes.contains(where: Seal.isSealed) else {
      return interview
    }
    let known = Dictionary(
      named.keys.map { (Seal.seal($0), $0) }, uniquingKeysWith: { first, _ in first })
    var copy = interview
    var themes: [String] = []
    for theme in interview.themes {
      let word = Seal.isSealed(theme) ? known[theme] : theme
      if let word, !themes.contains(word) { themes.append(word) }
    }
    copy.themes = themes.sorted()
    copy.reasons = interview.reasons.compactMap { Seal.isSealed($0) ? known[$0] : $0 }
    return copy
  }
}

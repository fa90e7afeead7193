extension Rule {
  /// A date that is not `YYYY-MM-DD` or not on the calendar.
  public static let dateInvalid = Rule(
    "date.invalid", .error, "A date is not written YYYY-MM-DD or does not exist (2026-02-30).",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 14/03/2026\ninterviewer: Sam Lee\ncontact: jane-doe")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])
}

/// Words the error for a date that does not parse (`Day`), showing how to write it.
enum DateInvalid {
  /// The error for front-matter value `text` under `key`.
  static func diagnostic(_ text: Located<String>, key: Located<String>, file: String) -> Diagnostic
  {
    Diagnostic(
      .dateInvalid, file: file, underlining: text, "`\(key.value)`: \(problem(with: text.value))")
  }

  /// The error for a commitment's `due:` or `done:` token, whose date part is `value`;
  /// `spacedFrom` is the date written after a space instead (`due: 2026-04-01`).
  static func diagnostic(
    token: Located<Substring>, value: Substring, isDue: Bool, spacedFrom: Substring? = nil,
    file: String
  ) -> Diagnostic {
    let name = isDue ? "due" : "done"
    if let spaced = spacedFrom {
      let fix =
        Day(spaced).map { "write \(name):\($0)" }
        ?? "write it with no space, as YYYY-MM-DD: \(problem(with: String(spaced)))"
      return Diagnostic(
        .dateInvalid, file: file, at: token.position, length: token.value.count,
        "`\(name):` is followed by a space, so it has no date; \(fix)")
    }
    return Diagnostic(
      .dateInvalid, file: file, at: token.position, length: token.value.count,
      "`\(name)` date: \(problem(with: String(value)))")
  }

  /// Says what is wrong with a date that did not parse and how to write it, e.g. `"2026-3-4" is
  /// not written YYYY-MM-DD; write 2026-03-04`.
  static func problem(with text: String) -> String {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3,
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
      parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2])
    {
      if let fixed = Day(year: year, month: month, day: day) {
        return "\"\(text)\" is not written YYYY-MM-DD; write \(fixed)"
      }
      if (1...12).contains(month) {
        return
          "\"\(text)\" is not a calendar date: \(year)-\(parts[1]) has \(Day.daysIn(month: month, year: year)) days"
      }
      return "\"\(text)\" is not a calendar date: months run 01-12"
    }
    let slashed = text.split(whereSeparator: { $0 == "/" || $0 == "." })
    // Year first (`2026/11/05`, `2026.11.05`): only the separators are wrong.
    if slashed.count == 3, slashed[0].count == 4, let year = Int(slashed[0]),
      let month = Int(slashed[1]), let day = Int(slashed[2]),
      let fixed = Day(year: year, month: month, day: day)
    {
      return "\"\(text)\" is not written YYYY-MM-DD; write \(fixed)"
    }
    if slashed.count == 3, let a = Int(slashed[0]), let b = Int(slashed[1]),
      let year = Int(slashed[2]), year > 999
    {
      // Day-first or month-first? When both readings are dates, the writer must say which: no
      // `; write` fix, which an editor would apply as it stands.
      let dayFirst = Day(year: year, month: b, day: a)
      let monthFirst = Day(year: year, month: a, day: b)
      switch (dayFirst, monthFirst) {
      case (let one?, let other?) where one != other:
        return
          "\"\(text)\" is not written YYYY-MM-DD, and reads two ways: \(one) if it is day first, \(other) if it is month first"
      case (let one?, _), (nil, let one?):
        return "\"\(text)\" is not written YYYY-MM-DD; write \(one)"
      default:
        break
      }
    }
    return "\"\(text)\" is not a date written YYYY-MM-DD, such as 2026-03-14"
  }
}

extension Day {
  /// What is wrong with `text` as a date and how to write it (for command-line options too).
  public static func problem(with text: String) -> String { DateInvalid.problem(with: text) }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0-9.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

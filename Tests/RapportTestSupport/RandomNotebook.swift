/// A random but valid notebook: several accounts (partners with internal notes among them),
/// rosters over three levels, people scored across years, dates on the window's edges, themes
/// written as aliases, and confidential notes whose every word carries `marker`.
public struct RandomNotebook {
  /// In every word of every confidential note (and its file name): it must reach no output.
  public static let marker = "zqxsecret"
  /// The date figures are computed as of.
  public static let asOf = "2026-06-30"
  /// Days that sit on the edges of the 365-day window and the 180-day silence.
  static let edges = ["2026-06-30", "2025-07-01", "2025-06-30", "2026-01-01", "2026-01-02"]
  static let themes = ["reporting", "reports", "price", "pricing", "support", "onboarding"]

  /// Notebook-relative path to text.
  public var files: [String: String] = [:]

  public init(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let minimum = Int.random(in: 1...3, using: &random)
    files["rapport.yml"] = """
      scales:
        nps: { min: 0, max: 10, nps: true }
        health: { min: 1, max: 5 }
      levels: [executive, manager, staff]
      team:
        - { handle: sam, name: Sam Lee }
        - { handle: ana, name: Ana Ruiz }
      themes:
        reporting: { aliases: [reports] }
        price: { aliases: [pricing] }
      thresholds: { min_group_size: \(minimum), silence_days: 180, window_days: 365 }

      """
    for index in 0..<Int.random(in: 2...5, using: &random) {
      account(index, &random)
    }
  }

  mutating func account(_ index: Int, _ random: inout SeededRandom) {
    let id = "account-\(index)"
    let partner = Int.random(in: 0..<4, using: &random) == 0
    let status =
      partner ? "active" : ["active", "active", "lost", "won"].randomElement(using: &random)!
    let levels = ["executive", "manager", "staff"]
    var roster: [(id: String, line: String)] = []
    for person in 0..<Int.random(in: 1...6, using: &random) {
      let level = levels[min(person, Int.random(in: 0...2, using: &random))]
      let boss = person > 0 && Bool.random(using: &random) ? "p\(index)-0" : "null"
      let invited = Bool.random(using: &random) ? ", invited: \(Self.day(&random))" : ""
      let left = Int.random(in: 0..<6, using: &random) == 0 ? ", status: left" : ""
      roster.append(
        (
          "p\(index)-\(person)",
          "  - { id: p\(index)-\(person), name: Person \(index) \(person), level: \(level), reports_to: \(boss)\(invited)\(left) }"
        ))
    }
    files["\(id)/account.md"] = """
      ---
      name: Account \(index)
      relationship: \(partner ? "partner" : "customer")
      status: \(status)
      since: \(Self.day(&random))
      team:
        - { handle: sam, name: Sam Lee }
      assumed_reasons: [price, pricing]
      contacts:
      \(roster.map(\.line).joined(separator: "\n"))
      ---
      About account \(index).

      """
    for note in 0..<Int.random(in: 0...8, using: &random) {
      let confidential = Int.random(in: 0..<6, using: &random) == 0
      let isInternal = partner && Int.random(in: 0..<3, using: &random) == 0
      let date =
        Int.random(in: 0..<3, using: &random) == 0
        ? Self.edges.randomElement(using: &random)! : Self.day(&random)
      // A confidential note may name people no roster lists, and an owner no team does.
      let offRoster = confidential && !isInternal && Int.random(in: 0..<3, using: &random) == 0
      let contact =
        isInternal
        ? "sam"
        : offRoster
          ? "\(Self.marker.capitalized) Person \(note % 2)"
          : roster.randomElement(using: &random)!.id
      let themes = (0..<Int.random(in: 0...3, using: &random)).map { _ in
        Self.themes.randomElement(using: &random)!
      }
      let secret = confidential ? " \(Self.marker)" : ""
      let name = "\(id)/\(date)-\(note)\(confidential ? "-\(Self.marker)" : "").md"
      let score =
        Int.random(in: 0..<5, using: &random) == 0
        ? ""
        : "scores: { nps: \(Int.random(in: 0...10, using: &random)), health: \(Int.random(in: 1...5, using: &random)) }\n"
      let type =
        Int.random(in: 0..<6, using: &random) == 0 && !isInternal
        ? "type: win-loss\noutcome: lost\nreasons: [pricing]\n" : ""
      let tellBack =
        Bool.random(using: &random)
        ? "- [\(Bool.random(using: &random) ? "x" : " ")] Tell back\(secret) @sam due:\(date) #tell-back\n"
        : ""
      files[name] = """
        ---
        date: \(date)
        interviewer: Sam Lee
        contact: \(contact)
        \(isInternal ? "side: internal\n" : "")\(score)\(type)themes: [\(themes.joined(separator: ", "))\(confidential ? (themes.isEmpty ? "" : ", ") + Self.marker + "theme" : "")]
        confidential: \(confidential)
        \(offRoster ? "attendees: [\(Self.marker)guest]\n" : "")---
        ## Summary
        Talked about #\(themes.first ?? "support")\(secret).

        > Said something\(secret).

        - [ ] Follow up\(secret) @\(offRoster ? Self.marker + "owner" : "ana") due:\(Self.day(&random))
        \(tellBack)
        """
    }
  }

  /// A day from 2023 to the as-of date.
  static func day(_ random: inout SeededRandom) -> String {
    let year = Int.random(in: 2023...2026, using: &random)
    let month = Int.random(in: 1...(year == 2026 ? 6 : 12), using: &random)
    let day = Int.random(in: 1...28, using: &random)
    return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }
}

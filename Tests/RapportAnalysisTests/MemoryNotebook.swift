import RapportMarkdown
import RapportNotebook

@testable import RapportAnalysis

/// A notebook built in memory, as values, for analysis tests: no files, no YAML, no parsing.
struct MemoryNotebook {
  typealias M = MemoryNotebook

  var settings = Settings()
  private(set) var accounts: [String: Account] = [:]
  private var order: [String] = []

  /// The as-of date tests use unless they say otherwise.
  static let asOf = Day("2026-06-30")!

  /// Adds an account (replacing one with the same id).
  mutating func account(
    _ id: String, relationship: Relationship = .customer, status: AccountStatus = .active,
    since: String? = nil, assumed: [String] = [], _ contacts: [Contact] = []
  ) {
    var profile = AccountProfile()
    profile.name = id.prefix(1).uppercased() + id.dropFirst()
    profile.relationship = relationship
    profile.status = status
    profile.since = since.flatMap { Day($0) }
    profile.assumedReasons = assumed
    profile.contacts = contacts
    if accounts[id] == nil { order.append(id) }
    accounts[id] = Account(id: id, profile: profile, interviews: [])
  }

  /// A roster contact.
  static func person(
    _ id: String, level: String? = "manager", reportsTo: String? = nil, invited: String? = nil,
    left: Bool = false
  ) -> Contact {
    Contact(
      id: id, name: id.prefix(1).uppercased() + id.dropFirst(), title: nil, level: level,
      reportsTo: reportsTo, invited: invited.flatMap { Day($0) }, hasLeft: left)
  }

  /// A commitment as a note would hold it.
  static func promise(
    _ text: String, owner: String? = "sam", due: String? = nil, done: String? = nil,
    checked: Bool = false, tags: [String] = []
  ) -> Commitment {
    let at = SourcePosition(line: 10, column: 1)
    return Commitment(
      text: text, isChecked: checked || done != nil, owner: owner.map { Located($0, at: at) },
      due: due.flatMap { Day($0) }.map { Located($0, at: at) },
      done: done.flatMap { Day($0) }.map { Located($0, at: at) }, tags: tags, position: at)
  }

  /// Adds an interview with `contact` (a roster id) to `account`.
  mutating func interview(
    _ account: String, _ date: String, _ contact: String, nps: Double? = nil,
    scores: [String: Double] = [:], side: Side = .external, attendees: [String] = [],
    themes: [String] = [], commitments: [Commitment]? = nil, confidential: Bool = false,
    type: String = "relationship", outcome: Outcome? = nil, reasons: [String] = []
  ) {
    // By default we told the person what we learned the next day, so no rule fires for it.
    let told = M.promise(
      "Tell back", done: Day(date)!.adding(days: 1).description, tags: [settings.tellBackTag])
    let commitments = commitments ?? [told]
    let at = SourcePosition(line: 5, column: 1)
    var all = scores.map { Score(scale: $0.key, value: $0.value, position: at) }
    if let nps { all.append(Score(scale: "nps", value: nps, position: at)) }
    let file = "\(account)/\(date)-\(contact)-\(accounts[account]!.interviews.count).md"
    let name = accounts[account]!.profile.contact(id: contact)?.name ?? contact
    accounts[account]!.interviews.append(
      Interview(
        file: file, date: Day(date)!, interviewer: "Sam Lee", type: type, channel: "video",
        contactID: contact, contactName: name, contactInRoster: true, attendees: attendees,
        side: side, scores: all.sorted { $0.scale < $1.scale }, themes: themes, outcome: outcome,
        reasons: reasons, confidential: confidential, quotes: [], commitments: commitments,
        summary: nil))
    accounts[account]!.interviews.sort { ($0.date, $0.file) < ($1.date, $1.file) }
  }

  /// The notebook these values make.
  var notebook: Notebook {
    Notebook(
      settings: settings, accounts: order.sorted().map { accounts[$0]! }, diagnostics: [],
      noteCount: accounts.values.map(\.interviews.count).reduce(0, +), skippedNotes: [])
  }

  /// The analysed company as of `asOf`.
  func analyse(asOf: Day = MemoryNotebook.asOf) -> CompanyReport {
    NotebookAnalysis(notebook: notebook, asOf: asOf, jobs: 1).company
  }
}

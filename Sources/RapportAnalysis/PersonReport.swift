import RapportNotebook

/// One person at an account, followed over time: where they sit, every score, every interview,
/// what they said and what we promised them.
public struct PersonReport: Sendable {
  /// Another person, named for a link.
  public struct Reference: Sendable, Hashable {
    public var id: String
    public var name: String
  }

  /// One interview with the person (as the interviewee).
  public struct Meeting: Sendable {
    public var date: Day
    public var type: String
    public var channel: String?
    public var file: String
    public var confidential: Bool
    /// Whether we told them what we learned, and how fast (judged on the as-of date).
    public var tellBack: LoopStatus
  }

  public var accountID: String
  public var accountName: String
  public var contact: ContactSummary
  public var reportsTo: Reference?
  public var directReports: [Reference]
  /// Interviews with them, newest first.
  public var meetings: [Meeting]
  /// Days they sat in someone else's interview, newest first.
  public var attended: [Day]
  /// What they said, newest first.
  public var quotes: [QuoteEntry]
  /// What we promised in their interviews, in ledger order.
  public var commitments: [LedgerEntry]
}

extension PersonReport {
  /// A report for every person of an account: the roster, then others interviewed.
  static func all(_ account: AccountReport, settings: Settings) -> [PersonReport] {
    let contacts = account.contacts
    let period = account.period
    let names = Dictionary(contacts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    var reports: [String: [Reference]] = [:]
    for contact in contacts where contact.inRoster {
      if let manager = contact.reportsTo, names[manager] != nil {
        reports[manager, default: []].append(Reference(id: contact.id, name: contact.name))
      }
    }
    var meetings: [String: [Meeting]] = [:]
    var attended: [String: [Day]] = [:]
    var quotes: [String: [QuoteEntry]] = [:]
    var files: [String: Set<String>] = [:]
    // The timeline holds every interview up to the as-of date, newest first.
    for interview in account.timeline where interview.side == .external {
      let loop = LoopEntry(
        interview, asOf: period.asOf, limit: settings.thresholds.tellBackDays,
        tag: settings.tellBackTag)
      meetings[interview.contactID, default: []].append(
        Meeting(
          date: interview.date, type: interview.type, channel: interview.channel,
          file: interview.file, confidential: interview.confidential, tellBack: loop.status))
      files[interview.contactID, default: []].insert(interview.file)
      for id in Set(interview.attendees) where id != interview.contactID {
        attended[id, default: []].append(interview.date)
      }
      for quote in interview.quotes {
        quotes[quote.speakerID, default: []].append(
          QuoteEntry(
            markdown: quote.markdown, speakerName: quote.speakerName, speakerID: quote.speakerID,
            accountID: account.id, accountName: account.name, date: interview.date,
            file: interview.file, line: quote.position.line))
      }
    }
    return contacts.map { contact in
      let mine = files[contact.id] ?? []
      return PersonReport(
        accountID: account.id, accountName: account.name, contact: contact,
        reportsTo: contact.reportsTo.flatMap { id in names[id].map { Reference(id: id, name: $0) }
        },
        directReports: reports[contact.id] ?? [], meetings: meetings[contact.id] ?? [],
        attended: attended[contact.id] ?? [], quotes: quotes[contact.id] ?? [],
        commitments: account.ledger.filter { mine.contains($0.file) })
    }
  }
}

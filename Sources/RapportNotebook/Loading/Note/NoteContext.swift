import RapportSystem
import Synchronization

/// What a note is read against: the settings and its account, with lookups built once per account.
///
/// Resolution (`NoteResolver`) and the checks (`NoteChecks`) find people and themes through it.
public struct NoteContext: Sendable {
  public let settings: Settings
  public let profile: AccountProfile
  /// Our people who may own commitments here: the account team, then the notebook team.
  public let team: [TeamMember]
  private let roster: RosterIndex
  private let teamByHandle: [String: TeamMember]
  private let teamByName: [String: TeamMember]
  /// Each codebook word (theme or alias) to its canonical theme.
  private let themes: [String: String]
  /// The sealed form of every word a confidential note may name that is known from elsewhere
  /// (roster, team, settings, codebook), to the word.
  private let vocabulary: SealedVocabulary
  /// Roster contacts and team members by the seals of their ids and names, for a confidential
  /// note's people.
  private let people: SealedPeople

  /// A person as a note names them.
  struct Person {
    /// Roster id or team handle; the slug of the name as written when not found.
    var id: String
    /// The name as known, or as written.
    var name: String
    /// Whether the person was found on the roster (or team, for our side).
    var isKnown: Bool
  }

  public init(settings: Settings, profile: AccountProfile) {
    self.settings = settings
    self.profile = profile
    let team =
      profile.team
      + settings.team.filter { member in !profile.team.contains { $0.handle == member.handle } }
    self.team = team
    roster = RosterIndex(profile.contacts)
    teamByHandle = Dictionary(team.map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
    teamByName = Dictionary(
      team.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    var themes: [String: String] = [:]
    for definition in settings.themes.reversed() {
      for word in definition.aliases + [definition.name] { themes[word] = definition.name }
    }
    self.themes = themes
    people = SealedPeople(contacts: profile.contacts, team: team)
    vocabulary = SealedVocabulary { [themes] in
      var words: [String] = settings.types + Settings.channels + Side.allCases.map(\.rawValue)
      words += Outcome.allCases.map(\.rawValue) + settings.scales.map(\.name)
      words += profile.contacts.flatMap { [$0.id, $0.name] } + [settings.tellBackTag]
      words += team.flatMap { [$0.handle, "@" + $0.handle, $0.name] } + Array(themes.keys)
      return words
    }
  }

  /// A confidential note with its sealed words put back where they are words this account or
  /// the settings already know (a roster name, a scale, a codebook theme); its own words stay
  /// sealed.
  public func unsealed(_ note: ParsedNote) -> ParsedNote {
    guard note.confidential else { return note }
    let vocabulary = self.vocabulary.table
    func open(_ value: Located<String>) -> Located<String> {
      vocabulary[value.value].map { Located($0, at: value.position) } ?? value
    }
    func open(_ word: String) -> String { vocabulary[word] ?? word }
    var copy = note
    for path in [\ParsedNote.interviewer, \.type, \.channel, \.side, \.outcome] {
      copy[keyPath: path] = copy[keyPath: path].map(open)
    }
    // People are looked for where `person` looks: the contact on the roster (external) or the
    // team (internal), attendees on the roster and then, on internal notes, the team.
    let (roster, team) = people.tables
    let isInternal = copy.interviewSide == .internal
    func openPerson(_ value: Located<String>, in tables: [SealedPeople.Table]) -> Located<String> {
      tables.lazy.compactMap { $0.open(value.value) }.first.map { Located($0, at: value.position) }
        ?? value
    }
    copy.contact = note.contact.map { openPerson($0, in: isInternal ? [team] : [roster]) }
    copy.attendees = note.attendees.map {
      openPerson($0, in: isInternal ? [roster, team] : [roster])
    }
    copy.themes = note.themes.map(open)
    copy.reasons = note.reasons.map(open)
    copy.scores = note.scores.map { RawScore(scale: open($0.scale), value: $0.value) }
    copy.body.tags = note.body.tags.map(open)
    copy.body.commitments = note.body.commitments.map { item in
      var opened = item
      opened.owner = item.owner.map(open)
      opened.tags = item.tags.map(open)
      return opened
    }
    return copy
  }

  /// The account's name for messages.
  public var accountName: String { profile.name ?? "this account" }

  /// Whether the account has an `account.md`. Without one there is no roster or account team to
  /// check people against: the folder's one `account.profile.missing` warning says so instead.
  public var hasProfile: Bool { profile.file != nil }

  /// The canonical theme of a tag: its codebook theme, or itself.
  public func canonical(_ tag: String) -> String { themes[tag] ?? tag }

  /// Whether `tag` is a codebook theme or alias.
  func isInCodebook(_ tag: String) -> Bool { themes[tag] != nil }

  /// Our team member with this handle (without `@`).
  public func teamMember(handle: String) -> TeamMember? { teamByHandle[handle] }

  /// The person `written` names: by roster id or name on the external side, by team handle or
  /// name on the internal side; attendees are looked for on the roster on either side.
  func person(_ written: String, side: Side, isAttendee: Bool = false) -> Person {
    if side == .external || isAttendee, let contact = roster.contact(written) {
      return Person(id: contact.id, name: contact.name, isKnown: true)
    }
    if side == .internal {
      let lowered = written.lowercased()
      let handle = lowered.hasPrefix("@") ? String(lowered.dropFirst()) : lowered
      if let member = teamByHandle[handle] ?? teamByName[lowered] ?? teamMember(spelled: written) {
        return Person(id: member.handle, name: member.name, isKnown: true)
      }
    }
    // Someone a confidential note names who is known nowhere else: counted, never named.
    if Seal.isSealed(written) {
      return Person(id: written, name: Withheld.personName, isKnown: false)
    }
    let slug = Slug.make(from: written)
    return Person(id: slug.isEmpty ? written : slug, name: written, isKnown: false)
  }

  /// The team member a spelling such as `Sam-Lee` names: slugs are made only when nothing else
  /// matched.
  private func teamMember(spelled written: String) -> TeamMember? {
    guard let slug = Slug.faithful(written) else { return nil }
    return team.first { Slug.faithful($0.name) == slug }
  }

  /// Where people of `side` are looked for, in words, and every id and name there.
  public func directory(for side: Side) -> (place: String, names: [String]) {
    side == .internal
      ? ("the account's or notebook's team", team.flatMap { [$0.handle, $0.name] })
      : ("the roster of \(accountName)", profile.contacts.flatMap { [$0.id, $0.name] })
  }
}

/// Known words by their sealed form, gathered and sealed the first time a confidential note asks:
/// most accounts have none, and sealing every roster name of every account cost more than reading
/// its notes' front matter.
final class SealedVocabulary: Sendable {
  private let words: @Sendable () -> [String]
  private let built = Mutex<[String: String]?>(nil)

  /// A vocabulary of the words `words` gives, when first asked.
  init(_ words: @escaping @Sendable () -> [String]) { self.words = words }

  /// Each sealed word to the word.
  var table: [String: String] {
    built.withLock { table in
      if let table { return table }
      let made = Dictionary(
        words().map { (Seal.seal($0), $0) }, uniquingKeysWith: { first, _ in first })
      table = made
      return made
    }
  }
}

/// Roster contacts and team members by the seals of their ids and names, built when first asked:
/// a confidential note's people are found as `RosterIndex` and `NoteContext.person` find an open
/// note's, the name as written first and its slug after.
final class SealedPeople: Sendable {
  /// One group of people: seals of names as written, and seals of faithful slugs, to keys.
  struct Table: Sendable {
    var written: [String: String] = [:]
    var slugs: [String: String] = [:]

    /// The key (id or handle) a person's token names here, if any.
    func open(_ token: String) -> String? {
      let parts = Seal.parts(ofPerson: token)
      // One part: the name as written is its own slug (`priya-shah`).
      return written[parts[0]] ?? slugs[parts.last!]
    }

    /// Adds `names` for `key`; a later name takes a seal from an earlier one only when `wins`.
    mutating func add(_ names: [String], key: String, wins: Bool) {
      for name in names {
        let sealed = Seal.seal(name)
        if wins || written[sealed] == nil { written[sealed] = key }
        if let slug = Slug.faithful(name) {
          let sealedSlug = Seal.seal(slug)
          if wins || slugs[sealedSlug] == nil { slugs[sealedSlug] = key }
        }
      }
    }
  }

  private let contacts: [Contact]
  private let team: [TeamMember]
  private let built = Mutex<(roster: Table, team: Table)?>(nil)

  init(contacts: [Contact], team: [TeamMember]) {
    self.contacts = contacts
    self.team = team
  }

  /// The roster's table and the team's.
  var tables: (roster: Table, team: Table) {
    built.withLock { tables in
      if let tables { return tables }
      // Names first in listed order (the first of equal names wins), then ids and handles,
      // which win over names, as exact ids do in `RosterIndex`.
      var roster = Table()
      for contact in contacts { roster.add([contact.name], key: contact.id, wins: false) }
      for contact in contacts { roster.add([contact.id], key: contact.id, wins: true) }
      var ours = Table()
      for member in team { ours.add([member.name], key: member.handle, wins: false) }
      for member in team {
        ours.add([member.handle, "@" + member.handle], key: member.handle, wins: true)
      }
      let made = (roster, ours)
      tables = made
      return made
    }
  }
}

import RapportSystem

/// An account's roster looked up the way notes name people: by id or name in any case, or by
/// anything whose slug is an id or a name's slug (`Jean-Luc Picard` for `jean-luc-picard`).
public struct RosterIndex: Sendable {
  private let byID: [String: Contact]
  private let byName: [String: Contact]
  /// In roster order, for spellings such as `mary-ann o’neil` (slugs are made only on a miss).
  private let contacts: [Contact]

  public init(_ contacts: [Contact]) {
    // A duplicated id or name is its own diagnostic; the first one listed wins here.
    byID = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    byName = Dictionary(
      contacts.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    self.contacts = contacts
  }

  /// The contact `written` names (an id or a name, each in any case, or a spelling of either
  /// whose slug is an id or the slug of a name), if any.
  public func contact(_ written: String) -> Contact? {
    if let contact = byID[written] { return contact }
    // Ids are slugs, so `Jane-Doe` is the id `jane-doe`, as `JANE DOE` is the name Jane Doe.
    let lowered = written.lowercased()
    if let contact = byName[lowered] ?? byID[lowered] { return contact }
    // Only a spelling that keeps every letter is matched by slug (never `Мария` for `Иван`).
    guard let slug = Slug.faithful(written) else { return nil }
    return byID[slug] ?? contacts.first { Slug.faithful($0.name) == slug }
  }
}

/// An account's roster looked up the way notes name people: by id, or by name in any case.
public struct RosterIndex: Sendable {
  private let byID: [String: Contact]
  private let byName: [String: Contact]

  public init(_ contacts: [Contact]) {
    // A duplicated id or name is its own diagnostic; the first one listed wins here.
    byID = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    byName = Dictionary(
      contacts.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The contact `written` names (an id or a name, each in any case), if any.
  public func contact(_ written: String) -> Contact? {
    if let contact = byID[written] { return contact }
    // Ids are slugs, so `Jane-Doe` is the id `jane-doe`, as `JANE DOE` is the name Jane Doe.
    let lowered = written.lowercased()
    return byName[lowered] ?? byID[lowered]
  }
}

/// What outputs call the people a confidential note names only as sealed tokens (`Seal`).
///
/// A token is a hash of the name with no key, so anyone holding a report could hash a guessed
/// name and compare. Outputs therefore never carry tokens: each account's sealed people get
/// numbered ids (`someone-1`, in order of first appearance), and sealed `@owner`s one shared
/// label. Tokens stay inside the loader and its cache, where notes are matched.
public enum Withheld {
  /// The owner of a promise whose `@handle` a confidential note gives but no team lists.
  public static let owner = "(withheld)"
  /// How pages name that owner.
  public static let ownerName = "an owner not on the team"
  /// How pages name someone a confidential note names off the roster.
  public static let personName = "someone not on the roster"
  /// What their ids start with, before their number.
  static let idPrefix = "someone-"

  /// Whether `name` is one `label` gives: such a placeholder has no words of its own to redact.
  public static func isPlaceholder(name: String) -> Bool {
    name == personName || (name.hasPrefix(personName + " (") && name.hasSuffix(")"))
  }

  /// The number in a placeholder name such as "someone not on the roster (10)", so lists put it
  /// after "(2)" rather than before; nil for any other name.
  public static func number(inPlaceholder name: String) -> Int? {
    guard name.hasPrefix(personName + " ("), name.hasSuffix(")") else { return nil }
    return Int(name.dropFirst(personName.count + 2).dropLast())
  }

  /// One account's `interviews` (by date, then file) with every sealed person and owner replaced
  /// by a label. Ids are `someone-N`, skipping any id the account already uses (its `roster`'s,
  /// and people its notes name); when several people are interviewed, their names carry a number
  /// too, from 1 in the order they were first interviewed. Someone an open note names too (off
  /// the roster) is that person, by id and name. Returns the seals of the names confidential
  /// notes gave (`Seal.seal`), as written and as slugs.
  @discardableResult
  public static func label(
    _ interviews: inout [Interview], roster: [Contact], team: [TeamMember] = []
  ) -> Set<String> {
    guard interviews.contains(where: \.confidential) else { return [] }
    var taken = Set(roster.map(\.id))
    for interview in interviews {
      taken.insert(interview.contactID)
      taken.formUnion(interview.attendees)
      taken.formUnion(interview.quotes.map(\.speakerID))
    }
    // People open notes name off the roster, by the seals of their id and name: a confidential
    // note that names one of them names the same person, as a second open note would.
    // Only the customer's people: never our own (the account's team, whoever interviews), whom
    // open notes also name.
    let rosterIDs = Set(roster.map(\.id))
    let ours = OurPeople(team: team, interviewers: interviews.map(\.interviewer))
    var open: [String: (id: String, name: String)] = [:]
    func know(_ id: String, _ name: String) {
      guard !rosterIDs.contains(id), !Seal.isSealed(id), !ours.contains(id), !ours.contains(name)
      else { return }
      for word in [id, name] where open[Seal.seal(word)] == nil {
        open[Seal.seal(word)] = (id, name)
      }
    }
    for interview in interviews where !interview.confidential && interview.side == .external {
      know(interview.contactID, interview.contactName)
      for (index, id) in interview.attendees.enumerated() {
        know(
          id, interview.attendeeNames.indices.contains(index) ? interview.attendeeNames[index] : id)
      }
      for quote in interview.quotes { know(quote.speakerID, quote.speakerName) }
    }
    func openPerson(_ token: String) -> (id: String, name: String)? {
      guard Seal.isSealed(token) else { return nil }
      return Seal.parts(ofPerson: token).lazy.compactMap { open[$0] }.first
    }
    // By person: the seal of the name's slug when it has one, as open notes take `Jane Doe`
    // and `jane-doe` for one person.
    var labels: [String: String] = [:]
    var names = Set<String>()
    func label(_ token: String) -> String {
      guard Seal.isSealed(token) else { return token }
      names.formUnion(Seal.parts(ofPerson: token))
      if let person = openPerson(token) { return person.id }
      let person = Seal.parts(ofPerson: token).last!
      if let known = labels[person] { return known }
      var number = labels.count + 1
      while taken.contains(idPrefix + "\(number)") { number += 1 }
      let made = idPrefix + "\(number)"
      taken.insert(made)
      labels[person] = made
      return made
    }
    // The people interviewed first, then those who only attended: the numbers pages show run
    // from 1 without a gap.
    var interviewed: [String] = []
    for i in interviews.indices where interviews[i].confidential {
      let token = interviews[i].contactID
      let id = label(token)
      if let person = openPerson(token) {
        interviews[i].contactName = person.name
      } else if id != token, !interviewed.contains(id) {
        interviewed.append(id)
      }
      interviews[i].contactID = id
    }
    for i in interviews.indices where interviews[i].confidential {
      let tokens = interviews[i].attendees
      interviews[i].attendees = tokens.map(label)
      if interviews[i].attendeeNames.count == tokens.count {
        for (index, token) in tokens.enumerated() where Seal.isSealed(token) {
          // Never a name the confidential note gave: the open note's, or the placeholder's.
          interviews[i].attendeeNames[index] = openPerson(token)?.name ?? personName
        }
      }
      for c in interviews[i].commitments.indices {
        guard let owner = interviews[i].commitments[c].owner, Seal.isSealed(owner.value) else {
          continue
        }
        interviews[i].commitments[c].owner = Located(Self.owner, at: owner.position)
      }
    }
    guard interviewed.count > 1 else { return names }
    let numbers = Dictionary(uniqueKeysWithValues: interviewed.enumerated().map { ($1, $0 + 1) })
    for i in interviews.indices {
      guard let number = numbers[interviews[i].contactID] else { continue }
      interviews[i].contactName = personName + " (\(number))"
    }
    return names
  }
}

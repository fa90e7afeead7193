import RapportMarkdown
import RapportSystem
import Yams

/// Reads and checks an account's `contacts:` roster: ids, levels and the `reports_to` tree.
struct RosterReader {
  /// Keys a roster contact may use.
  static let keys = ["id", "name", "title", "level", "reports_to", "invited", "status"]

  let settings: Settings

  func read(_ node: Node, key: Located<String>, fields: inout YAMLFields) -> [Contact] {
    if fields.isNull(node) { return [] }
    guard let entries = node.sequence else {
      fields.add(
        .yamlValueType, at: fields.position(of: node) ?? key.position,
        "`contacts` must be a list of { name, title, level }")
      return []
    }
    var contacts: [Contact] = []
    var reportsTo: [String: Located<String>] = [:]
    for entry in entries {
      guard let (contact, manager) = contact(entry, key: key, fields: &fields) else { continue }
      if contacts.contains(where: { $0.id == contact.id }) {
        fields.add(
          .rosterDuplicateID, at: contact.position,
          "contact id `\(contact.id)` is used twice; give one of them an explicit `id:`")
        continue
      }
      contacts.append(contact)
      if let manager { reportsTo[contact.id] = manager }
    }
    let ids = contacts.map(\.id)
    for index in contacts.indices {
      guard let manager = reportsTo[contacts[index].id] else { continue }
      if ids.contains(manager.value) {
        contacts[index].reportsTo = manager.value
      } else {
        fields.add(
          .rosterReportsToUnknown, at: manager.position, length: manager.value.count,
          "`reports_to: \(manager.value)` names nobody on the roster"
            + Suggestion.didYouMean(manager.value, among: ids))
      }
    }
    breakCycles(&contacts, fields: &fields)
    return contacts
  }

  /// Reads one roster entry and its raw `reports_to`.
  private func contact(
    _ entry: Node, key: Located<String>, fields: inout YAMLFields
  ) -> (Contact, Located<String>?)? {
    let at = fields.position(of: entry) ?? key.position
    guard let pairs = fields.pairs(of: entry) else {
      fields.add(
        .yamlValueType, at: at,
        "each contact must be a mapping such as { name: Jane Doe, level: executive }")
      return nil
    }
    var id: Located<String>? = nil
    var name: String? = nil
    var contact = Contact(id: "", name: "", position: at)
    var manager: Located<String>? = nil
    for (field, value) in pairs {
      switch field.value {
      case "id": id = fields.string(value, key: field)
      case "name": name = fields.string(value, key: field)?.value
      case "title": contact.title = fields.string(value, key: field)?.value
      case "level":
        if let level = fields.string(value, key: field) {
          let lowered = level.value.lowercased()
          if settings.levels.contains(lowered) {
            contact.level = lowered
          } else {
            fields.add(
              .rosterLevelUnknown, at: level.position, length: level.value.count,
              "level `\(level.value)` is not one of \(settings.levels.joined(separator: ", "))"
                + Suggestion.didYouMean(lowered, among: settings.levels))
          }
        }
      case "reports_to": manager = fields.string(value, key: field)
      case "invited": contact.invited = fields.day(value, key: field)?.value
      case "status":
        if let status = fields.string(value, key: field) {
          switch status.value.lowercased() {
          case "active": contact.hasLeft = false
          case "left": contact.hasLeft = true
          default:
            fields.add(
              .accountFieldInvalid, at: status.position, length: status.value.count,
              "contact status is \"\(status.value)\"; use active or left")
          }
        }
      default:
        fields.reportUnknownKeys([field], known: Self.keys, what: "a contact")
      }
    }
    guard let name else {
      fields.add(.rosterContactInvalid, at: at, "contact has no `name`")
      return nil
    }
    contact.name = name
    if let id {
      guard Slug.isValid(id.value) else {
        fields.add(
          .rosterContactInvalid, at: id.position, length: id.value.count,
          "id `\(id.value)` is not a slug (lowercase letters, digits and -); did you mean `\(Slug.make(from: id.value))`?"
        )
        return nil
      }
      contact.id = id.value
    } else {
      contact.id = Slug.make(from: name)
      guard !contact.id.isEmpty else {
        fields.add(
          .rosterContactInvalid, at: at, "cannot make an id from the name \"\(name)\"; add an `id:`"
        )
        return nil
      }
    }
    return (contact, manager)
  }

  /// Reports each `reports_to` loop once and cuts it at its first contact.
  private func breakCycles(_ contacts: inout [Contact], fields: inout YAMLFields) {
    let indexByID = Dictionary(uniqueKeysWithValues: contacts.enumerated().map { ($1.id, $0) })
    for start in contacts.indices {
      var seen: [String] = []
      var current: String? = contacts[start].id
      while let id = current, let index = indexByID[id] {
        if let loopStart = seen.firstIndex(of: id) {
          let loop = Array(seen[loopStart...])
          if loop.first == contacts[start].id {
            fields.add(
              .rosterReportsToCycle, at: contacts[start].position,
              "`reports_to` forms a loop: \((loop + [loop[0]]).joined(separator: " → ")); the top of the org chart must report to nobody"
            )
            contacts[start].reportsTo = nil
          }
          break
        }
        seen.append(id)
        current = contacts[index].reportsTo
      }
    }
  }
}

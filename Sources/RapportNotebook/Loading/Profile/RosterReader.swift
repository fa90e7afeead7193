import RapportSystem

/// Reads an account's `contacts:` roster: ids, levels and the `reports_to` tree, each checked.
struct RosterReader {
  /// Keys a roster contact may use.
  static let keys = ["id", "name", "title", "level", "reports_to", "invited", "status"]
  /// Unknown `reports_to` values in one roster that get a "did you mean": each suggestion compares
  /// the value with every id, so a machine-made roster full of them would take the square of its
  /// size.
  static let maximumSuggestions = 100

  let settings: Settings

  /// The usable contacts of `node`, in file order.
  func read(_ node: YAMLNode, key: Located<String>, fields: inout YAMLFields) -> [Contact] {
    if fields.isNull(node) { return [] }
    guard let entries = node.sequence else {
      fields.add(
        YAMLValueType.section(
          .contacts, at: fields.position(of: node) ?? key.position, file: fields.file))
      return []
    }
    var contacts: [Contact] = []
    var taken = Set<String>()
    var reportsTo: [String: Located<String>] = [:]
    // Left out of the roster, the placeholder is still no error to report to: no one, for now.
    var placeholders = Set<String>()
    for entry in entries {
      guard let (contact, manager) = contact(entry, key: key, fields: &fields) else { continue }
      if let placeholder = RosterContactPlaceholder.check(contact, file: fields.file) {
        fields.add(placeholder)
        placeholders.insert(contact.id)
        continue
      }
      if let duplicate = RosterDuplicateID.check(contact, taken: taken, file: fields.file) {
        fields.add(duplicate)
        continue
      }
      contacts.append(contact)
      taken.insert(contact.id)
      if let manager { reportsTo[contact.id] = manager }
    }
    let ids = contacts.map(\.id)
    var unknownCount = 0
    for index in contacts.indices {
      guard let manager = reportsTo[contacts[index].id], !placeholders.contains(manager.value)
      else { continue }
      let suggestions = unknownCount < Self.maximumSuggestions ? ids : []
      if let unknown = RosterReportsToUnknown.check(
        manager, known: taken, ids: suggestions, file: fields.file)
      {
        unknownCount += 1
        fields.add(unknown)
      } else {
        contacts[index].reportsTo = manager.value
      }
    }
    for loop in RosterReportsToCycle.breakCycles(&contacts, file: fields.file) { fields.add(loop) }
    return contacts
  }

  /// Reads one roster entry and its raw `reports_to`.
  private func contact(
    _ entry: YAMLNode, key: Located<String>, fields: inout YAMLFields
  ) -> (Contact, Located<String>?)? {
    let at = fields.position(of: entry) ?? key.position
    guard let pairs = fields.pairs(of: entry, section: .contact, key: key) else { return nil }
    var id: Located<String>? = nil
    var name: String? = nil
    var contact = Contact(id: "", name: "", position: at)
    var manager: Located<String>? = nil
    var unknown: [Located<String>] = []
    for (field, value) in pairs {
      switch field.value {
      case "id": id = fields.string(value, key: field)
      case "name": name = fields.string(value, key: field)?.value
      case "title": contact.title = fields.string(value, key: field)?.value
      case "level":
        if let level = fields.string(value, key: field) {
          if let unknown = RosterLevelUnknown.check(
            level, levels: settings.levels, file: fields.file)
          {
            fields.add(unknown)
          } else {
            contact.level = level.value.lowercased()
          }
        }
      case "reports_to": manager = fields.string(value, key: field)
      case "invited": contact.invited = fields.day(value, key: field)?.value
      case "status":
        if let status = fields.string(value, key: field) {
          switch status.value.lowercased() {
          case "active": contact.hasLeft = false
          case "left": contact.hasLeft = true
          default: fields.add(AccountFieldInvalid.contactStatus(status, file: fields.file))
          }
        }
      default: unknown.append(field)
      }
    }
    var missing = YAMLMisspelledKey.Missing(
      name == nil ? [("name", "the contact is not on the roster")] : [])
    for field in unknown {
      if let misspelled = missing.check(field, known: Self.keys, file: fields.file) {
        fields.add(misspelled)
      } else {
        fields.reportUnknown(field, known: Self.keys, in: "a contact")
      }
    }
    guard let name else {
      // A misspelled `name` is the one error about this contact.
      if missing.found.isEmpty {
        fields.add(RosterContactInvalid.noName(at: at, file: fields.file))
      }
      return nil
    }
    contact.name = name
    if let id {
      if let invalid = RosterContactInvalid.check(id: id, file: fields.file) {
        fields.add(invalid)
        return nil
      }
      contact.id = id.value
    } else {
      contact.id = Slug.make(from: name)
      if let invalid = RosterContactInvalid.check(
        derived: contact.id, name: name, at: at, file: fields.file)
      {
        fields.add(invalid)
        return nil
      }
    }
    return (contact, manager)
  }
}

/// Reads a `team:` list of our people, from `rapport.yml` or an `account.md`.
enum TeamReader {
  /// Keys a team entry may use.
  static let keys = ["handle", "name", "role"]

  /// The usable team members of `node`, in file order.
  static func read(_ node: YAMLNode, key: Located<String>, fields: inout YAMLFields) -> [TeamMember]
  {
    if fields.isNull(node) { return [] }
    guard let entries = node.sequence else {
      fields.add(
        YAMLValueType.section(
          .team, at: fields.position(of: node) ?? key.position, file: fields.file))
      return []
    }
    var result: [TeamMember] = []
    var taken = Set<String>()
    for entry in entries {
      let at = fields.position(of: entry) ?? key.position
      guard let pairs = fields.pairs(of: entry, section: .teamEntry, key: key) else { continue }
      var handle: Located<String>? = nil
      var name: String? = nil
      var role: String? = nil
      var unknown: [Located<String>] = []
      for (field, value) in pairs {
        switch field.value {
        case "handle": handle = fields.string(value, key: field)
        case "name": name = fields.string(value, key: field)?.value
        case "role": role = fields.string(value, key: field)?.value
        default: unknown.append(field)
        }
      }
      var missing = YAMLMisspelledKey.Missing(
        handle == nil ? [("handle", "the team entry cannot own commitments")] : [])
      for field in unknown {
        if let misspelled = missing.check(field, known: keys, file: fields.file) {
          fields.add(misspelled)
        } else {
          fields.reportUnknown(field, known: keys, in: "a team entry")
        }
      }
      guard let handle else {
        // A misspelled `handle` is the one error about this entry.
        if missing.found.isEmpty {
          fields.add(TeamMemberInvalid.noHandle(name: name, at: at, file: fields.file))
        }
        continue
      }
      let id = handle.value.hasPrefix("@") ? String(handle.value.dropFirst()) : handle.value
      if let invalid = TeamMemberInvalid.check(
        handle: handle, id: id, taken: taken, file: fields.file)
      {
        fields.add(invalid)
        continue
      }
      taken.insert(id)
      result.append(TeamMember(handle: id, name: name ?? id, role: role))
    }
    return result
  }
}

import RapportSystem
import Yams

/// Reads a `team:` list of our people, from `rapport.yml` or an `account.md`.
enum TeamReader {
  static let keys = ["handle", "name", "role"]

  static func read(_ node: Node, key: Located<String>, fields: inout YAMLFields) -> [TeamMember] {
    if fields.isNull(node) { return [] }
    guard let entries = node.sequence else {
      fields.add(
        .yamlValueType, at: fields.position(of: node) ?? key.position,
        "`team` must be a list of { handle, name }")
      return []
    }
    var result: [TeamMember] = []
    for entry in entries {
      let at = fields.position(of: entry) ?? key.position
      guard let pairs = fields.pairs(of: entry) else {
        fields.add(
          .yamlValueType, at: at,
          "each `team` entry must be a mapping such as { handle: sam, name: Sam Lee }")
        continue
      }
      var handle: Located<String>? = nil
      var name: String? = nil
      var role: String? = nil
      for (field, value) in pairs {
        switch field.value {
        case "handle": handle = fields.string(value, key: field)
        case "name": name = fields.string(value, key: field)?.value
        case "role": role = fields.string(value, key: field)?.value
        default: fields.reportUnknownKeys([field], known: keys, what: "a team entry")
        }
      }
      guard let handle else {
        let fix =
          name.map { "; add `handle: \(Slug.make(from: $0).split(separator: "-").first ?? "")`" }
          ?? ""
        fields.add(
          .teamMemberInvalid, at: at,
          "team entry has no `handle`, so it cannot own commitments\(fix)")
        continue
      }
      let id = handle.value.hasPrefix("@") ? String(handle.value.dropFirst()) : handle.value
      guard Slug.isValid(id) else {
        fields.add(
          .teamMemberInvalid, at: handle.position, length: handle.value.count,
          "handle `\(handle.value)` is not a slug (lowercase letters, digits and -); did you mean `\(Slug.make(from: id))`?"
        )
        continue
      }
      if result.contains(where: { $0.handle == id }) {
        fields.add(
          .teamMemberInvalid, at: handle.position, length: handle.value.count,
          "handle `\(id)` is listed twice")
        continue
      }
      result.append(TeamMember(handle: id, name: name ?? id, role: role))
    }
    return result
  }
}

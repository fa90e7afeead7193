import RapportSystem
import Yams

extension YAMLFields {
  /// A list of themes (or one), lowercased and without a leading `#`, each checked to be writable
  /// as a tag.
  mutating func themes(_ node: Node, key: Located<String>) -> [Located<String>] {
    strings(node, key: key).compactMap { value in
      let name = (value.value.hasPrefix("#") ? String(value.value.dropFirst()) : value.value)
        .lowercased()
      guard TagName.isValid(name) else {
        let fix = Slug.make(from: name)
        add(
          .themeInvalid, at: value.position, length: value.value.count,
          "`\(value.value)` is not a tag: start with a letter, then letters, digits, -, _ or /"
            + (fix.isEmpty ? "" : "; did you mean `\(fix)`?"))
        return nil
      }
      return Located(name, at: value.position)
    }
  }
}

extension YAMLFields {
  /// A list of themes (or one), lowercased and without a leading `#`, each checked to be writable
  /// as a tag.
  mutating func themes(_ node: YAMLNode, key: Located<String>) -> [Located<String>] {
    if isNull(node),
      let comment = ThemeCommented.commentedOut(key, yaml: source, firstLine: firstLine)
    {
      add(ThemeCommented.commented(key, comment: comment, file: file))
      return []
    }
    // `- #price` in a block list: an item that is a comment, so it is empty.
    if case .sequence(let items, _) = node {
      for item in items where isNull(item) {
        guard let at = position(of: item),
          let comment = ThemeCommented.commentedItem(
            line: at.line, yaml: source, firstLine: firstLine)
        else { continue }
        add(ThemeCommented.commentedItem(comment, at: at, file: file))
      }
    }
    return strings(node, key: key).compactMap { value in
      let name = (value.value.hasPrefix("#") ? String(value.value.dropFirst()) : value.value)
        .lowercased()
      if let invalid = ThemeInvalid.check(value, name: name, file: file) {
        add(invalid)
        return nil
      }
      return Located(name, at: value.position)
    }
  }
}

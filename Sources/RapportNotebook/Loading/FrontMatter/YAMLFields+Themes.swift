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

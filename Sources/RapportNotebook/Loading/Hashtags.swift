/// Finds `#tags` in a run of prose text.
///
/// A tag is `#` after the start of the text, whitespace, or an opening bracket or quote, then a
/// letter, then letters, digits, `-`, `_` or `/`. A trailing `/`, `-` or `_` is not part of it.
enum Hashtags {
  /// A tag found in text: its lowercased name, the text as written, and its offset (in characters).
  struct Match {
    let name: String
    let written: Substring
    let offset: Int
  }

  /// Characters after which a `#` may open a tag (besides whitespace and the start).
  static let openers: Set<Character> = ["(", "[", "{", "\"", "'", "“", "‘", "«", "<"]

  /// Tags in `text`; `previous` is the character before it (nil at the start of a block).
  static func scan(_ text: Substring, after previous: Character?) -> [Match] {
    guard text.contains("#") else { return [] }
    var matches: [Match] = []
    var before = previous
    var index = text.startIndex
    var offset = 0
    while index < text.endIndex {
      let character = text[index]
      if character == "#", before.map(canPrecede) ?? true {
        let nameStart = text.index(after: index)
        if nameStart < text.endIndex, text[nameStart].isLetter {
          var end = nameStart
          while end < text.endIndex, isTagCharacter(text[end]) { end = text.index(after: end) }
          while end > nameStart, "/-_".contains(text[text.index(before: end)]) {
            end = text.index(before: end)
          }
          let written = text[index..<end]
          matches.append(
            Match(name: written.dropFirst().lowercased(), written: written, offset: offset))
          let length = written.count
          offset += length
          before = text[text.index(before: end)]
          index = end
          continue
        }
      }
      before = character
      index = text.index(after: index)
      offset += 1
    }
    return matches
  }

  /// Whether a character may come right before a tag's `#`.
  static func canPrecede(_ character: Character) -> Bool {
    character.isWhitespace || openers.contains(character)
  }

  /// Whether a character may continue a tag's name.
  static func isTagCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "-" || character == "_"
      || character == "/"
  }

  /// Whether `name` could be written as a tag (used to check front-matter themes).
  static func isValidName(_ name: String) -> Bool {
    guard let first = name.first, first.isLetter, !"/-_".contains(name.last!) else { return false }
    return name.allSatisfy(isTagCharacter)
  }
}

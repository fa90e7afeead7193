import RapportLanguageServer
import RapportNotebook

/// The keys each kind of front matter reads, and the top-level keys a document already has.
///
/// The lists follow the readers in RapportNotebook; a test reads a file written with each key
/// to keep them in step.
enum FrontMatterKeys {
  /// An interview note's keys, in the order the format describes them.
  static var note: [String] { NoteParser.keys }
  /// An account profile's keys.
  static var profile: [String] { ProfileParser.keys }
  /// A roster contact's keys.
  static let contact = ["id", "name", "title", "level", "reports_to", "invited", "status"]
  /// A team member's keys, in a profile or `rapport.yml`.
  static let teamMember = ["handle", "name", "role"]
  /// `rapport.yml`'s top-level keys.
  static let settings = [
    "scales", "levels", "team", "themes", "strict_themes", "types", "tell_back_tag", "thresholds",
    "limits", "reports", "links", "questions",
  ]

  /// The unindented `key:` lines of the front matter, in order.
  static func written(in text: EditorText) -> [String] {
    guard let lines = text.yamlLines else { return [] }
    return lines.compactMap { number in topLevel(text.scalars(number))?.key }
  }

  /// The value written after top-level `key:` on its own line, unquoted; nil when absent.
  static func value(of key: String, in text: EditorText) -> String? {
    guard let lines = text.yamlLines else { return nil }
    for number in lines {
      guard let pair = topLevel(text.scalars(number)), pair.key == key else { continue }
      return pair.value
    }
    return nil
  }

  /// The scales a note's `scores` already gives, in flow (`scores: { nps: 9 }`) or block form,
  /// but for the key the cursor is on (which a completion replaces).
  static func scales(in text: EditorText, besides cursor: TextLocation) -> Set<String> {
    guard let lines = text.yamlLines else { return [] }
    var found = Set<String>()
    var inBlock = false
    // Inside `scores: { … }`, which may run over several lines.
    var inFlow = false
    for number in lines {
      let line = text.scalars(number)
      var from = 0
      if !inFlow, let pair = topLevel(line) {
        inBlock = pair.key == "scores" && pair.value.isEmpty
        guard pair.key == "scores", let open = line.firstIndex(of: "{") else { continue }
        inFlow = true
        from = open + 1
      } else if !inFlow {
        if inBlock, number != cursor.line, line.first == " ", let colon = line.firstIndex(of: ":") {
          found.insert(line.text(0, colon).trimmingCharacters(in: " \t\"'"))
        }
        continue
      }
      // Each `key: value` up to a comma or the closing brace, but the one holding the cursor.
      var start = from
      for end in from...line.count where end == line.count || line[end] == "," || line[end] == "}" {
        let holdsCursor = number == cursor.line && (start + 1...end + 1).contains(cursor.column)
        if !holdsCursor, let colon = line[start..<end].firstIndex(of: ":") {
          found.insert(line.text(start, colon).trimmingCharacters(in: " \t\"'"))
        }
        start = end + 1
        if end < line.count, line[end] == "}" {
          inFlow = false
          break
        }
      }
    }
    return found
  }

  /// The key and the trimmed value of an unindented `key: value` line.
  private static func topLevel(_ line: [Unicode.Scalar]) -> (key: String, value: String)? {
    guard let first = line.first, first != " ", first != "-", first != "#",
      let colon = line.firstIndex(of: ":")
    else { return nil }
    let key = line.text(0, colon).trimmingCharacters(in: " \"'")
    let value = line.text(colon + 1, line.count).trimmingCharacters(in: " \t\"'")
    return key.isEmpty ? nil : (key, value)
  }
}

import RapportMarkdown

/// Text with markers (`1️⃣`, `2️⃣`, …) written where a test expects something to be found, so
/// expected positions are read off the text instead of counted by hand.
///
/// The markers are taken out; each stands for the position of the character that followed it:
/// a 1-based line (ended by `\n`, `\r\n` or `\r`) and a 1-based Unicode-scalar column.
public struct MarkedText {
  /// The text without its markers.
  public let text: String
  /// Each marker and where it was.
  public let markers: [String: SourcePosition]

  public init(_ marked: String) {
    var text = String.UnicodeScalarView()
    var markers: [String: SourcePosition] = [:]
    let scalars = Array(marked.unicodeScalars)
    var line = 1
    var column = 1
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      // A keycap marker is a digit, a variation selector and the combining keycap.
      if ("0"..."9").contains(scalar), index + 2 < scalars.count, scalars[index + 1] == "\u{FE0F}",
        scalars[index + 2] == "\u{20E3}"
      {
        let name = String(String.UnicodeScalarView(scalars[index...(index + 2)]))
        precondition(markers[name] == nil, "marker \(name) is used twice")
        markers[name] = SourcePosition(line: line, column: column)
        index += 3
        continue
      }
      text.append(scalar)
      index += 1
      if scalar == "\n" || (scalar == "\r" && (index == scalars.count || scalars[index] != "\n")) {
        line += 1
        column = 1
      } else if scalar != "\r" {
        column += 1
      }
    }
    self.text = String(text)
    self.markers = markers
  }

  /// Every marker's position, in marker order (`1️⃣` first).
  public var positions: [SourcePosition] {
    markers.keys.sorted().map { markers[$0]! }
  }

  /// Where marker `name` (such as "1️⃣") was, or nil when the text has no such marker.
  public subscript(_ name: String) -> SourcePosition? { markers[name] }
}

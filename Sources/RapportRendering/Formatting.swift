import RapportAnalysis
import RapportNotebook

/// How numbers read in reports.
enum Formatting {
  /// `text` with `prefix` before each of its lines (split on line feeds, bytewise).
  static func prefixingLines(_ text: String, with prefix: String) -> String {
    var result = prefix
    result.reserveCapacity(text.utf8.count + prefix.utf8.count * 4)
    let bytes = text.utf8
    var lineStart = bytes.startIndex
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      result += Substring(bytes[lineStart...index])
      result += prefix
      lineStart = bytes.index(after: index)
    }
    result += Substring(bytes[lineStart...])
    return result
  }

  /// An NPS with a sign and one decimal, such as `+33.3`, `-5.0` or `0.0`; an em dash when nil.
  static func nps(_ value: Double?) -> String {
    guard let value else { return "—" }
    guard let tenths = NumberText.tenths(value) else { return NumberText.plain(value) }
    let sign = tenths == 0 ? "" : value < 0 ? "-" : "+"
    return "\(sign)\(tenths / 10).\(tenths % 10)"
  }

  /// A number with at most one decimal, such as `7`, `6.5` or `-2.3`.
  static func number(_ value: Double) -> String {
    guard let tenths = NumberText.tenths(value) else { return NumberText.plain(value) }
    let sign = value < 0 && tenths != 0 ? "-" : ""
    return tenths % 10 == 0 ? "\(sign)\(tenths / 10)" : "\(sign)\(tenths / 10).\(tenths % 10)"
  }

  /// A signed difference, such as `+5` or `-1.5`; `0` for no change.
  static func delta(_ value: Double) -> String {
    value > 0 ? "+" + number(value) : number(value)
  }

  /// How a value is shown: to one decimal (`number`, `nps`), or a share 0-1 as a whole
  /// percentage (`percent`).
  enum Shown {
    case tenths, percent
  }

  /// `now - then` worked out from the two values as `shown` (a percentage's in points): a change
  /// never disagrees with the figures beside it (90% and 88% differ by 2, although 0.9 and 0.882
  /// differ by 1.8 points). Values too large to round are taken as they are.
  static func shownDifference(_ now: Double, _ then: Double, as shown: Shown = .tenths) -> Double {
    // Rounded exactly as `number` and `nps` (tenths of the value) and `percent` (tenths of ten
    // times the share) round, so a value on the edge of two roundings goes the same way.
    let scale = shown == .percent ? 10.0 : 1.0
    guard let a = NumberText.tenths(now * scale), let b = NumberText.tenths(then * scale) else {
      return shown == .percent ? (now - then) * 100 : now - then
    }
    let difference = Double(now < 0 ? -a : a) - Double(then < 0 ? -b : b)
    return shown == .percent ? difference : difference / 10
  }

  /// A share 0-1 as a whole percentage, such as `62%`.
  static func percent(_ share: Double) -> String {
    guard let tenths = NumberText.tenths(share * 10) else { return "—" }
    return "\(share < 0 ? "-" : "")\(tenths)%"
  }

  /// `1 note`, `3 notes`.
  static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
  }

  /// A level name for display, such as `Executive`.
  static func title(_ word: String) -> String {
    // Levels are short ASCII words, shown on every row: those skip the Unicode case tables.
    var copy = word
    let ascii = copy.withUTF8 { bytes -> String? in
      guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        for (index, byte) in bytes.enumerated() {
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z") where index == 0: out[index] = byte - 32
          case UInt8(ascii: "-") where index > 0: out[index] = UInt8(ascii: " ")
          default: out[index] = byte
          }
        }
        return bytes.count
      }
    }
    return ascii ?? word.prefix(1).uppercased() + word.dropFirst().replacing("-", with: " ")
  }

  /// A level as a plural noun, such as `executives` or `staff`.
  static func plural(level: String) -> String {
    let words = level.replacing("-", with: " ")
    if words.hasSuffix("staff") || words.hasSuffix("s") { return words }
    return words + "s"
  }

  /// The NPS to show in a company-wide breakdown, or "too few to report".
  static func groupNPS(_ summary: NPSSummary, minimum: Int) -> String {
    summary.respondents == 0
      ? "—" : summary.respondents >= minimum ? nps(summary.score) : "too few to report"
  }
}

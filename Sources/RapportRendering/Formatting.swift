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

  /// `now - then` worked out from the two values as shown, rounded to `per` (10 for one decimal,
  /// 100 for a share shown as a whole percentage): a change never disagrees with the figures beside
  /// it (90% and 88% differ by 2, although 0.9 and 0.882 differ by 1.8 points).
  static func shownDifference(_ now: Double, _ then: Double, per: Double = 10) -> Double {
    // Rounded exactly as `number` and `nps` (tenths of the value) and `percent` (tenths of ten
    // times the share) round, so a value on the edge of two roundings goes the same way.
    func shown(_ value: Double) -> Double {
      let tenths = Double(NumberText.tenths(per == 100 ? value * 10 : value) ?? 0)
      return value < 0 ? -tenths : tenths
    }
    return (shown(now) - shown(then)) / (per == 100 ? 1 : 10)
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

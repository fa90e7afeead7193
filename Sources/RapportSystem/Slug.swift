import Foundation

/// Slugs: the ids of accounts and contacts, made of lowercase ASCII letters, digits and `-`.
public enum Slug {
  /// Whether `text` is a non-empty slug.
  @inlinable  // Specialized at each call: person paths check every id they link to.
  public static func isValid(_ text: some StringProtocol) -> Bool {
    !text.isEmpty
      && text.utf8.allSatisfy {
        ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D
      }
  }

  /// The slug of a name: `Jane O'Doe-Smith` becomes `jane-odoe-smith`; accents are dropped.
  public static func make(from name: some StringProtocol) -> String {
    make(scalars: decomposed(name))
  }

  /// A name's scalars with accents taken apart from their letters; ASCII, which has none, is
  /// read as it is.
  static func decomposed(_ name: some StringProtocol) -> String.UnicodeScalarView {
    let text = String(name)
    return text.utf8.allSatisfy({ $0 < 0x80 })
      ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
  }

  /// The slug of a name that keeps every letter of it (ASCII letters, with or without accents,
  /// digits, spaces and punctuation), else nil: `Иван Петров` or `Дмитрий Smith` lose letters
  /// (to nothing, or to `smith`), so their slugs would match people they are not.
  public static func faithful(_ name: some StringProtocol) -> String? {
    let scalars = decomposed(name)
    for scalar in scalars where !scalar.isASCII && scalar != "\u{2019}" {
      guard scalar.properties.generalCategory == .nonspacingMark else { return nil }
    }
    let slug = make(scalars: scalars)
    return slug.isEmpty ? nil : slug
  }

  /// The slug of a name's scalars, accents already taken apart from their letters.
  static func make(scalars: String.UnicodeScalarView) -> String {
    var result = ""
    var pendingDash = false
    for scalar in scalars {
      let value = scalar.value
      if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
        if pendingDash && !result.isEmpty { result.append("-") }
        pendingDash = false
        result.unicodeScalars.append(scalar)
      } else if (0x41...0x5A).contains(value) {
        if pendingDash && !result.isEmpty { result.append("-") }
        pendingDash = false
        result.unicodeScalars.append(Unicode.Scalar(value + 32)!)
      } else if value == 0x27 || value == 0x2019
        || scalar.properties.generalCategory == .nonspacingMark
      {
        continue  // apostrophes and accents join their word
      } else {
        pendingDash = true
      }
    }
    return result
  }
}

/// What a theme's tag may be called: a letter, then letters, digits, `-`, `_` or `/`.
///
/// A `/` makes a hierarchy (`product/reporting`); a name never ends in `/`, `-` or `_`.
enum TagName {
  /// Whether `name` could be written as a tag (front-matter themes, `tell_back_tag`).
  static func isValid(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    guard let first = scalars.first, isLetter(first), let last = scalars.last, last != "/",
      last != "-", last != "_"
    else { return false }
    return scalars.allSatisfy(isTagScalar)
  }

  /// Whether a scalar may start a tag's name: a letter.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }
    return scalar.properties.isAlphabetic
  }

  /// Whether a scalar may continue a tag's name.
  static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return isLetter(scalar) || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_"
        || scalar == "/"
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}

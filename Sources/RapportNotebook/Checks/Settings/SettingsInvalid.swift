import RapportSystem

extension Rule {
  /// A setting with an impossible value.
  public static let settingsInvalid = Rule(
    "settings.invalid", .error,
    "A value in `rapport.yml` is impossible, such as a scale whose `min` is not below its `max`.",
    triggering: [
      "rapport.yml":
        "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 5, max: 1 }\n"
    ],
    passing: [
      "rapport.yml":
        "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 1, max: 5 }\n"
    ])
}

/// Refuses settings rapport cannot work with; the default stays in their place.
enum SettingsInvalid {
  /// The longest span a day threshold may have: a hundred years.
  static let maximumDays = 36_500

  /// The error for a number of days outside 0 through `maximumDays`.
  static func check(days: Int, key: Located<String>, file: String) -> Diagnostic? {
    guard days < 0 || days > maximumDays else { return nil }
    return Diagnostic(
      .settingsInvalid, file: file, underlining: key,
      "`\(key.value)` is \(days) days; use 0 to \(maximumDays) (a hundred years)")
  }

  /// The error for a value that must be one of `choices`.
  static func check(choice: Located<String>, of choices: [String], file: String) -> Diagnostic {
    Diagnostic(
      .settingsInvalid, file: file, underlining: choice,
      "`\(choice.value)` is not one of \(choices.joined(separator: ", "))"
        + Suggestion.didYouMean(choice.value, among: choices))
  }

  /// The error for a `note_url` that does not say where the note's path goes.
  static func check(noteURL url: Located<String>, file: String) -> Diagnostic? {
    let lowered = url.value.lowercased()
    // Every report links notes through it: a `javascript:` address would run, and a space, quote,
    // parenthesis or angle bracket would end the link and let the rest be read as markup.
    let scheme = lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    let plain = url.value.unicodeScalars.allSatisfy {
      $0.isASCII
        && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
          || "-._~:/?#[]@!$&*+,;=%{}".unicodeScalars.contains($0))
    }
    if url.value.contains("{path}"), scheme, plain { return nil }
    return Diagnostic(
      .settingsInvalid, file: file, underlining: url,
      "`note_url` must be an http or https address containing {path} (and may use {commit} and {line}), such as https://git.example.com/org/notebook/blob/{commit}/{path}#L{line}, with no spaces, quotes, parentheses or angle brackets"
    )
  }
  /// The error for `levels` when it lists none.
  static func check(levels: [String], key: Located<String>, file: String) -> Diagnostic? {
    guard levels.isEmpty else { return nil }
    return Diagnostic(
      .settingsInvalid, file: file, at: key.position, "`levels` must list at least one level")
  }

  /// The error for `tell_back_tag` written as `tag` when `name` (it lowercased, without `#`) is
  /// not a tag name.
  static func check(tellBackTag tag: Located<String>, name: String, file: String) -> Diagnostic? {
    guard !TagName.isValid(name) else { return nil }
    return Diagnostic(
      .settingsInvalid, file: file, underlining: tag,
      "`tell_back_tag` `\(tag.value)` is not a tag: a letter, then letters, digits, `-`, `_` or `/`"
    )
  }

  /// The error for scale `name` when its range is empty or, for NPS, not 0-10; the scale then
  /// keeps its name with the range `fallback` gives.
  static func check(scale: Scale, name: Located<String>, file: String) -> Diagnostic? {
    if scale.minimum >= scale.maximum {
      let used = fallback(for: scale)
      let range = "\(NumberText.plain(used.minimum)) to \(NumberText.plain(used.maximum))"
      return Diagnostic(
        .settingsInvalid, file: file, underlining: name,
        "scale `\(name.value)` has min \(NumberText.plain(scale.minimum)) not below max \(NumberText.plain(scale.maximum)); scores on it are read as \(range) until this is fixed"
      )
    }
    if scale.isNPS && (scale.minimum != 0 || scale.maximum != 10) {
      return Diagnostic(
        .settingsInvalid, file: file, underlining: name,
        "an NPS scale runs from 0 to 10; set min: 0 and max: 10 (scores on it are read as 0 to 10 until then)"
      )
    }
    return nil
  }

  /// The scale with the range used in place of an impossible one: 0 to 10 for an NPS scale, a
  /// built-in scale's own range (`health`: 1 to 5), else 0 to 10 (a scale's default).
  static func fallback(for scale: Scale) -> Scale {
    var used = scale
    let builtIn = Settings.defaultScales.first { $0.name == scale.name && !scale.isNPS }
    used.minimum = builtIn?.minimum ?? 0
    used.maximum = builtIn?.maximum ?? 10
    return used
  }

  /// The error for scale `name` marked `nps: true` when one of `scales` (those before it)
  /// already is; it then counts as an ordinary scale.
  static func check(
    npsScale scale: Scale, name: Located<String>, scales: [Scale], file: String
  ) -> Diagnostic? {
    guard scale.isNPS, scales.contains(where: \.isNPS) else { return nil }
    return Diagnostic(
      .settingsInvalid, file: file, underlining: name, "only one scale can have nps: true")
  }

  /// The error for theme `name` claiming `word` when it already belongs to theme `owner`.
  static func check(
    word: String, owner: String?, theme name: Located<String>, file: String
  ) -> Diagnostic? {
    guard let owner, owner != name.value.lowercased() else { return nil }
    return Diagnostic(
      .settingsInvalid, file: file, underlining: name,
      "`\(word)` already belongs to theme `\(owner)`; a word can map to one theme only")
  }

  /// The error for threshold or limit `key` when `value` is negative.
  static func check<T: Comparable & Numeric>(
    nonNegative value: T, key: Located<String>, file: String
  ) -> Diagnostic? {
    guard value < 0 else { return nil }
    return Diagnostic(
      .settingsInvalid, file: file, underlining: key, "`\(key.value)` cannot be negative")
  }

  /// The error for threshold or limit `key` when `value` is not above 0.
  static func check<T: Comparable & Numeric>(
    positive value: T, key: Located<String>, file: String
  ) -> Diagnostic? {
    guard value <= 0 else { return nil }
    return Diagnostic(
      .settingsInvalid, file: file, underlining: key, "`\(key.value)` must be above 0")
  }
}

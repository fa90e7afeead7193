import RapportMarkdown

/// Reads `rapport.yml` into `Settings`, keeping the default for anything missing or invalid.
public enum SettingsParser {
  static let keys = [
    "scales", "levels", "team", "themes", "strict_themes", "types", "tell_back_tag", "thresholds",
    "limits", "reports", "links", "questions",
  ]
  /// The cohorts a question bank may name.
  /// The keys of `questions`: a question per cohort, and one for a detractor waiting on a promise.
  public static let questionCohorts = [
    "new", "established", "loyal", "lost", "follow_up", "tell_back", "left",
  ]
  static let thresholdKeys = [
    "tell_back_days", "silence_days", "split_gap", "min_group_size", "window_days",
  ]
  /// Each `limits` key and the setting it sets (all positive integers).
  static let limitFields: [(key: String, field: WritableKeyPath<Limits, Int> & Sendable)] = [
    ("max_note_bytes", \.maxNoteBytes), ("max_nesting", \.maxNesting),
    ("max_brackets", \.maxBrackets), ("max_themes", \.maxThemes),
    ("max_yaml_nodes", \.maxYAMLNodes),
  ]
  static let limitKeys = limitFields.map(\.key)

  /// Parses the text of `rapport.yml` (at notebook-relative path `file`).
  public static func parse(_ text: String, file: String) -> (Settings, [Diagnostic]) {
    var settings = Settings()
    var fields = YAMLFields(file: file, firstLine: 1)
    let root = fields.parse(text[...])
    guard let pairs = fields.mapping(root, at: SourcePosition(line: 1, column: 1)) else {
      return (settings, fields.diagnostics)
    }
    for (key, value) in pairs {
      switch key.value {
      case "scales":
        if let given = scales(value, key: key, fields: &fields) {
          settings.scales = given
          settings.scalesAreBuiltIn = false
        }
      case "levels":
        // A value rejected as it is read has said so already; the default levels stay.
        guard let levels = fields.list(value, key: key)?.map({ $0.value.lowercased() }) else {
          continue
        }
        if let none = SettingsInvalid.check(levels: levels, key: key, file: file) {
          fields.add(none)
        } else {
          settings.levels = levels
        }
      case "team": settings.team = TeamReader.read(value, key: key, fields: &fields)
      case "themes": settings.themes = themes(value, key: key, fields: &fields)
      case "strict_themes": settings.strictThemes = fields.bool(value, key: key) ?? false
      case "types":
        let types = fields.strings(value, key: key).map { $0.value.lowercased() }
        if !types.isEmpty { settings.types = types }
      case "tell_back_tag":
        if let tag = fields.string(value, key: key) {
          // Tags are read lowercased, so the setting is too.
          let name = (tag.value.hasPrefix("#") ? String(tag.value.dropFirst()) : tag.value)
            .lowercased()
          if let invalid = SettingsInvalid.check(tellBackTag: tag, name: name, file: file) {
            fields.add(invalid)
          } else {
            settings.tellBackTag = name
          }
        }
      case "thresholds": settings.thresholds = thresholds(value, key: key, fields: &fields)
      case "limits": settings.limits = limits(value, key: key, fields: &fields)
      case "reports":
        for (field, value) in fields.pairs(of: value) ?? [] {
          guard field.value == "account_scores" else {
            fields.reportUnknown(field, known: ["account_scores"], in: "reports")
            continue
          }
          guard let choice = fields.string(value, key: field) else { continue }
          switch choice.value.lowercased() {
          case "show": settings.showsAccountScores = true
          case "hide": settings.showsAccountScores = false
          default:
            fields.add(SettingsInvalid.check(choice: choice, of: ["show", "hide"], file: file))
          }
        }
      case "links":
        for (field, value) in fields.pairs(of: value) ?? [] {
          guard field.value == "note_url" else {
            fields.reportUnknown(field, known: ["note_url"], in: "links")
            continue
          }
          guard let url = fields.string(value, key: field) else { continue }
          if let invalid = SettingsInvalid.check(noteURL: url, file: file) {
            fields.add(invalid)
          } else {
            settings.noteURL = url.value
          }
        }
      case "questions":
        for (field, value) in fields.pairs(of: value) ?? [] {
          guard questionCohorts.contains(field.value) else {
            fields.reportUnknown(field, known: questionCohorts, in: "questions")
            continue
          }
          if let question = fields.string(value, key: field) {
            settings.questions[field.value] = question.value
          }
        }
      default: fields.reportUnknown(key, known: keys, in: "rapport.yml")
      }
    }
    return (settings, fields.diagnostics)
  }

  static func scales(_ node: YAMLNode, key: Located<String>, fields: inout YAMLFields) -> [Scale]? {
    guard let pairs = fields.pairs(of: node, section: .scales, key: key) else { return nil }
    var result: [Scale] = []
    for (name, definition) in pairs {
      var scale = Scale(name: name.value.lowercased(), minimum: 0, maximum: 10, isNPS: false)
      for (field, value) in fields.pairs(of: definition) ?? [] {
        switch field.value {
        case "min": scale.minimum = fields.number(value, key: field) ?? scale.minimum
        case "max": scale.maximum = fields.number(value, key: field) ?? scale.maximum
        case "nps": scale.isNPS = fields.bool(value, key: field) ?? false
        default: fields.reportUnknown(field, known: ["min", "max", "nps"], in: "a scale")
        }
      }
      // A second NPS scale counts as an ordinary one, whose range is then checked as such.
      if let second = SettingsInvalid.check(
        npsScale: scale, name: name, scales: result, file: fields.file)
      {
        fields.add(second)
        scale.isNPS = false
      }
      if let invalid = SettingsInvalid.check(scale: scale, name: name, file: fields.file) {
        fields.add(invalid)
        // The scale stays defined, with its default range: notes that score it are still read.
        scale = SettingsInvalid.fallback(for: scale)
      }
      result.append(scale)
    }
    return result
  }

  static func themes(
    _ node: YAMLNode, key: Located<String>, fields: inout YAMLFields
  ) -> [ThemeDefinition] {
    guard let pairs = fields.pairs(of: node, section: .themes, key: key) else { return [] }
    var result: [ThemeDefinition] = []
    var owners: [String: String] = [:]
    for (name, definition) in pairs {
      var theme = ThemeDefinition(name: name.value.lowercased())
      for (field, value) in fields.pairs(of: definition) ?? [] {
        switch field.value {
        case "aliases":
          theme.aliases = fields.strings(value, key: field).map { $0.value.lowercased() }
        case "group": theme.group = fields.string(value, key: field)?.value
        default: fields.reportUnknown(field, known: ["aliases", "group"], in: "a theme")
        }
      }
      for word in [theme.name] + theme.aliases {
        fields.add(
          SettingsInvalid.check(word: word, owner: owners[word], theme: name, file: fields.file))
        owners[word] = owners[word] ?? theme.name
      }
      result.append(theme)
    }
    return result
  }

  static func thresholds(
    _ node: YAMLNode, key: Located<String>, fields: inout YAMLFields
  ) -> Thresholds {
    var result = Thresholds()
    for (field, value) in fields.pairs(of: node) ?? [] {
      switch field.value {
      case "tell_back_days":
        result.tellBackDays =
          days(fields.integer(value, key: field), field, &fields) ?? result.tellBackDays
      case "silence_days":
        result.silenceDays =
          days(fields.integer(value, key: field), field, &fields) ?? result.silenceDays
      case "split_gap":
        result.splitGap =
          nonNegative(fields.number(value, key: field), field, &fields) ?? result.splitGap
      case "min_group_size":
        result.minGroupSize =
          nonNegative(fields.integer(value, key: field), field, &fields) ?? result.minGroupSize
      case "window_days":
        result.windowDays =
          positive(days(fields.integer(value, key: field), field, &fields), field, &fields)
          ?? result.windowDays
      default: fields.reportUnknown(field, known: thresholdKeys, in: "thresholds")
      }
    }
    return result
  }

  static func limits(_ node: YAMLNode, key: Located<String>, fields: inout YAMLFields) -> Limits {
    var result = Limits()
    for (field, value) in fields.pairs(of: node) ?? [] {
      guard let setting = limitFields.first(where: { $0.key == field.value })?.field else {
        fields.reportUnknown(field, known: limitKeys, in: "limits")
        continue
      }
      result[keyPath: setting] =
        positive(fields.integer(value, key: field), field, &fields) ?? result[keyPath: setting]
    }
    return result
  }

  /// A number of days between 0 and `SettingsInvalid.maximumDays`: more would make dates
  /// meaningless (and their arithmetic overflow).
  static func days(_ value: Int?, _ key: Located<String>, _ fields: inout YAMLFields) -> Int? {
    accepted(value, &fields) { SettingsInvalid.check(days: $0, key: key, file: $1) }
  }

  static func nonNegative<T: Comparable & Numeric>(
    _ value: T?, _ key: Located<String>, _ fields: inout YAMLFields
  ) -> T? {
    accepted(value, &fields) { SettingsInvalid.check(nonNegative: $0, key: key, file: $1) }
  }

  static func positive<T: Comparable & Numeric>(
    _ value: T?, _ key: Located<String>, _ fields: inout YAMLFields
  ) -> T? {
    accepted(value, &fields) { SettingsInvalid.check(positive: $0, key: key, file: $1) }
  }

  /// `value` unless `problem` finds it out of range (then reported, and nil).
  private static func accepted<T>(
    _ value: T?, _ fields: inout YAMLFields, _ problem: (T, String) -> Diagnostic?
  ) -> T? {
    guard let value else { return nil }
    if let invalid = problem(value, fields.file) {
      fields.add(invalid)
      return nil
    }
    return value
  }
}

import RapportMarkdown

extension Rule {
  /// A value of the wrong shape: a list where one value belongs, or not true/false.
  public static let yamlValueType = Rule(
    "yaml.value-type", .error,
    "A value has the wrong shape, such as a list where one value belongs.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("channel: [video, phone]")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("channel: video")])
}

/// Words the error for a value whose shape is not the one its key needs.
enum YAMLValueType {
  /// Sections of front matter and `rapport.yml` that need a particular shape.
  enum Section {
    case scores, scales, themes, team, teamEntry, contacts, contact

    /// What the section must be, as the message says it.
    var requirement: String {
      switch self {
      case .scores: return "`scores` must map scale names to numbers, such as { nps: 9, health: 4 }"
      case .scales: return "`scales` must map names to { min, max }"
      case .themes: return "`themes` must map theme names to { aliases, group }"
      case .team: return "`team` must be a list of { handle, name }"
      case .teamEntry:
        return "each `team` entry must be a mapping such as { handle: sam, name: Sam Lee }"
      case .contacts: return "`contacts` must be a list of { name, title, level }"
      case .contact:
        return "each contact must be a mapping such as { name: Jane Doe, level: executive }"
      }
    }
  }

  /// The error for a section written in another shape.
  static func section(_ section: Section, at position: SourcePosition, file: String) -> Diagnostic {
    Diagnostic(.yamlValueType, file: file, at: position, section.requirement)
  }

  /// The error for a list or mapping (`kind`) where `key` needs a single value.
  static func notSingleValue(
    _ key: Located<String>, kind: String, at position: SourcePosition, file: String
  ) -> Diagnostic {
    Diagnostic(
      .yamlValueType, file: file, at: position,
      "`\(key.value)` must be a single value, not \(kind)")
  }

  /// The error for a mapping (`kind`) where `key` needs a list.
  static func notList(
    _ key: Located<String>, kind: String, at position: SourcePosition, file: String
  ) -> Diagnostic {
    Diagnostic(
      .yamlValueType, file: file, at: position,
      "`\(key.value)` must be a list such as [a, b], not \(kind)")
  }

  /// The error for `text` under `key`, which needs `expected` ("true or false", "a number").
  static func notA(
    _ expected: String, _ text: Located<String>, key: Located<String>, file: String
  ) -> Diagnostic {
    Diagnostic(
      .yamlValueType, file: file, underlining: text,
      "`\(key.value)` must be \(expected), not \"\(text.value)\"")
  }
}

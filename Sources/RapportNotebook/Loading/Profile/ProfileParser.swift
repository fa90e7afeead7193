import RapportMarkdown

/// Reads an account's `account.md`: profile fields, our team, and the roster of contacts.
public enum ProfileParser {
  public static let keys = [
    "name", "relationship", "status", "segment", "value", "since", "team", "assumed_reasons",
    "contacts",
  ]

  /// Parses the bytes of `account.md` at notebook-relative path `file`.
  public static func parse(
    bytes: UnsafeRawBufferPointer, file: String, settings: Settings
  ) -> (AccountProfile, [Diagnostic]) {
    var profile = AccountProfile()
    profile.file = file
    var diagnostics: [Diagnostic] = []
    guard
      let parts = FrontMatter.parts(
        of: bytes, file: file, limits: settings.limits, diagnostics: &diagnostics)
    else {
      return (profile, diagnostics)
    }
    var fields = YAMLFields(
      file: file, firstLine: parts.yamlFirstLine, limits: settings.limits)
    if let pairs = fields.mapping(fields.parse(parts.yaml), at: SourcePosition(line: 1, column: 1))
    {
      for (key, value) in pairs {
        switch key.value {
        case "name": profile.name = fields.string(value, key: key)?.value
        case "relationship":
          profile.relationship = enumeration(value, key: key, fields: &fields) ?? .customer
        case "status": profile.status = enumeration(value, key: key, fields: &fields) ?? .active
        case "segment": profile.segment = fields.string(value, key: key)?.value
        case "value": profile.value = fields.string(value, key: key)?.value
        case "since": profile.since = fields.day(value, key: key)?.value
        case "team": profile.team = TeamReader.read(value, key: key, fields: &fields)
        case "assumed_reasons":
          profile.assumedReasons = fields.themes(value, key: key).map {
            settings.canonicalTheme($0.value)
          }
        case "contacts":
          profile.contacts = RosterReader(settings: settings).read(value, key: key, fields: &fields)
        default: fields.reportUnknown(key, known: keys, in: "account.md")
        }
      }
    }
    diagnostics += fields.diagnostics
    let about = parts.body.trimming(" \t\r\n")
    profile.about = about.isEmpty ? nil : about
    return (profile, diagnostics)
  }

  /// A value that must be one of an enumeration's raw values.
  static func enumeration<T: RawRepresentable & CaseIterable>(
    _ node: YAMLNode, key: Located<String>, fields: inout YAMLFields
  ) -> T?
  where T.RawValue == String {
    guard let text = fields.string(node, key: key) else { return nil }
    if let value = T(rawValue: text.value.lowercased()) { return value }
    let allowed = T.allCases.map(\.rawValue)
    fields.add(AccountFieldInvalid.notOneOf(allowed, text, key: key, file: fields.file))
    return nil
  }
}

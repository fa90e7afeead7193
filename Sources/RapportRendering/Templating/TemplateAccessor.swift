/// A value a template names, compiled to code that reads it from scope `Scope`.
enum TemplateAccessor<Scope>: Sendable {
  case text(@Sendable (Scope) -> String?)
  case number(@Sendable (Scope) -> Int?)
  /// Nil when a record on the way to the flag is absent.
  case flag(@Sendable (Scope) -> Bool?)
  /// Nil, like the list reads of `list`, when a record on the way is absent.
  case texts(@Sendable (Scope) -> [String]?)
  case record(any TemplateRecordAccess<Scope>)
  case list(any TemplateListAccess<Scope>)

  /// How messages name the kind of value.
  var kind: String {
    switch self {
    case .text: return "text"
    case .number: return "a number"
    case .flag: return "a flag"
    case .texts: return "a list of texts"
    case .record(let access): return "a record (\(access.recordType.templateTypeName))"
    case .list(let access): return "a list of \(access.elementType.templateTypeName)"
    }
  }
}

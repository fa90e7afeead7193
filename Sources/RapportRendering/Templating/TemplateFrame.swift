/// A value a section pushed (or the page itself), as the compiler reads it from scope `Scope`.
enum TemplateFrame<Scope>: Sendable {
  case record(any TemplateRecordAccess<Scope>)
  case text(@Sendable (Scope) -> String)
  case number(@Sendable (Scope) -> Int)
  /// The empty list an inverted section over a list stands for: swift-mustache pushes it, so
  /// names with a leading dot and `{{.}}` find nothing inside such a section.
  case emptyList

  func lifted<Value>(below: Value.Type) -> TemplateFrame<TemplateScope<Value, Scope>> {
    switch self {
    case .record(let access): return .record(access.lifted(below: Value.self))
    case .text(let read): return .text { read($0.outer) }
    case .number(let read): return .number { read($0.outer) }
    case .emptyList: return .emptyList
    }
  }

  /// The frame's own field `name`; text and numbers have none.
  func member(_ name: String) -> TemplateAccessor<Scope>? {
    guard case .record(let access) = self else { return nil }
    return access.member(name)
  }

  var memberNames: [String] {
    guard case .record(let access) = self else { return [] }
    return access.memberNames
  }

  /// The frame's value itself, as `{{.}}` names it; nil for an empty list.
  var itself: TemplateAccessor<Scope>? {
    switch self {
    case .record(let access): return .record(access)
    case .text(let read): return .text { read($0) }
    case .number(let read): return .number { read($0) }
    case .emptyList: return nil
    }
  }
}

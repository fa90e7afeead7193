/// What a template field holds, known without data so templates can be checked and documented.
public enum TemplateType: Sendable, CustomStringConvertible {
  /// A string; nil or empty is absent.
  case text
  /// A whole number, rendered in decimal; nil is absent, zero is present.
  case number
  /// True or false.
  case flag
  /// A nested record; sections push it.
  case record(any TemplateRecord.Type)
  /// A list of records; sections repeat once per item.
  case list(any TemplateRecord.Type)
  /// A list of strings; sections repeat once per string, which `{{.}}` renders.
  case texts

  /// How documentation and messages name the type: "text", "list of Person".
  public var description: String {
    switch self {
    case .text: return "text"
    case .number: return "number"
    case .flag: return "flag"
    case .record(let type): return "record `\(type.templateTypeName)`"
    case .list(let type): return "list of `\(type.templateTypeName)`"
    case .texts: return "list of texts"
    }
  }

  /// The record type whose fields this type's values offer, if any.
  var recordType: (any TemplateRecord.Type)? {
    switch self {
    case .record(let type), .list(let type): return type
    case .text, .number, .flag, .texts: return nil
    }
  }
}

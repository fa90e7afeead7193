/// A field's value read from a record, for tools and tests such as exports; rendering never uses
/// it.
public enum TemplateValue {
  case text(String?)
  case number(Int?)
  case flag(Bool)
  case record((any TemplateRecord)?)
  case list([any TemplateRecord])
  case texts([String])
}

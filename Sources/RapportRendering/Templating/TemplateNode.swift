/// One piece of a parsed template, with where it starts in the file.
public struct TemplateNode: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// Literal text. Text is split where swift-mustache splits it (after each line break, and
    /// around indentation), because a partial's indentation is applied at those boundaries.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` and `{{& name}}` (not escaped).
    case variable(String, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(String, inverted: Bool, children: [TemplateNode])
    /// `{{> name}}`; `indentation` is the whitespace before a standalone tag, nil when inline.
    case partial(String, indentation: String?)
    /// `{{% CONTENT_TYPE: …}}`: how later variables are escaped.
    case contentType(TemplateContentType)
  }

  public var kind: Kind
  /// Where the node starts: its opening delimiter, or its first character for text.
  public var position: TemplatePosition

  public init(_ kind: Kind, at position: TemplatePosition) {
    self.kind = kind
    self.position = position
  }
}

/// Reads Mustache template text into a `TemplateDocument`.
///
/// The syntax and the whitespace rules are those of swift-mustache 2.1.1, which rendered rapport's
/// templates before, so templates keep their output byte for byte: a line holding only a section,
/// inverted, close, comment, partial, set-delimiter or pragma tag (plus spaces and tabs) is
/// dropped, a standalone partial is indented by the whitespace before it, and set-delimiter tags
/// inside a section last until the section closes.
public enum TemplateParser {
  /// Most sections a template may nest inside each other.
  public static let maximumDepth = 100

  /// The document in `text`, or the first syntax error in it; `name` is the template's name in
  /// problems.
  public static func parse(
    _ text: String, named name: String
  ) throws(TemplateProblem)
    -> TemplateDocument
  {
    var reader = TemplateReader(text, name: name)
    return TemplateDocument(nodes: try reader.read())
  }
}

/// How a template escapes `{{name}}`, chosen by the pragma `{{% CONTENT_TYPE: NAME}}`.
public enum TemplateContentType: String, Sendable, CaseIterable {
  /// `& < > " '` as entities; the default, as in swift-mustache.
  case html = "HTML"
  /// Markdown markup characters backslash-escaped, line breaks as spaces.
  case markdown = "MARKDOWN"
  /// Nothing escaped.
  case text = "TEXT"
}

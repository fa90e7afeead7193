/// A compiled template for pages of type `Root`: immutable, and safe to render from many threads
/// at once.
public struct TemplateProgram<Root: TemplateRecord>: Sendable {
  /// The template it was compiled from.
  public let templateName: String
  let code: TemplateCode<TemplateScope<Root, Void>>
  /// The names of the page's own values that the template (its partials included) reads.
  public let pageNamesRead: Set<String>

  /// The page rendered as text.
  public func render(_ page: Root) -> String {
    var output = TemplateOutput()
    render(page, into: &output)
    return output.text
  }

  /// The page rendered as UTF-8 bytes, for a caller that writes it to a file as it is.
  public func bytes(_ page: Root) -> [UInt8] {
    var output = TemplateOutput()
    render(page, into: &output)
    return output.bytes
  }

  /// Appends the rendered page to `output`.
  public func render(_ page: Root, into output: inout TemplateOutput) {
    code(&output, TemplateScope(value: page, outer: ()))
    output.pendingIndentation = nil
  }
}

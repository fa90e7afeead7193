/// What the editor shows when the pointer rests on something: a contact's role, a rule's help.
public struct Hover: Sendable, Hashable {
  /// Markdown text.
  public var markdown: String
  /// The text the hover is about, highlighted by some editors.
  public var range: TextRange?

  public init(markdown: String, range: TextRange? = nil) {
    self.markdown = markdown
    self.range = range
  }
}

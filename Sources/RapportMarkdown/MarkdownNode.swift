/// One node of a parsed Markdown tree, stored flat in pre-order inside a `MarkdownDocument`.
public struct MarkdownNode: Sendable {
  /// The CommonMark node types rapport reads.
  public enum Kind: UInt8, Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
    case thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline, emphasis
    case strong, link, image

    /// Whether the node holds other blocks (and so adds a level of nesting).
    public var isContainerBlock: Bool {
      self == .blockQuote || self == .list || self == .item
    }
  }

  /// What the node is.
  public let kind: Kind
  /// Where the node starts in the file.
  public let start: SourcePosition
  /// Where the node ends in the file (inclusive).
  public let end: SourcePosition
  /// Index of the parent node, or -1 for the document.
  public let parent: Int
  /// Index one past the node's last descendant: its subtree is `index..<subtreeEnd`.
  public internal(set) var subtreeEnd: Int
  /// Text of text, code, code block and HTML nodes; nil for others.
  public let literal: String?
  /// Destination of links and images; nil for others.
  public let destination: String?
  /// Heading level 1-6, or 0 when not a heading.
  public let headingLevel: Int
  /// For a block quote: its source lines with the `>` markers taken off.
  public let quotedMarkdown: String?
}

/// One suggestion offered while typing: a contact, an account, a theme tag, a front matter key.
public struct CompletionItem: Sendable, Hashable {
  /// What the suggestion is, which picks the editor's icon.
  public enum Kind: Sendable, Hashable {
    case text, keyword, property, value, enumMember, constant, reference, file, folder, event
    case snippet
  }

  /// What the list shows, and what is inserted unless `insertText` says otherwise.
  public var label: String
  public var kind: Kind
  /// A short line shown beside the label, such as a person's role.
  public var detail: String?
  /// Markdown shown when the suggestion is selected.
  public var documentation: String?
  /// Text to insert instead of the label.
  public var insertText: String?
  /// The text the suggestion replaces, on the cursor's line and around the cursor; nil lets the
  /// editor replace the word at the cursor.
  public var replacing: TextRange?
  /// Sorts the list instead of the label.
  public var sortText: String?
  /// Matched against what was typed instead of the label.
  public var filterText: String?

  public init(
    label: String, kind: Kind, detail: String? = nil, documentation: String? = nil,
    insertText: String? = nil, replacing: TextRange? = nil, sortText: String? = nil,
    filterText: String? = nil
  ) {
    self.label = label
    self.kind = kind
    self.detail = detail
    self.documentation = documentation
    self.insertText = insertText
    self.replacing = replacing
    self.sortText = sortText
    self.filterText = filterText
  }
}

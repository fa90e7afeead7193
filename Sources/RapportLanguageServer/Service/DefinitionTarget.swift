/// Where go-to-definition leads: a contact's entry in an account profile, a theme's definition.
public struct DefinitionTarget: Sendable, Hashable {
  /// Absolute path of the file that holds the definition; it need not be open.
  public var path: String
  /// The whole definition, such as a contact's entry.
  public var range: TextRange
  /// The part to select, such as the contact's name; nil means `range`.
  public var selectionRange: TextRange?
  /// The text in the requesting document that leads here, such as the name under the cursor.
  public var originRange: TextRange?

  public init(
    path: String, range: TextRange, selectionRange: TextRange? = nil,
    originRange: TextRange? = nil
  ) {
    self.path = path
    self.range = range
    self.selectionRange = selectionRange
    self.originRange = originRange
  }
}

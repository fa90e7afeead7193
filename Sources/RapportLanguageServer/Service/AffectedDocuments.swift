/// Which documents' diagnostics an event may have changed, besides the document it was about.
///
/// Editing an account's profile, for instance, can make a contact in every note of the account
/// known or unknown.
public struct AffectedDocuments: Sendable, Hashable {
  /// Absolute paths; only the open ones are checked again.
  public var paths: Set<String>
  /// Whether every open document should be checked again.
  public var everyDocument: Bool

  public init(paths: Set<String> = [], everyDocument: Bool = false) {
    self.paths = paths
    self.everyDocument = everyDocument
  }

  /// Nothing besides the document itself.
  public static let none = AffectedDocuments()
  /// Every open document.
  public static let all = AffectedDocuments(everyDocument: true)

  /// The documents at `paths`.
  public static func paths(_ paths: some Sequence<String>) -> AffectedDocuments {
    AffectedDocuments(paths: Set(paths))
  }

  /// Adds what `other` affects.
  public mutating func formUnion(_ other: AffectedDocuments) {
    paths.formUnion(other.paths)
    everyDocument = everyDocument || other.everyDocument
  }
}

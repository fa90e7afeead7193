/// An open document's text at one version, as the editor has it (unsaved changes included).
public struct DocumentSnapshot: Sendable, Hashable {
  /// Absolute file path.
  public var path: String
  /// The editor's version number; it grows with every change.
  public var version: Int
  /// The editor's language id, such as `markdown`.
  public var languageID: String
  public var text: String

  public init(path: String, version: Int, languageID: String, text: String) {
    self.path = path
    self.version = version
    self.languageID = languageID
    self.text = text
  }
}

/// A cursor in an open document: where completion, hover or go-to-definition was asked for.
public struct DocumentPosition: Sendable, Hashable {
  public var document: DocumentSnapshot
  /// 1-based line and 1-based column in Unicode scalars.
  public var location: TextLocation

  public init(document: DocumentSnapshot, location: TextLocation) {
    self.document = document
    self.location = location
  }
}

/// A folder the editor has open.
public struct WorkspaceFolder: Sendable, Hashable {
  /// Absolute path.
  public var path: String
  public var name: String

  public init(path: String, name: String) {
    self.path = path
    self.name = name
  }
}

/// A file created, changed or deleted on disk, as the editor's file watcher saw it.
public struct FileChange: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case created, changed, deleted
  }

  /// Absolute path.
  public var path: String
  public var kind: Kind

  public init(path: String, kind: Kind) {
    self.path = path
    self.kind = kind
  }
}

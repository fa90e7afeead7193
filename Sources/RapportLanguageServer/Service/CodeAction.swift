/// A fix the editor can apply, such as correcting a misspelt contact name.
public struct CodeAction: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case quickFix = "quickfix"
    case refactor = "refactor"
    case rewrite = "refactor.rewrite"
    case source = "source"
    case fixAll = "source.fixAll"
  }

  /// What the action does, for a menu: "Change to ‘Dana Smith’".
  public var title: String
  public var kind: Kind
  /// The problems it fixes.
  public var diagnostics: [EditorDiagnostic]
  /// The changes, per file.
  public var edits: [FileEdit]
  /// Whether it is the fix to apply when the editor applies one without asking.
  public var isPreferred: Bool

  public init(
    title: String, kind: Kind = .quickFix, diagnostics: [EditorDiagnostic] = [],
    edits: [FileEdit], isPreferred: Bool = false
  ) {
    self.title = title
    self.kind = kind
    self.diagnostics = diagnostics
    self.edits = edits
    self.isPreferred = isPreferred
  }
}

/// Changes to one file, each replacing a range as the file reads before any of them.
public struct FileEdit: Sendable, Hashable {
  /// Absolute path; the file need not be open.
  public var path: String
  public var edits: [TextEdit]

  public init(path: String, edits: [TextEdit]) {
    self.path = path
    self.edits = edits
  }
}

/// Replaces a range (1-based lines, scalar columns) with new text; an empty range inserts.
public struct TextEdit: Sendable, Hashable {
  public var range: TextRange
  public var newText: String

  public init(range: TextRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

import RapportMarkdown

/// How serious a diagnostic is: errors keep a note out of reports, warnings do not.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  case warning, error

  public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// What a diagnostic is about: a file or folder of the notebook, the notebook itself, or a template.
public enum DiagnosticLocation: Sendable, Hashable {
  /// The notebook as a whole.
  case notebook
  /// A file, by its path relative to the notebook root (`/` separators).
  case file(String)
  /// A folder, by its path relative to the notebook root (no trailing `/`).
  case folder(String)
  /// A report template, by the path the user gave it (working-folder relative or absolute), or
  /// a built-in template's name.
  case template(String)

  /// One string for sorting, caching and matching: `.`, `path`, `path/` or the template's path.
  public var key: String {
    switch self {
    case .notebook: return "."
    case .file(let path), .template(let path): return path
    case .folder(let path): return path + "/"
    }
  }

  /// The location a notebook key names (`.`, a folder ending in `/`, else a file).
  public init(key: String) {
    if key == "." || key.isEmpty {
      self = .notebook
    } else if key.hasSuffix("/") {
      self = .folder(String(key.dropLast()))
    } else {
      self = .file(key)
    }
  }

  /// The notebook-relative path of a file or folder; nil for the notebook and templates.
  public var notebookPath: String? {
    switch self {
    case .file(let path), .folder(let path): return path
    case .notebook, .template: return nil
    }
  }
}

/// One problem found in a notebook, located like a compiler error.
public struct Diagnostic: Sendable, Hashable {
  /// What the problem is about.
  public var location: DiagnosticLocation
  /// The location's key: the notebook-relative path (`x/` for a folder, `.` for the notebook), or
  /// a template's path.
  public var file: String { location.key }
  /// Where in the file; nil for problems with a whole file or folder.
  public var position: SourcePosition?
  /// How many columns (Unicode scalars) to underline from `position`, at least 1.
  public var length: Int
  public var severity: Severity
  /// The id of the rule that found it, such as `note.date.invalid`.
  public var rule: String
  /// What is wrong and, where it helps, what to do.
  public var message: String
  /// Whether the file's lines must not be shown with it (a confidential note).
  public var withholdsSource = false

  /// A diagnostic about a notebook file, folder (`path/`) or the notebook itself (`.`).
  public init(
    _ rule: Rule, file: String, at position: SourcePosition?, length: Int = 1, _ message: String
  ) {
    self.init(rule, location: DiagnosticLocation(key: file), at: position, length: length, message)
  }

  public init(
    _ rule: Rule, location: DiagnosticLocation, at position: SourcePosition?, length: Int = 1,
    _ message: String
  ) {
    self.location = location
    self.position = position
    self.length = max(1, length)
    self.severity = rule.severity
    self.rule = rule.id
    self.message = message
  }

  /// Sorting order for output: by file, then position, then rule and message.
  public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.file != b.file { return a.file < b.file }
    let pa = a.position ?? SourcePosition(line: 0, column: 0)
    let pb = b.position ?? SourcePosition(line: 0, column: 0)
    if pa != pb { return pa < pb }
    if a.rule != b.rule { return a.rule < b.rule }
    return a.message < b.message
  }
}

/// A value read from a file, with where it was written.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  public var position: SourcePosition

  public init(_ value: Value, at position: SourcePosition) {
    self.value = value
    self.position = position
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

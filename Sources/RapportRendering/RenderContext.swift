import RapportMarkdown
import RapportNotebook
import RapportSystem

/// Facts about a report run that every page states: as-of date, source commit, skipped notes.
public struct RenderContext: Sendable {
  public var asOf: Day
  /// The notebook's git commit, when it is a git repository.
  public var commit: String?
  /// Notes left out because they have errors or nothing written yet.
  public var skippedNotes: Int
  /// Of those, each account's (an account page and its people's pages state their own).
  public var skippedByAccount: [String: Int] = [:]
  /// Interview notes found in all.
  public var noteCount: Int
  /// Of the notes not left out, those dated after the as-of date, by account: they are not part
  /// of the report until then.
  public var laterByAccount: [String: Int] = [:]
  /// Of the notes not left out, those dated after the as-of date.
  public var laterNotes: Int { laterByAccount.values.reduce(0, +) }
  /// The notes the report is made from: found, less those left out and those dated later.
  public var notesInReport: Int { max(0, noteCount - skippedNotes - laterNotes) }
  /// The notebook root as seen from the output folder (a relative path such as `../notebooks`).
  public var notebookFromOutput: String {
    didSet { notePrefixes = Self.prefixes(notebookFromOutput) }
  }
  /// The start of a note link from a page at each depth (0 to 3), encoded once.
  private var notePrefixes: [String] = []
  /// The tag marking tell-back commitments (without `#`).
  public var tellBackTag: String
  /// Notes never linked or named (confidential ones), by notebook-relative path.
  public var confidentialFiles: Set<String> = []
  /// Account names by id, to say where a confidential note is.
  public var accountNames: [String: String] = [:]
  /// Where note links point when `links: { note_url: … }` is set and the notebook is in git.
  public var noteURL: NoteURL? = nil

  /// A `note_url` pattern with what fills it in.
  public struct NoteURL: Sendable {
    /// The pattern, with `{commit}`, `{path}` and `{line}`.
    public var pattern: String
    /// The full commit id the report was built from.
    public var commit: String
    /// The notebook's folder inside its repository, such as `notebooks/` (empty at the root).
    public var prefix: String

    public init(pattern: String, commit: String, prefix: String) {
      self.pattern = pattern
      self.commit = commit
      self.prefix = prefix
    }

    /// The URL of `file` (notebook-relative) at `line`; without a line, a fragment naming
    /// `{line}` is dropped.
    func url(_ file: String, line: Int?) -> String {
      var pattern = self.pattern
      if line == nil, let hash = pattern.lastIndex(of: "#"), pattern[hash...].contains("{line}") {
        pattern = String(pattern[..<hash])
      }
      let path = RenderContext.encodePath(prefix + file)
      return pattern.replacingOccurrences(of: "{commit}", with: commit)
        .replacingOccurrences(of: "{path}", with: path)
        .replacingOccurrences(of: "{line}", with: line.map(String.init) ?? "")
    }
  }

  public init(
    asOf: Day, commit: String?, skippedNotes: Int, noteCount: Int, notebookFromOutput: String,
    tellBackTag: String = "tell-back"
  ) {
    self.tellBackTag = tellBackTag
    self.asOf = asOf
    self.commit = commit
    self.skippedNotes = skippedNotes
    self.noteCount = noteCount
    self.notebookFromOutput = notebookFromOutput
    notePrefixes = Self.prefixes(notebookFromOutput)
  }

  /// `../` for each depth, then the notebook's encoded path.
  static func prefixes(_ notebook: String) -> [String] {
    let base = notebook.isEmpty ? "" : encodePath(notebook) + "/"
    return (0...3).map { String(repeating: "../", count: $0) + base }
  }

  /// The context of reports on `notebook`.
  public init(notebook: Notebook, asOf: Day, commit: String?, notebookFromOutput: String) {
    self.init(
      asOf: asOf, commit: commit, skippedNotes: notebook.skippedNotes.count,
      noteCount: notebook.noteCount, notebookFromOutput: notebookFromOutput,
      tellBackTag: notebook.settings.tellBackTag)
    confidentialFiles = notebook.confidentialFiles
    skippedByAccount = notebook.skippedByAccount
    accountNames = Dictionary(
      notebook.accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  /// The path of a note that may be shown, or nil for none or a confidential note.
  func locatable(_ file: String?) -> String? {
    file.flatMap { confidentialFiles.contains($0) ? nil : $0 }
  }

  /// A link to a note (and line) from a page `depth` folders below the output folder; a
  /// confidential note is named only by its account, with no link.
  func link(_ file: String, line: Int? = nil, depth: Int) -> LinkValue {
    if confidentialFiles.contains(file) {
      let account = String(file.prefix { $0 != "/" })
      return LinkValue(
        href: nil, label: "a confidential note in \(accountNames[account] ?? account)")
    }
    if let noteURL {
      return LinkValue(
        href: noteURL.url(file, line: line), label: file + (line.map { ":\($0)" } ?? ""))
    }
    // Every segment is encoded, the notebook's own folders too: a folder named `My Notes` or
    // holding `)` or `<` must neither break a link nor escape it.
    let prefix =
      depth < notePrefixes.count
      ? notePrefixes[depth] : String(repeating: "../", count: depth) + (notePrefixes.first ?? "")
    let path = RenderContext.encodePath(file)
    guard let line else { return LinkValue(href: prefix + path, label: file) }
    let number = String(line)
    return LinkValue(
      href: String.concatenating(prefix, path, "#L", number),
      label: String.concatenating(file, ":", number))
  }

  /// Percent-encodes each segment of a `/`-separated path (`..` segments kept as they are).
  static func encodePath(_ path: String) -> String {
    // Most paths need nothing: keep them as they are.
    if isPlainPath(path) { return path }
    return path.split(separator: "/", omittingEmptySubsequences: false).map {
      $0 == ".." ? ".." : percentEncode(String($0))
    }.joined(separator: "/")
  }

  /// Whether a path needs no encoding: only unreserved bytes and `/`.
  static func isPlainPath(_ path: String) -> Bool {
    var copy = path
    return copy.withUTF8 { bytes in
      bytes.allSatisfy { isUnreserved($0) || $0 == UInt8(ascii: "/") }
    }
  }

  /// Whether a byte may stand in a URL path segment as it is (RFC 3986's unreserved set).
  static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default: return false
    }
  }

  /// Percent-encodes a path segment (everything but unreserved characters).
  static func percentEncode(_ segment: String) -> String {
    var copy = segment
    if copy.withUTF8({ $0.allSatisfy(isUnreserved) }) { return segment }
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(segment.utf8.count * 3)
    for byte in segment.utf8 {
      if isUnreserved(byte) {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

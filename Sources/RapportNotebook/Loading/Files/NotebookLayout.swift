import RapportSystem

/// The files of a notebook: its settings, account folders, profiles and notes.
struct NotebookLayout {
  /// An account folder and the files in it, by notebook-relative path.
  struct AccountFolder {
    let id: String
    let profile: String?
    /// Note paths, sorted.
    let notes: [String]
  }

  /// Folder names at the notebook root that are not accounts.
  static let reservedFolders: Set<String> = ["templates"]

  var accounts: [AccountFolder] = []
  /// Notes in folders whose names are not slugs: counted, reported, not read.
  var unreadableNotes: [String] = []
  var diagnostics: [Diagnostic] = []

  /// Folders below an account folder that are still read (levels).
  static let maximumDepth = 8

  /// Lists the notebook at `root` (an existing folder).
  init(root: String) {
    let entries = FileSystem.list(root) ?? []
    for entry in entries where !entry.isDirectory && Self.isMarkdownLike(entry.name) {
      guard entry.name.lowercased() != "readme.md" else { continue }
      diagnostics.append(
        Diagnostic(
          .fileIgnored, file: entry.name, at: nil,
          "`\(entry.name)` is at the notebook root, so it is not read; notes go in an account folder"
        ))
    }
    for entry in entries where entry.isDirectory && !Self.isHidden(entry.name) {
      if Self.reservedFolders.contains(entry.name) { continue }
      var notes: [String] = []
      var profile: String? = nil
      collect(root: root, relative: entry.name, notes: &notes, profile: &profile, depth: 0)
      guard Slug.isValid(entry.name) else {
        let fix = Slug.make(from: entry.name)
        diagnostics.append(
          Diagnostic(
            .accountFolderNotSlug, file: entry.name + "/", at: nil,
            "account folder `\(entry.name)` is not a slug (lowercase letters, digits and -), so its \(notes.count) note(s) are not read"
              + (fix.isEmpty ? "" : "; rename it to `\(fix)`")))
        unreadableNotes += notes
        continue
      }
      accounts.append(AccountFolder(id: entry.name, profile: profile, notes: notes.sorted()))
    }
  }

  /// Whether a file or folder name is ignored (drafts and templates start with `.` or `_`).
  static func isHidden(_ name: String) -> Bool { name.hasPrefix(".") || name.hasPrefix("_") }

  /// Extensions of Markdown files other than `.md`, lowercased.
  static let otherMarkdownExtensions: Set<String> = ["markdown", "mdown", "mkd", "mkdn", "md"]

  /// Whether a file name looks like Markdown (any case of a Markdown extension).
  static func isMarkdownLike(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    return otherMarkdownExtensions.contains(name[name.index(after: dot)...].lowercased())
  }

  /// Adds the Markdown files under `relative` (sub-folders included) to `notes`.
  private mutating func collect(
    root: String, relative: String, notes: inout [String], profile: inout String?, depth: Int
  ) {
    guard let entries = FileSystem.list(root + "/" + relative) else {
      diagnostics.append(
        Diagnostic(.fileUnreadable, file: relative + "/", at: nil, "cannot read this folder"))
      return
    }
    for entry in entries where !Self.isHidden(entry.name) {
      let path = relative + "/" + entry.name
      if entry.isDirectory {
        if depth < Self.maximumDepth {
          collect(root: root, relative: path, notes: &notes, profile: &profile, depth: depth + 1)
        } else {
          diagnostics.append(
            Diagnostic(
              .fileIgnored, file: path + "/", at: nil,
              "folder is more than \(Self.maximumDepth) levels below its account, so nothing in it is read"
            ))
        }
      } else if !entry.name.hasSuffix(".md") {
        if Self.isMarkdownLike(entry.name) {
          let stem = entry.name[..<entry.name.lastIndex(of: ".")!]
          diagnostics.append(
            Diagnostic(
              .fileIgnored, file: path, at: nil,
              "`\(entry.name)` is not read: notes end in `.md`; rename it to `\(stem).md`"))
        }
      } else {
        if depth == 0 && entry.name == "account.md" {
          profile = path
        } else if entry.isFile {
          notes.append(path)
        } else {
          diagnostics.append(
            Diagnostic(
              .fileUnreadable, file: path, at: nil, "cannot read this file (is it a broken link?)"))
          unreadableNotes.append(path)
        }
      }
    }
  }
}

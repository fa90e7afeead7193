import RapportNotebook
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
    for entry in entries where !entry.isDirectory {
      if let ignored = FileIgnored.check(rootFile: entry.name) { diagnostics.append(ignored) }
    }
    for entry in entries where entry.isDirectory && !Self.isHidden(entry.name) {
      if Self.reservedFolders.contains(entry.name) { continue }
      var notes: [String] = []
      var profile: String? = nil
      collect(root: root, relative: entry.name, notes: &notes, profile: &profile, depth: 0)
      if let notSlug = AccountFolderNotSlug.check(folder: entry.name, noteCount: notes.count) {
        diagnostics.append(notSlug)
        unreadableNotes += notes
        continue
      }
      if let missing = AccountProfileMissing.check(
        folder: entry.name, hasProfile: profile != nil, noteCount: notes.count)
      {
        diagnostics.append(missing)
      }
      accounts.append(AccountFolder(id: entry.name, profile: profile, notes: notes.sorted()))
    }
  }

  /// Whether a file or folder name is ignored (drafts and templates start with `.` or `_`).
  static func isHidden(_ name: String) -> Bool { name.hasPrefix(".") || name.hasPrefix("_") }

  /// Adds the Markdown files under `relative` (sub-folders included) to `notes`.
  private mutating func collect(
    root: String, relative: String, notes: inout [String], profile: inout String?, depth: Int
  ) {
    guard let entries = FileSystem.list(root + "/" + relative) else {
      diagnostics.append(FileUnreadable.folder(relative))
      return
    }
    for entry in entries where !Self.isHidden(entry.name) {
      let path = relative + "/" + entry.name
      if entry.isDirectory {
        if depth < Self.maximumDepth {
          collect(root: root, relative: path, notes: &notes, profile: &profile, depth: depth + 1)
        } else {
          diagnostics.append(FileIgnored.tooDeep(folder: path, maximumDepth: Self.maximumDepth))
        }
      } else if !entry.name.hasSuffix(".md") {
        if let ignored = FileIgnored.check(accountFile: entry.name, path: path) {
          diagnostics.append(ignored)
        }
      } else {
        if depth == 0 && entry.name == "account.md" {
          profile = path
        } else if entry.isFile {
          notes.append(path)
        } else {
          diagnostics.append(FileUnreadable.brokenLink(path))
          unreadableNotes.append(path)
        }
      }
    }
  }
}

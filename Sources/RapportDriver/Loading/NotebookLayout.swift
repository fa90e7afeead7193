import RapportNotebook
import RapportSystem

/// The files of a notebook: its settings, account folders, profiles and notes.
///
/// Symbolic links are followed when they stay inside the notebook, and every folder and file is
/// read once: folders are known by device and inode, files by their real path. Real folders are
/// walked first and links after, in the order they were found, so a link to something read anyway
/// (a loop, a second name for an account) adds nothing. A link that leads outside the notebook is
/// reported (`file.outside-notebook`) and not followed.
struct NotebookLayout {
  /// An account folder and the files in it, by notebook-relative path.
  struct AccountFolder {
    let id: String
    let profile: String?
    /// Note paths, sorted.
    let notes: [String]
    /// Links named like notes that lead nowhere, sorted: left out of this account's report.
    var brokenLinks: [String] = []
  }

  /// Folder names at the notebook root that are not accounts.
  static let reservedFolders: Set<String> = ["templates"]

  var accounts: [AccountFolder] = []
  /// Notes in folders whose names are not slugs: counted, reported, not read.
  var unreadableNotes: [String] = []
  var diagnostics: [Diagnostic] = []

  /// Folders below an account folder that are still read (levels).
  static let maximumDepth = 8

  /// A link that stays inside the notebook, followed once the real folders are walked.
  private struct Link {
    /// The account it belongs to (for a link at the top, the account it is).
    let account: String
    /// Notebook-relative path of the link.
    let path: String
    /// Real path of what it points at.
    let target: String
    let isDirectory: Bool
    /// Depth of what it points at below its account folder (0: the account folder itself).
    let depth: Int
  }

  /// What was found in one account's folders.
  private struct Found {
    var notes: [String] = []
    var profile: String? = nil
  }

  private let root: String
  /// The notebook's real path (links resolved).
  private let realRoot: String
  private var walkedFolders: Set<FileIdentity> = []
  /// Real paths of the files taken, kept once links are followed: before, no two files taken
  /// can be one (each real folder is walked once), and most notebooks have no links at all.
  private var takenFiles: Set<String> = []
  /// Whether the real folders are walked and links are being followed.
  private var followingLinks = false
  private var links: [Link] = []
  private var found: [String: Found] = [:]
  /// Broken links by account: they make no account of their own.
  private var brokenLinks: [String: [String]] = [:]
  /// Account folders listed ahead of the walk, each with its identity: taken by the walk once.
  private var listed: [String: (identity: FileIdentity?, entries: [FileSystem.Entry]?)] = [:]

  /// Lists the notebook at `root` (an existing folder), listing account folders on `jobs` threads.
  init(root: String, jobs: Int = 1) {
    self.root = root
    realRoot = Paths.real(root) ?? root
    if let identity = FileSystem.identity(root) { walkedFolders.insert(identity) }
    let entries = FileSystem.list(root) ?? []
    for entry in entries where !entry.isDirectory {
      if let ignored = FileIgnored.check(rootFile: entry.name) { diagnostics.append(ignored) }
    }
    // The folders are listed on all cores; what is taken from them stays in one walk, in order.
    let folders = entries.filter {
      $0.isDirectory && !$0.isLink && !Self.isHidden($0.name)
        && !Self.reservedFolders.contains($0.name)
    }.map(\.name)
    let listings = Parallel.map(folders, jobs: jobs) { [root] name in
      (FileSystem.identity(root + "/" + name), FileSystem.list(root + "/" + name))
    }
    for (name, listing) in zip(folders, listings) {
      listed[name] = (listing.0, listing.1)
    }
    for entry in entries where entry.isDirectory && !Self.isHidden(entry.name) {
      if Self.reservedFolders.contains(entry.name) { continue }
      if entry.isLink {
        if let target = inside(entry.name, isFolder: true) {
          links.append(
            Link(account: entry.name, path: entry.name, target: target, isDirectory: true, depth: 0)
          )
        }
      } else {
        walk(account: entry.name, relative: entry.name, real: realRoot + "/" + entry.name, depth: 0)
      }
    }
    if !links.isEmpty {
      // What the real folders gave, by real path, so a link to any of it adds nothing.
      followingLinks = true
      for files in found.values {
        for path in files.notes + (files.profile.map { [$0] } ?? []) {
          takenFiles.insert(realRoot + "/" + path)
        }
      }
      for paths in brokenLinks.values {
        for path in paths { takenFiles.insert(realRoot + "/" + path) }
      }
    }
    // A queue: links found inside linked folders join its end.
    var next = 0
    while next < links.count {
      follow(links[next])
      next += 1
    }
    for id in found.keys.sorted() {
      let notes = found[id]!.notes
      if let notSlug = AccountFolderNotSlug.check(folder: id, noteCount: notes.count) {
        diagnostics.append(notSlug)
        unreadableNotes += notes
        continue
      }
      let profile = found[id]!.profile
      if let missing = AccountProfileMissing.check(
        folder: id, hasProfile: profile != nil, noteCount: notes.count)
      {
        diagnostics.append(missing)
      }
      accounts.append(
        AccountFolder(
          id: id, profile: profile, notes: notes.sorted(),
          brokenLinks: (brokenLinks[id] ?? []).sorted()))
    }
  }

  /// Whether a file or folder name is ignored (drafts and templates start with `.` or `_`).
  static func isHidden(_ name: String) -> Bool { name.hasPrefix(".") || name.hasPrefix("_") }

  /// The warning for `rapport.yml` in `root` when it is a link leading outside the notebook.
  static func settingsOutside(root: String) -> Diagnostic? {
    let path = root + "/rapport.yml"
    guard let text = FileSystem.linkText(path), let target = Paths.real(path),
      let realRoot = Paths.real(root), !isInside(target, realRoot)
    else { return nil }
    return FileOutsideNotebook.diagnostic("rapport.yml", isFolder: false, target: text)
  }

  /// Whether real path `path` is the real folder `folder` or inside it.
  static func isInside(_ path: String, _ folder: String) -> Bool {
    path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
  }

  /// The real path the link at notebook-relative `path` points at when it stays inside the
  /// notebook; otherwise reports the link and gives nil. Nil too for a link to nowhere.
  private mutating func inside(_ path: String, isFolder: Bool) -> String? {
    guard let target = Paths.real(root + "/" + path) else { return nil }
    if Self.isInside(target, realRoot) { return target }
    let text = FileSystem.linkText(root + "/" + path) ?? target
    diagnostics.append(FileOutsideNotebook.diagnostic(path, isFolder: isFolder, target: text))
    return nil
  }

  /// Adds the notes under `relative` (real path `real`), sub-folders included, to `account`;
  /// nothing when the folder was walked before.
  private mutating func walk(account: String, relative: String, real: String, depth: Int) {
    let ahead = depth == 0 ? listed.removeValue(forKey: relative) : nil
    if let identity = ahead.map(\.identity) ?? FileSystem.identity(root + "/" + relative) {
      guard walkedFolders.insert(identity).inserted else { return }
    }
    if found[account] == nil { found[account] = Found() }
    guard let entries = ahead.map(\.entries) ?? FileSystem.list(root + "/" + relative) else {
      diagnostics.append(FileUnreadable.folder(relative))
      return
    }
    for entry in entries where !Self.isHidden(entry.name) {
      let path = relative + "/" + entry.name
      // Real paths matter only once links are followed (`takenFiles`).
      func realPath() -> String { followingLinks ? real + "/" + entry.name : "" }
      // Links to what would be read are followed later, when they stay inside.
      if entry.isLink && (entry.isDirectory || (entry.isFile && entry.name.hasSuffix(".md"))) {
        if let target = inside(path, isFolder: entry.isDirectory) {
          links.append(
            Link(
              account: account, path: path, target: target, isDirectory: entry.isDirectory,
              depth: entry.isDirectory ? depth + 1 : depth))
        }
      } else if entry.isDirectory {
        if depth < Self.maximumDepth {
          walk(account: account, relative: path, real: realPath(), depth: depth + 1)
        } else {
          diagnostics.append(FileIgnored.tooDeep(folder: path, maximumDepth: Self.maximumDepth))
        }
      } else {
        take(
          entry.name, path: path, real: realPath(), account: account, depth: depth,
          isFile: entry.isFile)
      }
    }
  }

  /// Follows a link that stays inside the notebook.
  private mutating func follow(_ link: Link) {
    if !link.isDirectory {
      let name = String(link.path.split(separator: "/").last ?? "")
      take(
        name, path: link.path, real: link.target, account: link.account, depth: link.depth,
        isFile: true)
    } else if link.depth <= Self.maximumDepth {
      walk(account: link.account, relative: link.path, real: link.target, depth: link.depth)
    } else {
      diagnostics.append(FileIgnored.tooDeep(folder: link.path, maximumDepth: Self.maximumDepth))
    }
  }

  /// Takes file `name` at `path` (real path `real`) as a note or profile of `account`, unless it is
  /// not a note or was taken before.
  private mutating func take(
    _ name: String, path: String, real: String, account: String, depth: Int, isFile: Bool
  ) {
    guard name.hasSuffix(".md") else {
      if let ignored = FileIgnored.check(accountFile: name, path: path) {
        diagnostics.append(ignored)
      }
      return
    }
    if followingLinks { guard takenFiles.insert(real).inserted else { return } }
    if depth == 0 && name == "account.md" {
      found[account, default: Found()].profile = path
    } else if isFile {
      found[account, default: Found()].notes.append(path)
    } else {
      diagnostics.append(FileUnreadable.brokenLink(path))
      unreadableNotes.append(path)
      brokenLinks[account, default: []].append(path)
    }
  }
}

import RapportSystem

/// What a file is to the notebook it sits in, by its notebook-relative path, as the loader reads
/// the folders: the settings, an account's profile, an interview note, or none of them.
enum NotebookFile: Sendable, Hashable {
  /// `rapport.yml` at the top.
  case settings
  /// `ACCOUNT/account.md`.
  case profile(account: String)
  /// Any other `.md` file in an account folder or its sub-folders.
  case note(account: String)
  /// A file the loader does not read as any of these (a README at the top, a draft `_x.md`).
  case other

  /// Folders below an account that are still read, as the loader counts them.
  static let maximumDepth = 8

  /// The role of the file at `relativePath` (`/`-separated, no leading `/`).
  init(relativePath: String) {
    let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
    if parts == ["rapport.yml"] {
      self = .settings
      return
    }
    guard parts.count >= 2, let name = parts.last, name.hasSuffix(".md"),
      parts.count - 2 <= Self.maximumDepth
    else {
      self = .other
      return
    }
    let account = String(parts[0])
    // Hidden names (drafts, templates) and folders that are not slugs are never read.
    let hidden = parts.contains { $0.isEmpty || $0.hasPrefix(".") || $0.hasPrefix("_") }
    guard !hidden, Slug.isValid(account), account != "templates" else {
      self = .other
      return
    }
    self =
      parts.count == 2 && name == "account.md"
      ? .profile(account: account) : .note(account: account)
  }

  /// The account the file belongs to, if any.
  var account: String? {
    switch self {
    case .profile(let account), .note(let account): return account
    case .settings, .other: return nil
    }
  }
}

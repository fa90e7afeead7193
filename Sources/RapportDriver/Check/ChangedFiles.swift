import RapportNotebook

/// Which diagnostics `check --changed` keeps: those of changed files and of the rules they affect.
struct ChangedFiles {
  /// Notebook-relative paths changed since the base.
  let paths: Set<String>

  /// Whether a diagnostic concerns a changed file or one a changed file can affect.
  ///
  /// A changed `rapport.yml` affects every file; a changed `account.md` affects its account's notes;
  /// a changed file in a folder affects what is said about the folder (such as its missing
  /// `account.md`).
  func affects(_ diagnostic: Diagnostic) -> Bool {
    if paths.contains("rapport.yml") || paths.contains(diagnostic.file) { return true }
    if case .folder(let folder) = diagnostic.location,
      paths.contains(where: { $0.hasPrefix(folder + "/") })
    {
      return true
    }
    guard let account = diagnostic.file.split(separator: "/").first else { return false }
    return paths.contains(account + "/account.md")
  }
}

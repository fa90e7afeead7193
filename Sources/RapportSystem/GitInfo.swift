import Foundation

/// What git says about the folder a notebook is in, asked through the `git` command.
public enum GitInfo {
  /// The short commit id of the notebook's repository, with a note when its files have uncommitted
  /// changes; nil outside a git repository or without git.
  public static func commit(of folder: String) -> String? {
    guard isInRepository(folder),
      let status = run(
        ["status", "--porcelain=v2", "--branch", "--untracked-files=normal", "--", "."], in: folder)
    else { return nil }
    let lines = status.split(separator: "\n")
    guard
      let head = lines.first(where: { $0.hasPrefix("# branch.oid ") }).map({
        String($0.dropFirst(13))
      }),
      head.count >= 12, head != "(initial)"
    else { return nil }
    let dirty = lines.contains { !$0.hasPrefix("#") }
    return String(head.prefix(12)) + (dirty ? " (with uncommitted changes)" : "")
  }

  /// The full id of the commit checked out in `folder`'s repository, and `folder`'s path inside
  /// it (such as `notebooks/`); nil outside a repository or before the first commit.
  public static func location(of folder: String) -> (commit: String, prefix: String)? {
    guard isInRepository(folder),
      let head = run(["rev-parse", "--verify", "--quiet", "HEAD"], in: folder)?.trimmed,
      head.count >= 40,
      let prefix = run(["rev-parse", "--show-prefix"], in: folder)?.trimmed
    else { return nil }
    return (head, prefix)
  }

  /// Whether the folder or one above it holds a `.git`, so git is only started when it can answer.
  public static func isInRepository(_ folder: String) -> Bool {
    var url = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
    while true {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) {
        return true
      }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return false }
      url = parent
    }
  }

  /// Output of `git args…` run in `folder`, or nil when it fails.
  public static func run(_ arguments: [String], in folder: String) -> String? {
    guard let result = GitRepository.run(arguments, in: folder), result.status == 0 else {
      return nil
    }
    return result.output
  }
}

extension String {
  /// The string without surrounding whitespace and newlines.
  public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Which diagnostics a check reports.
public enum CheckScope: Sendable, Hashable {
  /// Every diagnostic of the notebook.
  case everything
  /// Those of files changed since a git revision (nil: the merge-base with the default branch),
  /// and of what those files affect.
  case changed(since: String?)
  /// Those of the files staged for the next commit, read as staged.
  case staged
}

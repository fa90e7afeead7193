extension Rule {
  /// Files that exist but cannot be read.
  public static let fileUnreadable = Rule(
    "file.unreadable", .error, "The file or folder cannot be read (permissions, a broken link).",
    triggering: [:], passing: [:])
}

/// Words the error for a file or folder that is listed but cannot be read.
public enum FileUnreadable {
  /// A file whose read failed, with the system's reason.
  public static func file(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(.fileUnreadable, file: path, at: nil, "cannot read: \(reason)")
  }

  /// A note listed in its folder that could not be read when its turn came.
  public static func note(_ path: String) -> Diagnostic {
    Diagnostic(.fileUnreadable, file: path, at: nil, "cannot read this file")
  }

  /// A folder entry that is neither a file nor a folder, such as a link to nowhere.
  public static func brokenLink(_ path: String) -> Diagnostic {
    Diagnostic(.fileUnreadable, file: path, at: nil, "cannot read this file (is it a broken link?)")
  }

  /// A folder that cannot be listed.
  public static func folder(_ path: String) -> Diagnostic {
    Diagnostic(.fileUnreadable, file: path + "/", at: nil, "cannot read this folder")
  }
}

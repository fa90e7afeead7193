extension Rule {
  /// Markdown-looking files rapport does not read: other extensions, the notebook root, too deep.
  public static let fileIgnored = Rule(
    "file.ignored", .warning,
    "A file looks like a note but is not read: it ends in `.markdown` or `.MD` rather than `.md`, sits at the notebook root, or is more than 8 folders below its account.",
    triggering: [
      RuleCatalog.exampleNote: "",
      "acme/2026-03-14-jane-doe.markdown": RuleCatalog.note(""),
    ],
    passing: ["README.md": "# Our notebook\n", "acme/photo.jpg": "not a note"])
}

/// Warns about files that look like notes where rapport does not read them.
public enum FileIgnored {
  /// Extensions of Markdown files, lowercased.
  public static let markdownExtensions: Set<String> = ["markdown", "mdown", "mkd", "mkdn", "md"]

  /// Whether a file name looks like Markdown (any case of a Markdown extension).
  public static func isMarkdownLike(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    return markdownExtensions.contains(name[name.index(after: dot)...].lowercased())
  }

  /// The warning for file `name` at the notebook root, unless it is not Markdown or a README.
  public static func check(rootFile name: String) -> Diagnostic? {
    guard isMarkdownLike(name), name.lowercased() != "readme.md" else { return nil }
    return Diagnostic(
      .fileIgnored, file: name, at: nil,
      "`\(name)` is at the notebook root, so it is not read; notes go in an account folder")
  }

  /// The warning for file `name` at `path` in an account when it looks like Markdown but does not
  /// end in `.md`.
  public static func check(accountFile name: String, path: String) -> Diagnostic? {
    guard !name.hasSuffix(".md"), isMarkdownLike(name) else { return nil }
    let stem = name[..<name.lastIndex(of: ".")!]
    return Diagnostic(
      .fileIgnored, file: path, at: nil,
      "`\(name)` is not read: notes end in `.md`; rename it to `\(stem).md`")
  }

  /// The warning for a folder more than `maximumDepth` levels below its account.
  public static func tooDeep(folder path: String, maximumDepth: Int) -> Diagnostic {
    Diagnostic(
      .fileIgnored, file: path + "/", at: nil,
      "folder is more than \(maximumDepth) levels below its account, so nothing in it is read")
  }
}

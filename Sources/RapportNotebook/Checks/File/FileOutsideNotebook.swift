extension Rule {
  /// Links that lead out of the notebook.
  public static let fileOutsideNotebook = Rule(
    "file.outside-notebook", .warning,
    "A link in the notebook (to a note, a folder or `rapport.yml`) leads outside it, so what it points at is not read.",
    triggering: ["acme/shared": RuleCatalog.link(to: "../..")],
    passing: [
      "acme/shared": RuleCatalog.link(to: "../_shared"), "_shared/README.txt": "Shared notes.\n",
    ])
}

/// Words the warning for a link whose target is outside the notebook: reading it would publish
/// files from elsewhere on the machine (and a link to `/` would walk the whole disk).
public enum FileOutsideNotebook {
  /// The warning for the link at notebook-relative `path`, which reads `target`.
  public static func diagnostic(_ path: String, isFolder: Bool, target: String) -> Diagnostic {
    Diagnostic(
      .fileOutsideNotebook, file: isFolder ? path + "/" : path, at: nil,
      "this link leads outside the notebook (to `\(target)`), so it is not read")
  }
}

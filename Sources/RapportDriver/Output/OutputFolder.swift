import Foundation
import RapportSystem

/// Checks on where outputs go: never into the notebook itself.
public enum OutputFolder {
  /// Why `out` cannot receive outputs of `notebook`, or nil when it can; `allowFile` accepts an
  /// existing file (a JSON or SQLite export) where a folder is expected otherwise.
  public static func problem(out: String, notebook: String, allowFile: Bool = false) -> String? {
    let target = Paths.resolved(out)
    let source = Paths.resolved(notebook)
    if target == source || target.hasPrefix(source + "/") {
      // Suggest `reports` beside the notebook, written relative to here when that is short.
      let parent = (source as NSString).deletingLastPathComponent
      let here = Paths.resolved(".")
      let suggestion =
        parent == here
        ? "reports"
        : parent == (here as NSString).deletingLastPathComponent
          ? "../reports" : parent + "/reports"
      return
        "--out '\(out)' is inside the notebook '\(notebook)'; reports would be read as notes. Choose a folder outside it, such as --out \(suggestion)."
    }
    var isDirectory: ObjCBool = false
    if !allowFile, FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      return "--out '\(out)' is a file, not a folder."
    }
    return nil
  }
}

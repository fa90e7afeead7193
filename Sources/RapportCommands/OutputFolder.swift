import ArgumentParser
import Foundation

/// Checks on where reports go: never into the notebook itself.
enum OutputFolder {
  /// The absolute, symlink-free form of a path (which may not exist yet).
  static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  static func validate(out: String, notebook: String, allowFile: Bool = false) throws {
    let target = resolved(out)
    let source = resolved(notebook)
    if target == source || target.hasPrefix(source + "/") {
      // Suggest `reports` beside the notebook, written relative to here when that is short.
      let parent = (source as NSString).deletingLastPathComponent
      let here = resolved(".")
      let suggestion =
        parent == here
        ? "reports"
        : parent == (here as NSString).deletingLastPathComponent
          ? "../reports" : parent + "/reports"
      throw ValidationError(
        "--out '\(out)' is inside the notebook '\(notebook)'; reports would be read as notes. Choose a folder outside it, such as --out \(suggestion)."
      )
    }
    var isDirectory: ObjCBool = false
    if !allowFile, FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      throw ValidationError("--out '\(out)' is a file, not a folder.")
    }
  }
}

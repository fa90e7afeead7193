import Foundation
import RapportNotebook
import RapportSystem

/// Turns notebook-relative paths into paths relative to the working directory, as users typed them.
struct DisplayPath: Sendable {
  /// The notebook root as it should prefix displayed paths ("" for the working directory itself).
  let prefix: String

  init(notebook: String) {
    let root = URL(fileURLWithPath: notebook).standardizedFileURL.resolvingSymlinksInPath().path
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
      .resolvingSymlinksInPath().path
    // Relative when the two share a folder below the root; else the absolute path reads better.
    let shared = root.split(separator: "/").first == cwd.split(separator: "/").first
    prefix = shared || cwd == "/" ? Paths.relative(root, from: cwd) : root
  }

  /// `file` (notebook-relative) as seen from the working directory.
  func display(_ file: String) -> String {
    if file == "." { return prefix.isEmpty ? "." : prefix }
    return prefix.isEmpty ? file : prefix + "/" + file
  }

  /// Where a diagnostic points, as seen from the working directory: templates as the user named them.
  func display(_ location: DiagnosticLocation) -> String {
    if case .template(let path) = location { return path }
    return display(location.key)
  }
}

import Foundation
import RapportNotebook

/// Turns notebook-relative paths into paths relative to the working directory, as users typed them.
struct DisplayPath: Sendable {
  /// The notebook root as it should prefix displayed paths ("" for the working directory itself).
  let prefix: String

  init(notebook: String) {
    let root = URL(fileURLWithPath: notebook).standardizedFileURL.resolvingSymlinksInPath().path
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
      .resolvingSymlinksInPath().path
    prefix = DisplayPath.relative(root, from: cwd)
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

  /// The path of `target` relative to `base` (both absolute), using `..` where needed.
  static func relative(_ target: String, from base: String) -> String {
    let targetParts = target.split(separator: "/")
    let baseParts = base.split(separator: "/")
    var common = 0
    while common < min(targetParts.count, baseParts.count), targetParts[common] == baseParts[common]
    {
      common += 1
    }
    if common == 0 { return target }
    let ups = Array(repeating: "..", count: baseParts.count - common)
    return (ups + targetParts[common...].map(String.init)).joined(separator: "/")
  }
}

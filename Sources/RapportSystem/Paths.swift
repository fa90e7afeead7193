import Foundation

/// Path arithmetic on `/`-separated strings.
public enum Paths {
  /// The absolute, symlink-free form of a path (which may not exist yet: its existing part is
  /// resolved and the rest appended).
  public static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// The path of `target` relative to `base` (both absolute), using `..` where needed; `target`
  /// itself when the two share no folder but the root.
  public static func relative(_ target: String, from base: String) -> String {
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

  /// Whether `path` (resolved) is `folder` (resolved) or inside it.
  public static func isInside(_ path: String, _ folder: String) -> Bool {
    let inner = resolved(path)
    let outer = resolved(folder)
    return inner == outer || inner.hasPrefix(outer == "/" ? "/" : outer + "/")
  }
}

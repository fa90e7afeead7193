import Foundation

/// Path arithmetic on `/`-separated strings.
public enum Paths {
  /// The absolute, symlink-free form of a path, which may not exist yet: its longest existing
  /// part is resolved (links included) and the rest appended.
  public static func resolved(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    var existing = absolute
    var rest: [Substring] = []
    while existing != "/", real(existing) == nil {
      let url = URL(fileURLWithPath: existing)
      rest.insert(Substring(url.lastPathComponent), at: 0)
      existing = url.deletingLastPathComponent().path
    }
    let base = real(existing) ?? existing
    // The missing part may hold `..`: apply it to the resolved base.
    var parts = base.split(separator: "/")
    for part in rest {
      if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// The folder part of a path without a trailing `/`: `a/b` for `a/b/c.md`, `` for `c.md`,
  /// `/` for `/c.md`. Used for tens of thousands of page paths, where Foundation's
  /// `deletingLastPathComponent` bridges each one.
  public static func parent(_ path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    if slash == path.utf8.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// `realpath(3)` of an existing path; nil when it does not exist.
  public static func real(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The path of `target` relative to `base` (both absolute), using `..` where needed.
  public static func relative(_ target: String, from base: String) -> String {
    let targetParts = target.split(separator: "/")
    let baseParts = base.split(separator: "/")
    var common = 0
    while common < min(targetParts.count, baseParts.count), targetParts[common] == baseParts[common]
    {
      common += 1
    }
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

import RapportSystem

/// Finds the notebook a file or an editor's folder belongs to.
///
/// The notebook is the nearest folder holding `rapport.yml`; without one, the folder above the
/// nearest account folder (a folder holding `account.md`).
enum NotebookLocator {
  /// The notebook holding the file at absolute `path`, or nil when nothing marks one.
  static func root(ofFile path: String) -> String? {
    let folders = ancestors(of: path)
    if let settings = folders.first(where: { FileSystem.exists($0 + "/rapport.yml") }) {
      return settings
    }
    if let account = folders.first(where: { FileSystem.exists($0 + "/account.md") }),
      account != "/"
    {
      return parent(of: account)
    }
    return nil
  }

  /// The notebook an editor's workspace folder stands for: the folder itself when it holds
  /// `rapport.yml`, its `notebooks` sub-folder (where commands look by default), or a notebook
  /// above it; nil when none is found.
  static func root(ofFolder folder: String) -> String? {
    let folder = trimmed(folder)
    if FileSystem.exists(folder + "/rapport.yml") { return folder }
    let sample = folder == "/" ? "/notebooks" : folder + "/notebooks"
    if FileSystem.isDirectory(sample) { return sample }
    return root(ofFile: folder + "/.")
  }

  /// The folders holding `path`, nearest first, up to `/`.
  static func ancestors(of path: String) -> [String] {
    var result: [String] = []
    var current = trimmed(path)
    while current != "/" && !current.isEmpty {
      current = parent(of: current)
      result.append(current)
    }
    return result
  }

  /// The folder holding `path`.
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `path` without trailing `/`s (but `/` stays).
  static func trimmed(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }

  /// The path of `path` inside `root`, `/`-separated; nil when it is not inside.
  static func relative(_ path: String, to root: String) -> String? {
    let prefix = root == "/" ? "/" : root + "/"
    guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
    return String(path.dropFirst(prefix.count))
  }
}

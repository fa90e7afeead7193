import Foundation

/// The git repository a notebook lives in, read through the `git` command (no library needed).
public struct GitRepository {
  /// The folder git commands run in (the notebook).
  public let folder: String
  /// The repository's top folder.
  public let root: String
  /// The notebook's path inside the repository, ending in `/` (empty at the top).
  public let prefix: String

  /// An error worth showing the user, with what to do next.
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  /// The repository holding `folder`, or a failure saying it is not in one.
  public init(folder: String) throws {
    guard GitInfo.isInRepository(folder),
      let top = Self.run(["rev-parse", "--show-toplevel"], in: folder),
      top.status == 0
    else {
      throw Failure(
        description:
          "'\(folder)' is not inside a git repository, so it has no revisions to compare (commit the notebook to git first)"
      )
    }
    self.folder = folder
    root = top.output.trimmed
    prefix = Self.run(["rev-parse", "--show-prefix"], in: folder)?.output.trimmed ?? ""
  }

  /// The default base: where HEAD left the default branch (origin's, else main or master).
  public func defaultBase() throws -> String {
    var branches: [String] = []
    if let remote = Self.run(
      ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], in: folder),
      remote.status == 0
    {
      branches.append(remote.output.trimmed)
    }
    branches += ["main", "master"]
    for branch in branches {
      guard
        let resolved = Self.run(
          ["rev-parse", "--verify", "--quiet", branch + "^{commit}"], in: folder),
        resolved.status == 0
      else { continue }
      if let base = Self.run(["merge-base", "HEAD", branch], in: folder), base.status == 0 {
        return base.output.trimmed
      }
    }
    throw Failure(
      description:
        "found no default branch (origin/HEAD, main or master) to compare with; name a base revision, e.g. `rapport diff HEAD~1`"
    )
  }

  /// The commit a revision names, or a failure naming the revision.
  public func commit(_ revision: String) throws -> String {
    guard
      let resolved = Self.run(
        ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: folder),
      resolved.status == 0
    else {
      throw Failure(
        description:
          "unknown revision `\(revision)`; give a branch, tag or commit git knows (see `git log`)")
    }
    return resolved.output.trimmed
  }

  /// The short form of a commit id.
  public func short(_ commit: String) -> String { String(commit.prefix(12)) }

  /// Writes the notebook as it was at `commit` into `destination` (empty if it did not exist yet).
  ///
  /// Reads the tree and its blobs directly (`ls-tree`, `cat-file --batch`), so no attribute such
  /// as `export-ignore` in the revision can hide a file; submodules are not written, and links
  /// only after every file, where no folder on their way is a link (see `placeLink`).
  public func export(_ commit: String, into destination: String) throws {
    try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    let pathspec = prefix.isEmpty ? "." : prefix
    guard
      let listed = Self.run(
        ["ls-tree", "-r", "-z", "--full-tree", commit, "--", pathspec], in: root, raw: true),
      listed.status == 0
    else {
      throw Failure(description: "cannot read revision \(short(commit))")
    }
    // Each entry: "<mode> <type> <object>\t<path>\0".
    var files: [(path: String, object: String, isLink: Bool)] = []
    for entry in listed.bytes.split(separator: 0) {
      guard let tab = entry.firstIndex(of: 0x09) else { continue }
      let fields = entry[..<tab].split(separator: 0x20)
      let path = String(decoding: entry[(tab + 1)...], as: UTF8.self)
      // Links come too, as links: the revision's notes are then read by the same rules as the
      // working tree's, which refuse a link leading outside the notebook and say so.
      let isLink = fields.first?.elementsEqual("120000".utf8) == true
      guard fields.count == 3, fields[1].elementsEqual("blob".utf8),
        fields[0].elementsEqual("100644".utf8) || fields[0].elementsEqual("100755".utf8)
          || isLink,
        Self.isSafe(path)
      else { continue }
      files.append((path, String(decoding: fields[2], as: UTF8.self), isLink))
    }
    if files.isEmpty { return }
    let request = files.map { $0.object + "\n" }.joined()
    guard
      let blobs = Self.run(
        ["cat-file", "--batch"], in: root, input: Data(request.utf8), raw: true),
      blobs.status == 0
    else {
      throw Failure(description: "cannot read the files of revision \(short(commit))")
    }
    // Each blob: "<object> blob <size>\n<bytes>\n".
    var offset = blobs.bytes.startIndex
    var links: [(path: String, target: String)] = []
    for file in files {
      guard let newline = blobs.bytes[offset...].firstIndex(of: 0x0A),
        let size = blobs.bytes[offset..<newline].split(separator: 0x20).last
          .flatMap({ Int(String(decoding: $0, as: UTF8.self)) }),
        newline + 1 + size <= blobs.bytes.endIndex
      else {
        throw Failure(description: "cannot read the files of revision \(short(commit))")
      }
      let content = blobs.bytes[(newline + 1)..<(newline + 1 + size)]
      offset = newline + 1 + size + 1
      if file.isLink {
        links.append((file.path, String(decoding: content, as: UTF8.self)))
        continue
      }
      let target = destination + "/" + file.path
      try FileManager.default.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      let written = content.withUnsafeBufferPointer {
        bytes in Result { () throws(FileError) in try FileSystem.write(target, bytes) }
      }
      if case .failure(let error) = written { throw Failure(description: error.description) }
    }
    for link in links { Self.placeLink(link.path, to: link.target, in: destination) }
  }

  /// Makes link `path` (relative) to `target` under `destination`, once every file is written:
  /// a revision is untrusted, so a link is left out when a folder on its way is not a plain
  /// folder (an earlier link, which would lead the making elsewhere) or its place is taken, as
  /// a file git could not check out would be.
  static func placeLink(_ path: String, to target: String, in destination: String) {
    var folder = destination
    for part in path.split(separator: "/").dropLast() {
      folder += "/" + part
      var info = stat()
      if lstat(folder, &info) == 0 {
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return }
      } else if mkdir(folder, 0o755) != 0 {
        return
      }
    }
    _ = symlink(target, destination + "/" + path)
  }

  /// Whether a path from git may be written under a folder: relative, no `.` or `..` parts.
  static func isSafe(_ path: String) -> Bool {
    !path.hasPrefix("/")
      && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
        !$0.isEmpty && $0 != "." && $0 != ".."
      }
  }

  /// The notebook's folder inside an export made by `export(_:into:)`.
  public func notebook(in destination: String) -> String {
    prefix.isEmpty ? destination : destination + "/" + String(prefix.dropLast())
  }

  /// Notebook-relative paths that differ between `commit` and the working tree, untracked files included.
  public func changedFiles(since commit: String) -> [String] {
    let pathspec = prefix.isEmpty ? "." : prefix
    var paths = Set<String>()
    for arguments in [
      ["diff", "--name-only", "--no-renames", commit, "--", pathspec],
      ["ls-files", "--others", "--exclude-standard", "--", pathspec],
    ] {
      guard let result = Self.run(arguments, in: root), result.status == 0 else { continue }
      for line in result.output.split(separator: "\n") where line.hasPrefix(prefix) {
        paths.insert(String(line.dropFirst(prefix.count)))
      }
    }
    return paths.sorted()
  }

  /// Notebook-relative paths staged for the next commit (every tracked path before the first commit).
  public func stagedFiles() -> [String] {
    let pathspec = prefix.isEmpty ? "." : prefix
    let hasHead = Self.run(["rev-parse", "--verify", "--quiet", "HEAD"], in: root)?.status == 0
    let arguments =
      hasHead
      ? ["diff", "--cached", "--name-only", "--no-renames", "--diff-filter=ACMR", "--", pathspec]
      : ["ls-files", "--", pathspec]
    guard let result = Self.run(arguments, in: root), result.status == 0 else { return [] }
    return result.output.split(separator: "\n").filter { $0.hasPrefix(prefix) }
      .map { String($0.dropFirst(prefix.count)) }
  }

  /// Writes the staged (index) version of the notebook's files into `destination`.
  public func exportStaged(into destination: String) throws {
    let pathspec = prefix.isEmpty ? "." : prefix
    guard let listed = Self.run(["ls-files", "-z", "--", pathspec], in: root), listed.status == 0
    else {
      throw Failure(description: "cannot list the staged files")
    }
    try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    let copied = Self.run(
      ["checkout-index", "--prefix=" + destination + "/", "-z", "--stdin"], in: root,
      input: Data(listed.output.utf8))
    guard copied?.status == 0 else { throw Failure(description: "cannot copy the staged files") }
  }

  /// Runs `tool args…` in `folder` (feeding `input`); the exit status and standard output, or nil
  /// if it cannot start.
  public static func run(
    _ arguments: [String], in folder: String, tool: String = "git", input: Data? = nil
  ) -> (status: Int32, output: String)? {
    guard let result = run(arguments, in: folder, tool: tool, input: input, raw: true) else {
      return nil
    }
    return (result.status, String(decoding: result.bytes, as: UTF8.self))
  }

  /// Runs `tool args…` in `folder`; the exit status and standard output as bytes.
  static func run(
    _ arguments: [String], in folder: String, tool: String = "git", input: Data? = nil, raw: Bool
  ) -> (status: Int32, bytes: [UInt8])? {
    // Unquoted paths: git otherwise escapes names such as `josé.md`, which then match nothing.
    let command =
      tool == "git" ? ["git", "-c", "core.quotePath=false"] + arguments : [tool] + arguments
    guard let result = Subprocess.run(command, in: folder, input: input.map { [UInt8]($0) }) else {
      return nil
    }
    return (result.status, result.output)
  }
}

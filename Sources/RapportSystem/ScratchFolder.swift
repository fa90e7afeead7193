import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A private temporary folder: made by `mkdtemp` (mode 0700, a fresh name every time, never an
/// existing folder), and removed on `remove()`, on release, or when the run is killed.
public final class ScratchFolder {
  /// The folder's absolute path.
  public let path: String
  private let token: Int

  /// Makes `$TMPDIR/rapport-<purpose>-XXXXXX`.
  public init(purpose: String) throws {
    var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    if base.isEmpty || !FileManager.default.fileExists(atPath: base) { base = "/tmp" }
    while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
    var template = Array((base + "/rapport-\(purpose)-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw ScratchError(
        description:
          "cannot make a temporary folder in \(base): \(String(cString: strerror(errno)))")
    }
    path = String(cString: made)
    token = Termination.register(path)
  }

  /// Deletes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
    Termination.unregister(token)
  }

  deinit { remove() }
}

/// A temporary folder that could not be made.
public struct ScratchError: Error, CustomStringConvertible {
  public let description: String
}

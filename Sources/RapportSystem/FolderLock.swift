#if canImport(Glibc)
  import Glibc
#endif

/// An exclusive advisory lock on a folder (`flock`), held until released or the process ends, so
/// two runs writing one output folder take turns; the kernel drops it when a holder dies.
public final class FolderLock: Sendable {
  private let descriptor: Int32

  /// Waits for the lock on an existing folder.
  public init(_ path: String) throws(FileError) {
    let opened = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard opened >= 0 else { throw FileError(path: path, code: errno) }
    while flock(opened, LOCK_EX) != 0 {
      if errno == EINTR { continue }
      let code = errno
      close(opened)
      throw FileError(path: path, code: code)
    }
    descriptor = opened
  }

  deinit { close(descriptor) }
}

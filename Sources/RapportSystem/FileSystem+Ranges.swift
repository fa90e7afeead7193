import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

extension FileSystem {
  /// Fills `buffer` from `offset` of an open file; false on an error or the end of the file.
  static func read(
    _ descriptor: Int32, at offset: Int, into buffer: UnsafeMutableRawBufferPointer
  )
    -> Bool
  {
    var total = 0
    while total < buffer.count {
      let read = pread(
        descriptor, buffer.baseAddress! + total, buffer.count - total, off_t(offset + total))
      if read < 0 && errno == EINTR { continue }
      guard read > 0 else { return false }
      total += read
    }
    return true
  }
}

/// A file open for reading parts of it at byte offsets, from any thread; closed when dropped.
///
/// What it reads is the file as it was opened: a file renamed over it later is not seen.
public final class ReadableFile: Sendable {
  private let descriptor: Int32
  /// Bytes in the file when it was opened.
  public let size: Int

  /// Opens `path`; nil when it cannot be opened.
  public init?(_ path: String) {
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      close(descriptor)
      return nil
    }
    size = Int(info.st_size)
  }

  deinit { close(descriptor) }

  /// `count` bytes from `offset`; nil past the end or on an error.
  public func read(offset: Int, count: Int) -> [UInt8]? {
    guard offset >= 0, count >= 0, offset <= size, count <= size - offset else { return nil }
    // Not zeroed first: the read fills every byte, or the array is not returned.
    var read = false
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      read = FileSystem.read(descriptor, at: offset, into: UnsafeMutableRawBufferPointer(buffer))
      initialized = read ? count : 0
    }
    return read ? bytes : nil
  }
}

/// A file written front to back through a buffer, by several threads at once.
public final class AppendingFile: @unchecked Sendable {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  /// Bytes appended so far (written or still buffered).
  public var length: Int { lock.withLock { _ in appended } }
  private var appended = 0
  private var failed = false
  private let lock = Mutex<Void>(())
  private static let flushSize = 1 << 20

  /// Creates `path` (which must not exist) with `mode`.
  public init(creating path: String, mode: mode_t) throws(FileError) {
    descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw FileError(path: path, code: errno) }
    buffer.reserveCapacity(Self.flushSize + (64 << 10))
  }

  /// An unnamed file in `folder`, readable and writable by its owner and gone once closed: for
  /// bytes this process sets aside and reads back.
  public init(unnamedIn folder: String) throws(FileError) {
    var template = Array((folder + "/rapport-XXXXXX").utf8CString)
    descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw FileError(path: folder, code: errno) }
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    // Unlinked at once: no other process can open it by name, and nothing is left behind.
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    buffer.reserveCapacity(Self.flushSize + (64 << 10))
  }

  deinit { close(descriptor) }

  /// Fills `bytes` from `offset`, once `finish()` has written that far; false if it cannot.
  public func read(at offset: Int, into bytes: UnsafeMutableRawBufferPointer) -> Bool {
    FileSystem.read(descriptor, at: offset, into: bytes)
  }

  /// Appends `bytes`; returns the offset they start at.
  @discardableResult
  public func append(_ bytes: UnsafeRawBufferPointer) -> Int {
    lock.withLock { _ in
      let offset = appended
      buffer.append(contentsOf: bytes)
      appended += bytes.count
      if buffer.count >= Self.flushSize { flush() }
      return offset
    }
  }

  /// Writes what is buffered; false if any write failed.
  public func finish() -> Bool {
    lock.withLock { _ in
      flush()
      return !failed
    }
  }

  private func flush() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard !failed else { return }
    failed = buffer.withUnsafeBytes { FileSystem.writeAll(descriptor, $0) } != nil
  }
}

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

  /// Copies `count` bytes from `offset` of an open file to where another is written up to, in
  /// the kernel where it can; false when they could not all be copied.
  static func copy(from source: Int32, offset: Int, count: Int, to target: Int32) -> Bool {
    var position = off_t(offset)
    var left = count
    #if os(Linux)
      while left > 0 {
        let sent = sendfile(target, source, &position, left)
        if sent < 0 && errno == EINTR { continue }
        guard sent > 0 else { break }
        left -= sent
      }
    #endif
    // What the kernel would not copy goes through a buffer.
    var buffer = [UInt8](repeating: 0, count: min(left, 1 << 20))
    while left > 0 {
      let chunk = min(left, buffer.count)
      let copied = buffer.withUnsafeMutableBytes { bytes -> Bool in
        let part = UnsafeMutableRawBufferPointer(rebasing: bytes[..<chunk])
        return read(source, at: Int(position), into: part)
          && writeAll(target, UnsafeRawBufferPointer(part)) == nil
      }
      guard copied else { return false }
      position += off_t(chunk)
      left -= chunk
    }
    return true
  }
}

/// A file open for reading parts of it at byte offsets, from any thread; closed when dropped.
///
/// What it reads is the file as it was opened: a file renamed over it later is not seen.
public final class ReadableFile: Sendable {
  fileprivate let descriptor: Int32
  /// Bytes in the file when it was opened.
  public let size: Int

  /// Opens `path`; nil when it cannot be opened.
  public init?(_ path: String) {
    // Not blocking, and regular files only: a FIFO at a cache's path would wait for a writer.
    descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
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

  /// Appends `count` bytes of `file` from `offset`, copied file to file; returns the offset they
  /// start at, or nil (appending nothing) when the file cannot give them all.
  public func append(copying file: ReadableFile, offset: Int, count: Int) -> Int? {
    lock.withLock { _ -> Int? in
      guard offset >= 0, count >= 0, offset <= file.size, count <= file.size - offset else {
        return nil
      }
      flush()
      guard !failed else { return nil }
      let start = appended
      guard FileSystem.copy(from: file.descriptor, offset: offset, count: count, to: descriptor)
      else {
        // Back to where the copy started, so what is appended next lands where it is said to.
        failed =
          ftruncate(descriptor, off_t(start)) != 0 || lseek(descriptor, off_t(start), SEEK_SET) < 0
        return nil
      }
      appended += count
      return start
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

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the server reads its messages from: standard input, a pipe, or bytes in memory.
public protocol ByteSource {
  /// Reads up to `buffer.count` bytes into `buffer`; returns how many, 0 at the end of input.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Where the server writes its messages; calls are never concurrent.
public protocol ByteSink: Sendable {
  /// Writes all of `bytes`, or throws.
  func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// A failed system call, with the `errno` it set.
public struct SystemCallError: Error, CustomStringConvertible {
  public var call: String
  public var code: Int32

  public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}

/// Reads from an open file descriptor, which stays open.
public struct FileDescriptorSource: ByteSource, Sendable {
  public var descriptor: Int32

  public init(descriptor: Int32) { self.descriptor = descriptor }

  /// The process's standard input.
  public static let standardInput = FileDescriptorSource(descriptor: STDIN_FILENO)

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    while true {
      let count = unistdRead(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw SystemCallError(call: "read", code: errno)
    }
  }
}

/// Writes to an open file descriptor, which stays open.
///
/// A write to a pipe whose reader has gone raises `SIGPIPE`, which ends the process unless the
/// program ignores that signal; ignored, the write throws instead.
public struct FileDescriptorSink: ByteSink {
  public var descriptor: Int32

  public init(descriptor: Int32) { self.descriptor = descriptor }

  /// The process's standard output.
  public static let standardOutput = FileDescriptorSink(descriptor: STDOUT_FILENO)

  public func write(_ bytes: UnsafeRawBufferPointer) throws {
    var offset = 0
    while offset < bytes.count {
      let count = unistdWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if count >= 0 {
        offset += count
      } else if errno != EINTR && errno != EAGAIN {
        throw SystemCallError(call: "write", code: errno)
      }
    }
  }
}

// Methods named `read` and `write` hide the C functions; these names reach them.
func unistdRead(
  _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int
)
  -> Int
{
  read(descriptor, buffer, count)
}

private func unistdWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

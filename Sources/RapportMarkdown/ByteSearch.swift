#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
  /// The index of the first `byte` at or after `start`, found with the C library's `memchr`
  /// (many bytes at a time, where a loop in Swift compares one).
  public func firstIndex(of byte: UInt8, from start: Int) -> Int? {
    guard let base = baseAddress, start >= 0, start < count else { return nil }
    guard let found = memchr(base + start, Int32(byte), count - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }
}

extension UnsafeRawBufferPointer {
  /// The offset of the first `byte` at or after `start` (see the typed version).
  public func firstIndex(of byte: UInt8, from start: Int) -> Int? {
    guard let base = baseAddress, start >= 0, start < count else { return nil }
    guard let found = memchr(base + start, Int32(byte), count - start) else { return nil }
    return base.distance(to: UnsafeRawPointer(found))
  }
}

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

extension UnsafeBufferPointer<UInt8> {
  /// The index of the first `byte` in `start..<end`, as `firstIndex(of:from:)`.
  public func firstIndex(of byte: UInt8, from start: Int, before end: Int) -> Int? {
    guard let base = baseAddress, start >= 0, start < end, end <= count else { return nil }
    guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// Whether every byte in `start..<end` is ASCII.
  public func isASCII(from start: Int, to end: Int) -> Bool {
    firstNonASCII(from: start, before: end) == nil
  }

  /// The index of the first byte from 0x80 up in `start..<end`, eight bytes at a time.
  public func firstNonASCII(from start: Int, before end: Int) -> Int? {
    guard let base = baseAddress, start < end else { return nil }
    var index = start
    while index + 8 <= end {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    while index < end {
      if base[index] >= 0x80 { return index }
      index += 1
    }
    return nil
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether `other`'s bytes stand in these bytes from `offset` on (a `memcmp`).
  public func holds(_ other: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset >= 0, offset + other.count <= count else { return false }
    guard let target = other.baseAddress else { return true }
    return memcmp(baseAddress! + offset, target, other.count) == 0
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

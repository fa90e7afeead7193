/// A compact binary writer for the cache: little-endian integers, variable-length counts, UTF-8 strings.
public struct BinaryWriter {
  public private(set) var bytes: [UInt8] = []

  /// A writer that expects about `capacity` bytes.
  public init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

  public mutating func write(_ value: UInt8) { bytes.append(value) }

  public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  /// An unsigned integer in 7-bit groups (1 byte below 128).
  public mutating func writeVarint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// A count or length, read back with `BinaryReader.readCount`.
  public mutating func writeCount(_ count: Int) { writeVarint(UInt64(count)) }

  /// A signed integer, zig-zag encoded so small negatives stay short.
  public mutating func write(_ value: Int) {
    writeVarint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
  }

  public mutating func write(_ value: Int64) { write(Int(value)) }

  public mutating func write(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  public mutating func write(_ value: Double) { write(value.bitPattern) }

  /// `bytes` after their count, as `readStringBytes` reads them back.
  public mutating func writeCounted(_ run: UnsafeRawBufferPointer) {
    writeCount(run.count)
    bytes.append(contentsOf: run)
  }

  public mutating func write(_ value: String) {
    var copy = value
    copy.withUTF8 { utf8 in
      writeVarint(UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  public mutating func write(_ value: String?) {
    write(value != nil)
    if let value { write(value) }
  }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, so a damaged cache is never trusted.
public struct BinaryReader {
  /// Why reading stopped.
  public struct Damaged: Error {
    public init() {}
  }

  private let bytes: UnsafeRawBufferPointer
  private var offset = 0

  public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  public var isAtEnd: Bool { offset == bytes.count }

  /// Bytes not read yet.
  public var remaining: Int { bytes.count - offset }

  public mutating func readByte() throws -> UInt8 {
    guard offset < bytes.count else { throw Damaged() }
    defer { offset += 1 }
    return bytes[offset]
  }

  public mutating func readBool() throws -> Bool {
    switch try readByte() {
    case 0: return false
    case 1: return true
    default: throw Damaged()
    }
  }

  public mutating func readVarint() throws -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try readByte()
      guard shift < 64 else { throw Damaged() }
      result |= UInt64(byte & 0x7F) << shift
      if byte & 0x80 == 0 { return result }
      shift += 7
    }
  }

  public mutating func readInt() throws -> Int {
    let zigzag = try readVarint()
    return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
  }

  /// A count, checked against what is left so a damaged length cannot ask for huge allocations.
  public mutating func readCount() throws -> Int {
    let count = try readVarint()
    guard count <= UInt64(bytes.count - offset) else { throw Damaged() }
    return Int(count)
  }

  public mutating func readUInt64() throws -> UInt64 {
    guard offset + 8 <= bytes.count else { throw Damaged() }
    defer { offset += 8 }
    return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  public mutating func readDouble() throws -> Double { Double(bitPattern: try readUInt64()) }

  public mutating func readString() throws -> String {
    let count = try readCount()
    defer { offset += count }
    // Records are checked against their hash before they are read, so the bytes are what rapport
    // wrote; decoding (which repairs rather than traps) is enough, and much faster than validating.
    return String(
      decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
  }

  /// A string's bytes as written, handed to `body` before any string is made of them.
  public mutating func readStringBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) throws -> T
  {
    let count = try readCount()
    defer { offset += count }
    return try body(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
  }

  public mutating func readOptionalString() throws -> String? {
    try readBool() ? try readString() : nil
  }

  /// Reads `count`-prefixed elements (inlinable, so each caller gets a copy for its type).
  @inlinable
  public mutating func readArray<T>(_ element: (inout BinaryReader) throws -> T) throws -> [T] {
    let count = try readCount()
    var result: [T] = []
    // A count is at most the bytes left, but an element can be far larger than a byte: reserve
    // a little, and let a long array grow as it is read.
    result.reserveCapacity(min(count, 1024))
    for _ in 0..<count { result.append(try element(&self)) }
    return result
  }
}

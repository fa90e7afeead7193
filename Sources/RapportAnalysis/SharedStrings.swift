import RapportSystem

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Strings read once per record: a path, name or question that recurs is kept once. Each is
/// looked up by its bytes' hash before a string is made, so one read again costs a hash and a
/// comparison rather than a new string, hashed again.
final class Strings {
  /// Open addressing: a power of two of slots, at most half of them used.
  private var slots: [(hash: UInt64, text: String)?] = Array(repeating: nil, count: 64)
  private var used = 0

  /// The string of `bytes` (UTF-8), the copy already read when there is one. Short strings are
  /// stored inline anyway.
  func shared(_ bytes: UnsafeRawBufferPointer) -> String {
    guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
    let hash = ContentHash.of(bytes)
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while let slot = slots[index] {
      if slot.hash == hash, Self.text(slot.text, equals: bytes) { return slot.text }
      index = (index + 1) & mask
    }
    let text = String(decoding: bytes, as: UTF8.self)
    slots[index] = (hash, text)
    used += 1
    if used * 2 > slots.count { grow() }
    return text
  }

  /// Twice the slots, each string placed again.
  private func grow() {
    let old = slots
    slots = Array(repeating: nil, count: old.count * 2)
    let mask = slots.count - 1
    for case let slot? in old {
      var index = Int(truncatingIfNeeded: slot.hash) & mask
      while slots[index] != nil { index = (index + 1) & mask }
      slots[index] = slot
    }
  }

  /// Whether a string's UTF-8 is exactly `bytes`.
  private static func text(_ text: String, equals bytes: UnsafeRawBufferPointer) -> Bool {
    guard text.utf8.count == bytes.count else { return false }
    var copy = text
    return copy.withUTF8 { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
  }
}

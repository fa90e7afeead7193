import RapportSystem

/// Reads a file's text from disk for look-ups in files the editor does not have open.
enum FileText {
  /// The file's text (invalid UTF-8 repaired, a byte-order mark dropped), or nil when it cannot
  /// be read.
  static func read(_ path: String) -> String? {
    var buffer: [UInt8] = []
    guard case .success = FileSystem.read(path, into: &buffer, maxBytes: 16 << 20) else {
      return nil
    }
    let bytes = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? buffer.dropFirst(3) : buffer[...]
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Markdown {
  /// Whether a link destination uses a scheme that can run code or read local files.
  static func isUnsafe(_ url: String) -> Bool {
    let schemes = ["javascript:", "vbscript:", "file:", "data:"]
    // Most links start with a dozen ASCII characters, which decide it without the Unicode
    // tables; the twelfth is read so that no later mark could join the eleventh.
    var copy = url
    let start = copy.withUTF8 { bytes -> String? in
      var kept: [UInt8] = []
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        switch byte {
        case 9...13, 32: continue
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept.append(byte + 32)
        default: kept.append(byte)
        }
        if kept.count == 12 { break }
      }
      return String(decoding: kept, as: UTF8.self)
    }
    let scheme = start ?? url.lowercased().filter { !$0.isWhitespace }
    return schemes.contains { scheme.hasPrefix($0) }
  }
}

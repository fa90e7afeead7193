/// Converts between `file:` URIs and absolute file paths, percent-decoding and encoding.
enum FileURI {
  /// The path of a `file:` URI, percent-decoded; nil for another scheme or for escapes that do
  /// not decode to UTF-8. A host other than `localhost` is kept as `//host/path`.
  static func path(fromURI uri: String) -> String? {
    guard uri.count > 5, uri.prefix(5).lowercased() == "file:" else { return nil }
    var rest = Substring(uri.dropFirst(5))
    if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
    var host: Substring = ""
    if rest.hasPrefix("//") {
      rest = rest.dropFirst(2)
      let slash = rest.firstIndex(of: "/") ?? rest.endIndex
      host = rest[..<slash]
      rest = rest[slash...]
    }
    guard let decoded = percentDecoded(rest), decoded.hasPrefix("/") else { return nil }
    if host.isEmpty || host.lowercased() == "localhost" { return decoded }
    guard let hostName = percentDecoded(host) else { return nil }
    return "//" + hostName + decoded
  }

  /// A `file:` URI for an absolute path: bytes other than unreserved characters and `/` are
  /// percent-encoded.
  static func uri(fromPath path: String) -> String {
    var uri = "file://"
    if !path.hasPrefix("/") { uri += "/" }
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    for byte in path.utf8 {
      if isUnreserved(byte) || byte == UInt8(ascii: "/") {
        bytes.append(byte)
      } else {
        bytes.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      }
    }
    return uri + String(decoding: bytes, as: UTF8.self)
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default: return false
    }
  }

  private static func percentDecoded(_ text: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue),
        let low = iterator.next().flatMap(hexValue)
      else { return nil }
      bytes.append(high << 4 | low)
    }
    guard !bytes.contains(0) else { return nil }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}

import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Text validated run by run is what validating the whole buffer at once gives, on random bytes:
/// valid text past ASCII, truncated and overlong sequences, stray continuation bytes, surrogates.
@Suite struct UTF8RunsTests {
  @Test func sameAsValidatingAtOnce() {
    let pieces: [[UInt8]] = [
      Array("plain ASCII text that runs past eight bytes".utf8), Array("é".utf8), Array("—".utf8),
      Array("🙂".utf8), [0x80], [0xC3], [0xE2, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80],
      [0xF4, 0x90, 0x80, 0x80], [0xFF], Array("ab".utf8), [0x0A], [0x00],
    ]
    var random = SeededRandom(seed: 3)
    var invalid = 0
    for _ in 0..<5000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...8, using: &random) {
        bytes += pieces.randomElement(using: &random)!
      }
      let wanted = String(validating: bytes, as: UTF8.self)
      let got = bytes.withUnsafeBytes { UTF8Runs.string(validating: $0) }
      if wanted == nil { invalid += 1 }
      #expect(got == wanted, "\(bytes)")
      #expect(got.map { Array($0.utf8) == bytes } ?? true)
    }
    #expect(invalid > 1000)
  }
}

import RapportMarkdown
import Testing

/// Finding a byte with `memchr`, in typed and raw buffers.
@Suite struct ByteSearchTests {
  @Test func findsEachOccurrenceFromWhereItStartsAndNothingPastTheEnd() {
    let bytes: [UInt8] = Array("#a#b#".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var found: [Int] = []
      var start = 0
      while let index = buffer.firstIndex(of: UInt8(ascii: "#"), from: start) {
        found.append(index)
        start = index + 1
      }
      #expect(found == [0, 2, 4])
      #expect(buffer.firstIndex(of: UInt8(ascii: "z"), from: 0) == nil)
      #expect(buffer.firstIndex(of: UInt8(ascii: "#"), from: 5) == nil)
      let tail = UnsafeBufferPointer(rebasing: buffer[3...])
      #expect(tail.firstIndex(of: UInt8(ascii: "#"), from: 0) == 1)
    }
    bytes.withUnsafeBytes { raw in
      #expect(raw.firstIndex(of: UInt8(ascii: "b"), from: 1) == 3)
      #expect(raw.firstIndex(of: UInt8(ascii: "a"), from: 2) == nil)
    }
    [UInt8]().withUnsafeBufferPointer { #expect($0.firstIndex(of: 0, from: 0) == nil) }
  }
}

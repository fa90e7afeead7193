import RapportSystem
import RapportTestSupport
import Testing

@testable import RapportRendering

/// SVG markup built on bytes reads as the same text a string interpolation gives.
@Suite struct SVGTextTests {
  @Test func integersAndTextReadAsStringInterpolationWrites() {
    var random = SeededRandom(seed: 3)
    let edges = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.min + 1]
    for index in 0..<2_000 {
      let value = index < edges.count ? edges[index] : random.int(-1_000_000...1_000_000)
      let name = random.pick(["", "a", "é\u{0301}", "<&>", "—"])
      var svg: SVGText = "<g x=\"\(value)\">"
      svg += "\(name)\(value)\(1.5)</g>"
      #expect(svg.string == "<g x=\"\(value)\">\(name)\(value)\(1.5)</g>")
    }
  }
}

/// Numbers written into byte buffers read as `String` writes them.
@Suite struct DecimalBytesTests {
  @Test func everyMagnitudeReadsAsStringWritesIt() {
    var random = SeededRandom(seed: 5)
    var values: [Int64] = [0, 1, -1, 9, 10, 99, 100, .max, .min, .min + 1, 999_999_999_999_999_999]
    for _ in 0..<2_000 { values.append(Int64.random(in: .min ... .max, using: &random)) }
    for value in values {
      var bytes: [UInt8] = Array("x".utf8)
      bytes.appendDecimal(value)
      #expect(String(decoding: bytes, as: UTF8.self) == "x\(value)")
    }
  }
}

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

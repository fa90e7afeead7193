import Mustache
import RapportRendering
import RapportTestSupport
import Testing

/// Thousands of random templates and pages, rendered by both engines: the output must be the same
/// byte for byte.
@Suite struct RandomTemplateTests {
  @Test func randomTemplatesRenderAsInSwiftMustache() throws {
    var compared = 0
    let optionalNames = SampleMaker.optionalNames(of: Outer.self)
    for seed in 0..<UInt64(1000) {
      var random = SeededRandom(seed: seed)
      var sources: [String: String] = [:]
      // `main` may include `first` and `second`; `first` may include `second`.
      for (name, partials, pieces) in [
        ("second", [String](), 0...6), ("first", ["second"], 0...8),
        ("main", ["first", "second"], 1...40),
      ] {
        let base: RandomTemplateWriter.Frame = name == "main" ? .record(.outer) : .anyRecord
        var writer = RandomTemplateWriter(
          random: random, base: base, partials: partials, pieces: random.int(pieces))
        sources[name] = writer.template()
        random = writer.random
      }

      let compiled = TemplateCompiler.compile(
        templateNamed: "main", root: Outer.self, sources: sources)
      guard let program = compiled.program else {
        Issue.record("does not compile: \(compiled.problems)\n\(sources)")
        continue
      }
      let library: MustacheLibrary
      do {
        library = try ReferenceRenderer.library(sources)
      } catch {
        Issue.record("swift-mustache does not parse it: \(error)\n\(sources)")
        continue
      }
      for page in 0..<3 {
        var maker = SampleMaker(
          seed: seed &* 31 &+ UInt64(page), optionalNames: optionalNames,
          absence: [0, 0.4, 1][page])
        let outer = Outer.sample(&maker)
        DifferentialTesting.expectSame(
          "main", outer, program: program, library: library,
          context: "seed \(seed), page \(page), absent \(maker.absent.sorted())\n\(sources)")
        compared += 1
      }
    }
    #expect(compared == 3000)
  }
}

import Foundation
import RapportRendering
import Synchronization
import Testing

/// One compiled program rendering pages on several threads at once.
@Suite struct ConcurrencyTests {
  @Test func oneProgramRendersOnManyThreads() throws {
    let template = """
      {{% CONTENT_TYPE: MARKDOWN}}
      # {{title}}
      {{#rows}}
      - {{label}} ({{count}}){{#owner}} by {{name}}{{/owner}}
      {{/rows}}
      {{> footer}}
      """
    let compiled = TemplateTesting.compile(
      template, Sheet.self, partials: ["footer": "  {{note}}\n"])
    let program = try #require(compiled.program)
    let pages = (0..<64).map { index in
      Sheet(
        title: "Sheet *\(index)*", note: "<\(index)>",
        rows: (0..<(index % 7)).map {
          Row(
            label: "row_\($0)", count: $0 * index, owner: $0 % 2 == 0 ? Person(name: "P\($0)") : nil
          )
        })
    }
    let expected = pages.map { program.render($0) }
    let mismatches = Mutex(0)
    let threads = 6
    let group = DispatchGroup()
    for thread in 0..<threads {
      group.enter()
      Thread.detachNewThread {
        var output = TemplateOutput(capacity: 4096)
        for round in 0..<50 {
          let index = (thread * 13 + round * 7) % pages.count
          output.removeAll()
          program.render(pages[index], into: &output)
          if output.text != expected[index] { mismatches.withLock { $0 += 1 } }
        }
        group.leave()
      }
    }
    group.wait()
    #expect(mismatches.withLock { $0 } == 0)
    #expect(expected[3].contains("\\*3\\*"))
  }
}

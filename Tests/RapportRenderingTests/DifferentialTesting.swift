import Foundation
import Mustache
import RapportRendering
import Testing

/// Rendering the same template text and data with rapport's engine and with swift-mustache.
enum DifferentialTesting {
  /// The repository's templates, name to text, read from `templates/`.
  static let repositoryTemplates: [String: String] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")
    var sources: [String: String] = [:]
    for name in [
      "index.html", "index.md", "account.html", "account.md", "style", "note.md", "profile.md",
      "person.html", "person.md", "tellback.md",
    ] {
      let file = folder.appendingPathComponent(name + ".mustache")
      sources[name] = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }
    return sources
  }()

  /// Expects both engines to render template `name` of `sources` identically for `page`.
  static func expectSame<R: TemplateRecord>(
    _ name: String, _ page: R, program: TemplateProgram<R>, library: MustacheLibrary,
    context: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let ours = program.render(page)
    let reference = ReferenceRenderer.render(name, page, library: library)
    if ours != reference {
      Issue.record(
        "engines differ \(firstDifference(ours, reference))\n\(context())",
        sourceLocation: sourceLocation)
    }
  }

  /// Where two texts first differ, with a little of each around it.
  static func firstDifference(_ ours: String, _ reference: String) -> String {
    let a = Array(ours.utf8)
    let b = Array(reference.utf8)
    var index = 0
    while index < a.count, index < b.count, a[index] == b[index] { index += 1 }
    func around(_ bytes: [UInt8]) -> String {
      let start = max(0, index - 40)
      return String(decoding: bytes[start..<min(bytes.count, index + 40)], as: UTF8.self)
        .debugDescription
    }
    return "at byte \(index):\n  ours:           \(around(a))\n  swift-mustache: \(around(b))"
  }
}

import Foundation
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// The front matter read without a YAML library gives exactly what Yams gives, or is left to it.
@Suite struct SimpleYAMLTests {
  /// A node's every part that rapport reads: kinds, texts, styles, positions and order.
  static func describe(_ node: YAMLNode) -> String {
    func mark(_ mark: YAMLNode.Mark?) -> String { mark.map { "@\($0.line):\($0.column)" } ?? "@-" }
    switch node {
    case .scalar(let scalar):
      return "\(scalar.style)\(mark(scalar.mark))\(String(reflecting: scalar.string))"
    case .sequence(let items, let at):
      return "[\(mark(at)) " + items.map(describe).joined(separator: ", ") + "]"
    case .mapping(let pairs, let at):
      return "{\(mark(at)) "
        + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
    }
  }

  /// Whether `text` is read the same way by both, or left to Yams; says which.
  static func agrees(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    guard let simple = SimpleYAML.node(text) else { return false }
    let composed = Result { try YAMLFields.composed(text) }
    switch composed {
    case .success(let node?):
      #expect(describe(simple) == describe(node), "\(text)", sourceLocation: sourceLocation)
    case .success(nil):
      Issue.record(
        "Yams finds no document in \(String(reflecting: text))", sourceLocation: sourceLocation)
    case .failure(let error):
      Issue.record(
        "Yams refuses what was read without it: \(String(reflecting: text)): \(error)",
        sourceLocation: sourceLocation)
    }
    return true
  }

  /// The text between a file's opening and closing `---` lines.
  static func frontMatter(_ file: String) -> String? {
    guard file.hasPrefix("---\n") else { return nil }
    let rest = file.dropFirst(4)
    guard let end = rest.range(of: "\n---\n") ?? rest.range(of: "\n---", options: .backwards)
    else { return nil }
    return String(rest[..<end.lowerBound]) + "\n"
  }

  @Test func theSampleNotebooksFrontMatterIsAllReadWithoutYamsAndTheSame() throws {
    let root = RepositoryPaths.root.appendingPathComponent("notebooks").path
    var files = 0
    for path in try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
    where path.hasSuffix(".md") {
      let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
      guard let yaml = Self.frontMatter(text) else { continue }
      #expect(Self.agrees(yaml), "\(path) is left to Yams")
      files += 1
    }
    #expect(files > 50)
  }

  @Test func eachShapeIsReadTheSameOrLeftToYams() {
    // Read without Yams: every value shape of the subset.
    for text in [
      "date: 2024-02-01\ntype: relationship\n",
      "scores: { nps: 8, health: 2 }\nthemes: [price, training]\n",
      "channel:\ntype: x\n",
      "channel:   \n# a comment\n\ntype: x # trailing\n",
      "name: José Núñez\ntitle: \"Directora, Ops\"\nnote: 'plain: quoted'\n",
      "contacts:\n  - { id: a, name: A }\n  - { id: b, name: B, reports_to: a }\nteam: []\n",
      "contacts:\n- id: a\n  name: A\n- id: b\n",
      "scores:\n  nps: 9\n  health: 4\nafter: yes\n",
      "url: https://example.com/a#b\ntime: 10:30\nlang: C#\nlist: a, b\nneg: -3\n",
      "attendees: [\"Ana\", 'Bo', Cy]\nempty: {}\nx: ~\n",
      "a:\n  b:\n    c: [d]\n",
      "name: 🙂 Ana Núñez\nlist: [ü, 🙂, 'é']\n",
      // One long line of many values, with other than ASCII.
      "a: [" + Array(repeating: "é", count: 5000).joined(separator: ", ") + "]\n",
    ] {
      #expect(Self.agrees(text), "\(text)")
    }
    // Left to Yams: outside the subset, or not YAML at all.
    for text in [
      "", "# only a comment\n", "- a\n- b\n", "key: value\n  more\n", "a: 1\na: 2\n",
      "a: &x 1\nb: *x\n", "a: !str 1\n", "a: |\n  text\n", "a: \"x\\ny\"\n", "a: 'it''s'\n",
      "a:\tb\n", "a: b\r\n", "a: [b, [c]]\n", "a: [b, ]\n", "a: {b:1}\n", "a: { b: }\n",
      "a b : c\n", "? a\n: b\n", "a: b: c\n", "a: \"b\": c\n", "a: [b]#c\n", "---\na: b\n",
      "a: b\n---\n", "a: b\n...\n", "<<: {a: 1}\n", "a:\n  - b\n   - c\n", "a:\n-\n  b\n",
      "  a: b\n", "a: @b\n", "a: `b`\n", "a: %b\n", "a:\n  b: 1\n c: 2\n",
      // Characters libyaml reads as line breaks, skips, or refuses.
      "a: b # c\u{2028}d: e\n", "a: 'x\u{85}y'\n", "a: x\u{2029}y\n", "a: b\u{7}\n",
      "a: b\u{7F}\n", "a: b\u{9F}\n", "a: x\u{FFFF}\n", "a: \u{FEFF}y\n", "a: # c\u{7F}\n",
    ] {
      #expect(!Self.agrees(text), "\(String(reflecting: text)) was read without Yams")
    }
  }

  @Test func keysWrittenTwiceAreFoundInShortAndLongMappings() {
    for count in [1, 2, 16, 17, 40] {
      let keys = (0..<count).map { "k\($0)" }
      let block = keys.map { "\($0): 1\n" }.joined()
      let flow = "m: { " + keys.map { "\($0): 1" }.joined(separator: ", ") + " }\n"
      #expect(Self.agrees(block), "\(count) keys")
      #expect(Self.agrees(flow), "\(count) keys in flow")
      // The last key written again, however many came before it, is left to Yams to report.
      #expect(SimpleYAML.node(block + "\(keys[count - 1]): 2\n") == nil, "\(count) keys")
      let twice = "m: { " + (keys + [keys[count - 1]]).map { "\($0): 1" }.joined(separator: ", ")
      #expect(SimpleYAML.node(twice + " }\n") == nil, "\(count) keys in flow")
    }
  }

  @Test func randomDocumentsAreReadTheSameOrLeftToYams() {
    var random = SeededRandom(seed: 17)
    let keys = [
      "date", "type", "a b", "x.y", "k-1", "_k", "Key", "ünï", "a:b", "a #b", "-k", "k ", "? k",
      "&a k", "'q'", "\"q\"", "k/2", "<<", "",
    ]
    let scalars = [
      "2024-02-01", "plain text", "a, b", "C#", "x #c", "x: y", "x:y", "https://a.b/c", "\"dq\"",
      "'sq'", "'it''s'", "\"a\\\"b\"", "-3", "- x", "~", "null", "", "  ", "*ref", "&a x", "!s x",
      "|", ">", "José Núñez", "a  b", "@x", "`x`", "%x", "a\tb", "O'Brien", "\"x\" # c",
      "\"x\": y", "x # c", "[", "]", "}", "-", "#", "ü: v", "a,b", "\"\"", "''",
      "x\u{2028}y", "\u{FEFF}y", "a\u{85}b", "a\u{7}b", "🙂 b", "'🙂'",
    ]
    let flows = [
      "[a, b]", "[a,b]", "[ a , b ]", "[]", "[a, ]", "[a, [b]]", "{ nps: 8, health: 2 }",
      "{a: 1}", "{a:1}", "{}", "{ a: }", "[\"x\", 'y']", "{ n: \"O'B\" }", "{ n: O'Brien }",
      "[a] # c", "[a]#c", "{ a: 1, a: 2 }", "[a, b", "{ a: [b] }", "[ü, é]", "{ é: 1 }",
    ]
    func pick(_ options: [String]) -> String { options.randomElement(using: &random)! }
    let simple = [
      "text", "2024-02-01", "José Núñez", "a, b", "https://a.b/c", "\"dq\"", "'sq'", "[a, b]",
      "{ nps: 8, health: 2 }", "[]", "C#", "x # c",
    ]
    // Mostly values of the subset, so many documents are read both ways and compared.
    func value() -> String {
      random.chance(0.6) ? pick(simple) : random.chance(0.3) ? pick(flows) : pick(scalars)
    }
    var accepted = 0
    let count = 4000
    for _ in 0..<count {
      var lines: [String] = []
      var used = Set<String>()
      func key() -> String {
        // Mostly fresh keys, so most documents stay valid; a few repeats and odd ones.
        if random.chance(0.85) {
          let fresh = "k\(random.next() % 1000)"
          return used.insert(fresh).inserted ? fresh : pick(keys)
        }
        return pick(keys)
      }
      for _ in 0..<Int.random(in: 1...6, using: &random) {
        switch random.next() % 10 {
        case 0:
          lines.append(pick(["", "# note", "  # indented note", "---", "  "]))
        case 1, 2:
          // A list below its key: indentless or indented, with odd indents now and then.
          let indent = pick(["", "  ", "    ", " "])
          lines.append(key() + ":" + pick(["", " ", " # c"]))
          for _ in 0..<Int.random(in: 1...3, using: &random) {
            if random.chance(0.4) {
              lines.append(indent + "- " + key() + ": " + value())
              if random.chance(0.6) {
                lines.append(indent + pick(["  ", "   ", " ", ""]) + key() + ": " + value())
              }
            } else {
              lines.append(indent + pick(["- ", "-  ", "-", "- # c\n" + indent + "  "]) + value())
            }
          }
        case 3:
          lines.append(key() + ":")
          let indent = pick(["  ", "    ", " "])
          for _ in 0..<Int.random(in: 1...3, using: &random) {
            lines.append(indent + key() + ": " + value())
          }
        default:
          lines.append(key() + (random.chance(0.8) ? ": " : pick([":", ":  ", " : "])) + value())
        }
      }
      let text = lines.joined(separator: "\n") + (random.chance(0.9) ? "\n" : "")
      if Self.agrees(text) { accepted += 1 }
    }
    // The comparison means something only if a good share is read without Yams.
    #expect(accepted > count / 10, "\(accepted) of \(count) read without Yams")
  }

  @Test(
    .enabled(
      if: RepositoryPaths.hasSharedRealWorld,
      "needs ../shared/realworld beside the repository (present in CI only)"))
  func thirdPartyFrontMatterIsReadTheSameOrLeftToYams() throws {
    let root = RepositoryPaths.sharedRealWorld
    var files = 0
    for folder in ["frontmatter", "notes"] {
      let walker = FileManager.default.enumerator(
        at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)!
      for case let url as URL in walker {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8),
          let yaml = Self.frontMatter(text)
        else { continue }
        _ = Self.agrees(yaml)
        files += 1
      }
    }
    #expect(files > 100)
  }
}

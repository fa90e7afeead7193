import RapportTestSupport

/// Writes random templates for `Outer` pages: text, variables, sections, comments, partials,
/// delimiter changes and pragmas, on their own lines or inline, with whitespace around them.
///
/// It avoids what the two engines are known to treat differently: `{{.}}` on a record or in an
/// inverted section over a list (swift-mustache prints a type name or `[]`), lists or records
/// written as text, and partials including themselves.
struct RandomTemplateWriter {
  enum Shape { case outer, inner, leaf }

  enum Kind {
    case text, number, flag, texts
    case record(Shape)
    case list(Shape)
  }

  /// What a section pushed, as far as names are concerned.
  enum Frame {
    case record(Shape)
    /// Declares every name of every shape: the unknown includer of a partial.
    case anyRecord
    case text, number
    /// The empty list swift-mustache pushes for an inverted section.
    case opaque
  }

  static func fields(_ shape: Shape) -> [(String, Kind)] {
    let common: [(String, Kind)] = [("a", .text), ("n", .number), ("f", .flag)]
    switch shape {
    case .outer:
      return common + [
        ("title", .text), ("child", .record(.inner)), ("items", .list(.inner)), ("tags", .texts),
        ("has_items", .flag), ("has_tags", .flag),
      ]
    case .inner:
      return common + [
        ("c", .text), ("leaf", .record(.leaf)), ("leaves", .list(.leaf)), ("words", .texts),
        ("children", .list(.inner)), ("has_leaves", .flag), ("has_words", .flag),
        ("has_children", .flag),
      ]
    case .leaf: return common + [("d", .text), ("m", .number)]
    }
  }

  static let everyField: [(String, Kind)] = {
    var seen = Set<String>()
    return (fields(.outer) + fields(.inner) + fields(.leaf)).filter { seen.insert($0.0).inserted }
  }()

  var random: SeededRandom
  var frames: [Frame]
  var opening = "{{"
  var closing = "}}"
  /// Partials this template may include.
  var partials: [String]
  var piecesLeft: Int

  init(random: SeededRandom, base: Frame, partials: [String], pieces: Int) {
    self.random = random
    self.frames = [base]
    self.partials = partials
    self.piecesLeft = pieces
  }

  mutating func template() -> String {
    var text = random.chance(0.3) ? pragma() + random.pick(["\n", ""]) : ""
    while piecesLeft > 0 { text += piece(depth: 0) }
    return text
  }

  mutating func body(depth: Int) -> String {
    var text = ""
    for _ in 0..<random.int(0...5) where piecesLeft > 0 { text += piece(depth: depth) }
    return text
  }

  mutating func piece(depth: Int) -> String {
    piecesLeft -= 1
    switch random.int(0...15) {
    case 0...2: return literal()
    case 3: return random.pick(["\n", "\r\n", "\n  ", "\n\t", " \n"])
    case 4...6: return variable()
    case 7...8 where depth < 4: return section(inverted: false, depth: depth)
    case 9 where depth < 4: return section(inverted: true, depth: depth)
    case 10:
      return onOwnLine(opening + "!" + random.pick([" note ", "\nmulti\nline\n", "x"]) + closing)
    case 11 where !partials.isEmpty:
      return onOwnLine(opening + ">" + pad() + random.pick(partials) + pad() + closing)
    case 12: return onOwnLine(setDelimiters())
    case 13: return onOwnLine(pragma())
    default: return literal()
    }
  }

  /// Text that cannot be read as a tag with the current delimiters.
  mutating func literal() -> String {
    let unsafe = Set(opening.unicodeScalars.prefix(1)).union(["{", "<", "%", "["])
    var text = ""
    for _ in 0..<random.int(1...3) {
      let piece = random.pick(SeededRandom.pieces)
      if !piece.unicodeScalars.contains(where: unsafe.contains) { text += piece }
    }
    return text
  }

  mutating func pad() -> String { random.pick(["", "", " ", "  "]) }

  /// `tag` inline, or alone on its line with indentation and trailing whitespace.
  mutating func onOwnLine(_ tag: String) -> String {
    guard random.chance(0.5) else { return tag }
    return random.pick(["\n", "\r\n"]) + random.pick(["", " ", "  ", "\t"]) + tag
      + random.pick(["", " ", "\t"]) + random.pick(["\n", "\r\n", "\n\n"])
  }

  mutating func pragma() -> String {
    opening + "%" + pad() + "CONTENT_TYPE:" + pad() + random.pick(["HTML", "MARKDOWN", "TEXT"])
      + pad() + closing
  }

  mutating func setDelimiters() -> String {
    // swift-mustache crashes on a section closed with one-character delimiters.
    let next = random.pick([("{{", "}}"), ("<%", "%>"), ("[[", "]]")])
    let tag = opening + "=" + next.0 + " " + next.1 + "=" + closing
    (opening, closing) = next
    return tag
  }

  mutating func variable() -> String {
    let top = frames[frames.count - 1]
    if random.chance(0.1), case .text = top { return opening + pad() + "." + pad() + closing }
    if random.chance(0.05), case .number = top { return opening + "." + closing }
    var names = scalarNames()
    names += ["zz", "a.b", "items.a", "child.zz", ".a", "tags.n"]
    let name = random.pick(names)
    switch random.int(0...5) {
    case 0 where opening == "{{": return "{{{" + pad() + name + pad() + "}}}"
    case 1: return opening + "&" + pad() + name + pad() + closing
    default: return opening + pad() + name + pad() + closing
    }
  }

  /// Names that read text, numbers or flags here, dotted ones included.
  func scalarNames() -> [String] {
    var names: [String] = []
    for (name, kind) in visibleFields() {
      switch kind {
      case .text, .number, .flag: names.append(name)
      case .record(let shape):
        for (field, inner) in Self.fields(shape) {
          switch inner {
          case .text, .number, .flag: names.append(name + "." + field)
          case .record(let leaf):
            names += Self.fields(leaf).map { name + "." + field + "." + $0.0 }
              .filter { $0.hasSuffix(".d") || $0.hasSuffix(".a") }
          default: break
          }
        }
      default: break
      }
    }
    return names
  }

  /// The names the frames declare, innermost first, each with what it reads here.
  func visibleFields() -> [(String, Kind)] {
    var seen = Set<String>()
    var result: [(String, Kind)] = []
    for frame in frames.reversed() {
      let fields: [(String, Kind)]
      switch frame {
      case .record(let shape): fields = Self.fields(shape)
      case .anyRecord: fields = Self.everyField
      case .text, .number, .opaque: fields = []
      }
      for field in fields where seen.insert(field.0).inserted { result.append(field) }
    }
    return result
  }

  mutating func section(inverted: Bool, depth: Int) -> String {
    var choices: [(String, Kind?)] = visibleFields().map { ($0.0, $0.1) }
    choices += [("zz", nil), ("child.leaf", .record(.leaf)), ("child.leaves", .list(.leaf))]
    let (name, kind) = random.pick(choices)
    // A dotted section only reads the child when `child` is the page's own.
    let resolvedKind =
      name.hasPrefix("child.") && !visibleFields().contains { $0.0 == "child" } ? nil : kind
    let savedFrames = frames
    let savedDelimiters = (opening, closing)
    let open = opening + (inverted ? "^" : "#") + pad() + name + pad() + closing
    switch (resolvedKind, inverted) {
    case (.record(let shape)?, false), (.list(let shape)?, false): frames.append(.record(shape))
    case (.text?, false), (.texts?, false): frames.append(.text)
    case (.number?, false): frames.append(.number)
    case (.list?, true), (.texts?, true): frames.append(.opaque)
    default: break
    }
    let content = body(depth: depth + 1)
    let close = opening + "/" + pad() + name + pad() + closing
    frames = savedFrames
    (opening, closing) = savedDelimiters
    return onOwnLine(open) + content + onOwnLine(close)
  }
}

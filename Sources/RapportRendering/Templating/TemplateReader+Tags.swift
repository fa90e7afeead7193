/// Reading one tag, from its opening delimiter.
extension TemplateReader {
  mutating func readTag() throws(TemplateProblem) {
    let start = offset
    offset += opening.count
    guard offset < bytes.count else {
      throw problem(at: position(of: start), "`\(openingText)` opens a tag that is never closed")
    }
    switch bytes[offset] {
    case UInt8(ascii: "#"), UInt8(ascii: "^"):
      let inverted = bytes[offset] == UInt8(ascii: "^")
      offset += 1
      let name = try readName(tagStart: start, sigil: inverted ? "^" : "#")
      let standalone = endsStandaloneLine()
      if !standalone { flushWhitespace() }
      guard levels.count <= TemplateParser.maximumDepth else {
        throw problem(
          at: position(of: start),
          "sections nest more than \(TemplateParser.maximumDepth) deep here")
      }
      levels.append(
        Level(
          name: name, inverted: inverted, position: position(of: start), standalone: standalone,
          outerOpening: opening, outerClosing: closing))
      whitespace = offset..<offset
      atLineStart = standalone
    case UInt8(ascii: "/"):
      offset += 1
      let name = try readName(tagStart: start, sigil: "/")
      let level = levels[levels.count - 1]
      guard levels.count > 1 else {
        throw problem(
          at: position(of: start), "`\(tag("/", name))` closes a section that was never opened")
      }
      guard name == level.name else {
        throw problem(
          at: position(of: start),
          "`\(tag("/", name))` does not close `\(level.openingTag)`, opened at \(level.position)"
        )
      }
      if !endsStandaloneLine() { flushWhitespace() }
      let closed = levels.removeLast()
      opening = closed.outerOpening
      closing = closed.outerClosing
      levels[levels.count - 1].nodes.append(
        TemplateNode(
          .section(closed.name, inverted: closed.inverted, children: closed.nodes),
          at: closed.position))
      whitespace = offset..<offset
      atLineStart = closed.standalone
    case UInt8(ascii: "!"):
      guard let end = firstMatch(of: closing, from: offset + 1) else {
        throw problem(
          at: position(of: start), "this comment is never closed with `\(closingText)`")
      }
      offset = end + closing.count
      // Whitespace before a comment that is not standalone stays pending, as in swift-mustache.
      atLineStart = endsStandaloneLine()
    case UInt8(ascii: "{"):
      flushWhitespace()
      offset += 1
      let name = try readName(tagStart: start, sigil: "{")
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "}") else {
        throw problem(
          at: position(of: start),
          "`\(openingText){\(name)` is not closed with `\(closingText)}`")
      }
      offset += 1
      append(.variable(name, escaped: false), at: start)
      atLineStart = false
    case UInt8(ascii: "&"):
      flushWhitespace()
      offset += 1
      let name = try readName(tagStart: start, sigil: "&")
      append(.variable(name, escaped: false), at: start)
      atLineStart = false
    case UInt8(ascii: ">"):
      try readPartial(tagStart: start)
    case UInt8(ascii: "<"), UInt8(ascii: "$"):
      throw problem(
        at: position(of: start),
        "`\(openingText)<` and `\(openingText)$` (template inheritance) are not supported; use a partial, `\(tag("> ", "name"))`"
      )
    case UInt8(ascii: "="):
      offset += 1
      try readDelimiters(tagStart: start)
      atLineStart = endsStandaloneLine()
    case UInt8(ascii: "%"):
      offset += 1
      let contentType = try readPragma(tagStart: start)
      append(.contentType(contentType), at: start)
      atLineStart = endsStandaloneLine()
    default:
      flushWhitespace()
      let name = try readName(tagStart: start, sigil: "")
      append(.variable(name, escaped: true), at: start)
      atLineStart = false
    }
  }

  mutating func readPartial(tagStart start: Int) throws(TemplateProblem) {
    offset += 1
    skipWhitespace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "*") {
      throw problem(
        at: position(of: start),
        "`\(openingText)>*` (a partial named by a value) is not supported; name the partial")
    }
    let name = try readName(tagStart: start, sigil: ">", allowingSlash: true)
    // swift-mustache writes the whitespace before a partial even when it also indents by it.
    let indentation = String(decoding: bytes[whitespace], as: UTF8.self)
    flushWhitespace()
    let standalone = endsStandaloneLine()
    append(.partial(name, indentation: standalone ? indentation : nil), at: start)
    whitespace = offset..<offset
    atLineStart = standalone
  }

  /// Reads `name` and the closing delimiter, with optional whitespace around the name.
  mutating func readName(
    tagStart start: Int, sigil: String, allowingSlash: Bool = false
  ) throws(TemplateProblem) -> String {
    skipWhitespace()
    let nameStart = offset
    while offset < bytes.count, Self.isNameByte(bytes[offset], allowingSlash: allowingSlash) {
      offset += 1
    }
    let name = String(decoding: bytes[nameStart..<offset], as: UTF8.self)
    skipWhitespace()
    guard matches(closing, at: offset) else {
      let written = openingText + sigil + name
      guard offset < bytes.count else {
        throw problem(at: position(of: start), "`\(written)` is never closed with `\(closingText)`")
      }
      let found = String(decoding: bytes[offset..<scalarEnd(offset)], as: UTF8.self)
      throw problem(
        at: position(of: start),
        "`\(written)` is not closed: expected `\(closingText)` but found `\(found)`; names use letters, digits and `.-_?`"
      )
    }
    offset += closing.count
    return name
  }

  /// Reads `{{=<% %>=}}` after the `=`.
  mutating func readDelimiters(tagStart start: Int) throws(TemplateProblem) {
    let malformed = problem(
      at: position(of: start),
      "malformed set-delimiter tag: write two delimiters separated by a space, as in `\(openingText)=<% %>=\(closingText)`"
    )
    skipWhitespace()
    let newOpening = readUntilWhitespace(orEquals: false)
    guard offset < bytes.count else { throw malformed }
    skipWhitespace()
    let newClosing = readUntilWhitespace(orEquals: true)
    guard offset < bytes.count else { throw malformed }
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "="), matches(closing, at: offset + 1)
    else { throw malformed }
    offset += 1 + closing.count
    guard !newOpening.isEmpty, !newClosing.isEmpty else { throw malformed }
    opening = newOpening
    closing = newClosing
  }

  /// Reads `CONTENT_TYPE: NAME` and the closing delimiter after the `%`.
  mutating func readPragma(tagStart start: Int) throws(TemplateProblem) -> TemplateContentType {
    let known = TemplateContentType.allCases.map(\.rawValue).joined(separator: ", ")
    skipWhitespace()
    let variable = readPragmaWord()
    skipWhitespace()
    var value = ""
    var wellFormed = false
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ":") {
      offset += 1
      skipWhitespace()
      value = readPragmaWord()
      skipWhitespace()
      wellFormed = !variable.isEmpty && !value.isEmpty && matches(closing, at: offset)
    }
    guard wellFormed else {
      throw problem(
        at: position(of: start),
        "malformed pragma: write `\(openingText)% CONTENT_TYPE: TYPE\(closingText)` with TYPE one of \(known)"
      )
    }
    offset += closing.count
    guard variable == "CONTENT_TYPE", let contentType = TemplateContentType(rawValue: value) else {
      throw problem(
        at: position(of: start),
        "unknown pragma `\(variable): \(value)`; the one pragma is `CONTENT_TYPE` with \(known)")
    }
    return contentType
  }

  mutating func readPragmaWord() -> String {
    let start = offset
    while offset < bytes.count, Self.isNameByte(bytes[offset], allowingSlash: false),
      bytes[offset] != UInt8(ascii: "("), bytes[offset] != UInt8(ascii: ")")
    {
      offset += 1
    }
    return String(decoding: bytes[start..<offset], as: UTF8.self)
  }

  mutating func readUntilWhitespace(orEquals: Bool) -> [UInt8] {
    let start = offset
    while offset < bytes.count, !isWhitespace(at: offset),
      !(orEquals && bytes[offset] == UInt8(ascii: "="))
    {
      offset = scalarEnd(offset)
    }
    return Array(bytes[start..<offset])
  }

  /// Letters, digits and `.-_?*()`, as swift-mustache reads names; partial names add `/`.
  static func isNameByte(_ byte: UInt8, allowingSlash: Bool) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
      UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "("),
      UInt8(ascii: ")"):
      return true
    case UInt8(ascii: "/"): return allowingSlash
    default: return false
    }
  }

  mutating func skipWhitespace() {
    while offset < bytes.count, isWhitespace(at: offset) { offset = scalarEnd(offset) }
  }

  /// Whether the scalar at `index` is Unicode white space (line breaks included).
  func isWhitespace(at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return byte == .space || (0x09...0x0D).contains(byte) }
    var iterator = bytes[index..<scalarEnd(index)].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    return scalar.properties.isWhitespace
  }

  /// The index just past the scalar starting at `index`.
  func scalarEnd(_ index: Int) -> Int {
    var end = index + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return end
  }

  func firstMatch(of delimiter: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + delimiter.count <= bytes.count {
      if bytes[index] == delimiter[0], matches(delimiter, at: index) { return index }
      index += 1
    }
    return nil
  }

  var openingText: String { String(decoding: opening, as: UTF8.self) }
  var closingText: String { String(decoding: closing, as: UTF8.self) }
}

import RapportMarkdown

/// The cache's binary form of a parsed note and what it holds.
extension ParsedNote {
  func encode(to writer: inout BinaryWriter) {
    writer.writeCount(diagnostics.count)
    for diagnostic in diagnostics { diagnostic.encode(to: &writer) }
    writer.encode(date) { $0.write($1.daysSinceEpoch) }
    for field in [interviewer, type, channel, contact, side, outcome] {
      writer.encode(field) { $0.write($1) }
    }
    writer.encodeArray(attendees)
    writer.writeCount(scores.count)
    for score in scores {
      writer.encodeLocated(score.scale) { $0.write($1) }
      writer.encodeLocated(score.value) { $0.write($1) }
    }
    writer.encodeArray(themes)
    writer.encodeArray(reasons)
    writer.write(confidential)
    writer.write(confidentialAssumed)
    writer.write(confidentialMarked)
    writer.encodeArray(body.tags)
    writer.writeCount(body.quotes.count)
    for quote in body.quotes {
      writer.write(quote.markdown)
      writer.encode(quote.attribution) { $0.write($1) }
      writer.writeStrings(quote.tags)
      writer.write(quote.position)
      writer.encode(quote.hyphenLine) { $0.write($1) }
      writer.encode(quote.hyphenLineAfter) { $0.write($1) }
    }
    writer.writeCount(body.commitments.count)
    for item in body.commitments { item.encode(to: &writer) }
    writer.write(body.summary)
    writer.write(body.hasText)
  }

  init(file: String, from reader: inout BinaryReader) throws {
    self.init(file: file)
    diagnostics = try reader.readArray { try Diagnostic(file: file, from: &$0) }
    date = try reader.decode { Day(daysSinceEpoch: try $0.readInt()) }
    interviewer = try reader.decode { try $0.readString() }
    type = try reader.decode { try $0.readString() }
    channel = try reader.decode { try $0.readString() }
    contact = try reader.decode { try $0.readString() }
    side = try reader.decode { try $0.readString() }
    outcome = try reader.decode { try $0.readString() }
    attendees = try reader.decodeStrings()
    scores = try reader.readArray { reader in
      RawScore(
        scale: try reader.decodeLocated { try $0.readString() },
        value: try reader.decodeLocated { try $0.readDouble() })
    }
    themes = try reader.decodeStrings()
    reasons = try reader.decodeStrings()
    confidential = try reader.readBool()
    confidentialAssumed = try reader.readBool()
    confidentialMarked = try reader.readBool()
    body.tags = try reader.decodeStrings()
    body.quotes = try reader.readArray { reader in
      Quote(
        markdown: try reader.readOptionalString(),
        attribution: try reader.decode { try $0.readString() },
        tags: try reader.readArray { try $0.readString() },
        position: try reader.readPosition(),
        hyphenLine: try reader.decode { try $0.readString() },
        hyphenLineAfter: try reader.decode { try $0.readString() })
    }
    body.commitments = try reader.readArray { try Commitment(from: &$0) }
    body.summary = try reader.readOptionalString()
    body.hasText = try reader.readBool()
  }
}

extension Diagnostic {
  func encode(to writer: inout BinaryWriter) {
    writer.write(file)
    writer.write(position != nil)
    if let position { writer.write(position) }
    writer.write(length)
    writer.write(rule)
    writer.write(message)
    writer.write(withholdsSource)
  }

  init(file _: String, from reader: inout BinaryReader) throws {
    let file = try reader.readString()
    let position = try reader.readBool() ? try reader.readPosition() : nil
    let length = try reader.readInt()
    guard let rule = RuleCatalog.rule(id: try reader.readString()) else {
      throw BinaryReader.Damaged()
    }
    self.init(rule, file: file, at: position, length: length, try reader.readString())
    withholdsSource = try reader.readBool()
  }
}

extension BinaryWriter {
  mutating func write(_ position: SourcePosition) {
    write(position.line)
    write(position.column)
  }

  mutating func encode<T>(_ value: Located<T>?, _ body: (inout BinaryWriter, T) -> Void) {
    write(value != nil)
    if let value { encodeLocated(value, body) }
  }

  mutating func encodeLocated<T>(_ value: Located<T>, _ body: (inout BinaryWriter, T) -> Void) {
    body(&self, value.value)
    write(value.position)
  }

  mutating func encodeArray(_ values: [Located<String>]) {
    writeCount(values.count)
    for value in values { encodeLocated(value) { $0.write($1) } }
  }
}

extension BinaryReader {
  mutating func readPosition() throws -> SourcePosition {
    SourcePosition(line: try readInt(), column: try readInt())
  }

  mutating func decode<T>(_ body: (inout BinaryReader) throws -> T) throws -> Located<T>? {
    try readBool() ? try decodeLocated(body) : nil
  }

  mutating func decodeLocated<T>(_ body: (inout BinaryReader) throws -> T) throws -> Located<T> {
    let value = try body(&self)
    return Located(value, at: try readPosition())
  }

  mutating func decodeStrings() throws -> [Located<String>] {
    try readArray { try $0.decodeLocated { try $0.readString() } }
  }
}

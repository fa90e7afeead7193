import RapportMarkdown

/// A checked interview in binary, for a run that sets interviews aside while it reads the rest.
extension Interview {
  public func encode(to writer: inout BinaryWriter) {
    writer.write(file)
    writer.write(date.daysSinceEpoch)
    for text in [interviewer, type, contactID, contactName] { writer.write(text) }
    writer.write(channel)
    writer.write(contactInRoster)
    writer.writeStrings(attendees)
    writer.writeStrings(attendeeNames)
    writer.write(side.rawValue)
    writer.writeCount(scores.count)
    for score in scores {
      writer.write(score.scale)
      writer.write(score.value)
      writer.write(score.position)
    }
    writer.writeStrings(themes)
    writer.write(outcome?.rawValue)
    writer.writeStrings(reasons)
    writer.write(confidential)
    writer.writeCount(quotes.count)
    for quote in quotes {
      for text in [quote.markdown, quote.speakerID, quote.speakerName] { writer.write(text) }
      writer.writeStrings(quote.themes)
      writer.write(quote.position)
    }
    writer.writeCount(commitments.count)
    for commitment in commitments { commitment.encode(to: &writer) }
    writer.write(summary)
  }

  public init(from reader: inout BinaryReader) throws {
    let file = try reader.readString()
    let date = Day(daysSinceEpoch: try reader.readInt())
    let interviewer = try reader.readString()
    let type = try reader.readString()
    let contactID = try reader.readString()
    let contactName = try reader.readString()
    let channel = try reader.readOptionalString()
    let contactInRoster = try reader.readBool()
    let attendees = try reader.readArray { try $0.readString() }
    let attendeeNames = try reader.readArray { try $0.readString() }
    guard let side = Side(rawValue: try reader.readString()) else { throw BinaryReader.Damaged() }
    let scores = try reader.readArray { reader in
      Score(
        scale: try reader.readString(), value: try reader.readDouble(),
        position: try reader.readPosition())
    }
    let themes = try reader.readArray { try $0.readString() }
    let outcome = try reader.readOptionalString().map { text in
      guard let outcome = Outcome(rawValue: text) else { throw BinaryReader.Damaged() }
      return outcome
    }
    let reasons = try reader.readArray { try $0.readString() }
    let confidential = try reader.readBool()
    let quotes = try reader.readArray { reader in
      AttributedQuote(
        markdown: try reader.readString(), speakerID: try reader.readString(),
        speakerName: try reader.readString(), themes: try reader.readArray { try $0.readString() },
        position: try reader.readPosition())
    }
    let commitments = try reader.readArray { try Commitment(from: &$0) }
    self.init(
      file: file, date: date, interviewer: interviewer, type: type, channel: channel,
      contactID: contactID, contactName: contactName, contactInRoster: contactInRoster,
      attendees: attendees, side: side, scores: scores, themes: themes, outcome: outcome,
      reasons: reasons, confidential: confidential, quotes: quotes, commitments: commitments,
      summary: try reader.readOptionalString())
    self.attendeeNames = attendeeNames
  }
}

extension Commitment {
  func encode(to writer: inout BinaryWriter) {
    writer.write(text)
    writer.write(isChecked)
    writer.encode(owner) { $0.write($1) }
    writer.encode(due) { $0.write($1.daysSinceEpoch) }
    writer.encode(done) { $0.write($1.daysSinceEpoch) }
    writer.writeStrings(tags)
    writer.write(position)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(
      text: try reader.readOptionalString(), isChecked: try reader.readBool(),
      owner: try reader.decode { try $0.readString() },
      due: try reader.decode { Day(daysSinceEpoch: try $0.readInt()) },
      done: try reader.decode { Day(daysSinceEpoch: try $0.readInt()) },
      tags: try reader.readArray { try $0.readString() }, position: try reader.readPosition())
  }
}

extension BinaryWriter {
  mutating func writeStrings(_ values: [String]) {
    writeCount(values.count)
    for value in values { write(value) }
  }
}

import RapportNotebook

// The binary forms of the parts of an account report (see `AccountReport+Binary.swift`): each
// writer here has its reader below, field for field in the same order.

extension BinaryWriter {
  mutating func write(_ day: Day) { write(day.daysSinceEpoch) }

  mutating func write(_ value: Bool?) {
    write(value != nil)
    if let value { write(value) }
  }

  mutating func array<T>(_ items: [T], _ body: (inout BinaryWriter, T) -> Void) {
    writeCount(items.count)
    for item in items { body(&self, item) }
  }

  mutating func optional<T>(_ value: T?, _ body: (inout BinaryWriter, T) -> Void) {
    write(value != nil)
    if let value { body(&self, value) }
  }

  mutating func write(_ nps: NPSSummary) {
    write(nps.promoters)
    write(nps.passives)
    write(nps.detractors)
    array(nps.distribution) { $0.write($1) }
  }

  mutating func write(_ counts: LedgerCounts) {
    for count in [counts.open, counts.overdue, counts.done, counts.doneLate] { write(count) }
  }

  mutating func write(_ response: ResponseRate) {
    write(response.invited)
    write(response.interviewed)
  }

  mutating func write(_ point: ScorePoint) {
    write(point.date)
    write(point.scale)
    write(point.value)
    write(point.file)
    write(point.line)
  }

  mutating func write(_ contact: ContactSummary) {
    write(contact.id)
    write(contact.name)
    write(contact.title)
    write(contact.level)
    write(contact.reportsTo)
    write(contact.inRoster)
    write(contact.hasLeft)
    optional(contact.invited) { $0.write($1) }
    array(contact.scores) { $0.write($1) }
    array(contact.npsHistory) { $0.write($1) }
    array(contact.interviewDates) { $0.write($1) }
    write(contact.latestFile)
    optional(contact.lastPresent) { $0.write($1) }
    write(contact.isRespondent)
  }

  mutating func write(_ quote: QuoteEntry) {
    write(quote.markdown)
    write(quote.speakerName)
    write(quote.speakerID)
    write(quote.accountID)
    write(quote.accountName)
    write(quote.date)
    write(quote.file)
    write(quote.line)
  }

  /// Dictionaries in key order, so equal counts give equal bytes.
  mutating func write(_ counts: ThemeCounts) {
    array(counts.counts.sorted { $0.key < $1.key }) { writer, entry in
      writer.write(entry.key)
      writer.write(entry.value.notes)
      writer.write(entry.value.promoters)
      writer.write(entry.value.detractors)
    }
    array(counts.quotes.sorted { $0.key < $1.key }) { writer, entry in
      writer.write(entry.key)
      writer.array(entry.value) { $0.write($1) }
    }
    array(counts.pairs.sorted { $0.key < $1.key }) { writer, entry in
      writer.write(entry.key)
      writer.write(entry.value)
    }
    write(counts.promoterNotes)
    write(counts.detractorNotes)
  }

  mutating func write(_ entry: LedgerEntry) {
    write(entry.account)
    write(entry.accountName)
    write(entry.text)
    write(entry.owner)
    write(entry.ownerName)
    optional(entry.due) { $0.write($1) }
    optional(entry.done) { $0.write($1) }
    write(entry.status.rawValue)
    write(entry.isTellBack)
    write(entry.isInternal)
    write(entry.isConfidential)
    optional(entry.deadline) { $0.write($1) }
    optional(entry.daysOverdue) { $0.write($1) }
    write(entry.interviewDate)
    write(entry.file)
    write(entry.line)
  }

  mutating func write(_ analysis: WinLossAnalysis) {
    array(analysis.notes) { writer, note in
      writer.write(note.date)
      writer.write(note.contactName)
      writer.write(note.outcome?.rawValue)
      writer.array(note.reasons) { $0.write($1) }
      writer.write(note.file)
    }
    array(analysis.statedReasons) { writer, stated in
      writer.write(stated.reason)
      writer.write(stated.notes)
    }
    array(analysis.assumptions) { writer, check in
      writer.write(check.reason)
      writer.write(check.statedIn)
      writer.write(check.notes)
      writer.write(check.accounts)
      writer.write(check.neverStated)
      writer.write(check.untested)
    }
    array(analysis.outcomes.sorted { $0.key.rawValue < $1.key.rawValue }) { writer, entry in
      writer.write(entry.key.rawValue)
      writer.write(entry.value)
    }
  }

  mutating func write(_ entry: IndifferenceEntry) {
    write(entry.reason.rawValue)
    write(entry.accountID)
    write(entry.accountName)
    write(entry.contactID)
    write(entry.contactName)
    write(entry.title)
    write(entry.level)
    optional(entry.latestScore) { $0.write($1) }
    optional(entry.lastHeard) { $0.write($1) }
    optional(entry.daysSilent) { $0.write($1) }
    optional(entry.lastPresent) { $0.write($1) }
    write(entry.accountLost)
  }

  mutating func write(_ attention: Attention) {
    write(attention.level.rawValue)
    array(attention.reasons) { writer, reason in
      writer.write(reason.rule.rawValue)
      writer.write(reason.contactID)
      writer.write(reason.contactName)
      writer.write(reason.file)
      writer.optional(reason.line) { $0.write($1) }
      writer.optional(reason.value) { $0.write($1) }
      writer.optional(reason.previousValue) { $0.write($1) }
      writer.optional(reason.days) { $0.write($1) }
      writer.optional(reason.date) { $0.write($1) }
    }
  }

  mutating func write(_ next: NextConversation) {
    write(next.accountID)
    write(next.accountName)
    write(next.contactID)
    write(next.contactName)
    write(next.level)
    write(next.reason.rawValue)
    write(next.cohort.rawValue)
    write(next.question)
    write(next.priority)
    write(next.attention.rawValue)
    optional(next.daysOverdue) { $0.write($1) }
    optional(next.daysSilent) { $0.write($1) }
  }
}

extension BinaryReader {
  mutating func readString(_ strings: Strings) throws -> String {
    try readStringBytes(strings.shared)
  }

  mutating func readOptionalString(_ strings: Strings) throws -> String? {
    try readBool() ? try readString(strings) : nil
  }

  mutating func readDay() throws -> Day { Day(daysSinceEpoch: try readInt()) }

  mutating func readOptional<T>(_ body: (inout BinaryReader) throws -> T) throws -> T? {
    try readBool() ? try body(&self) : nil
  }

  /// A value written as its raw string; an unknown one means the bytes are damaged.
  mutating func readRaw<T: RawRepresentable>() throws -> T where T.RawValue == String {
    guard let value = T(rawValue: try readString()) else { throw Damaged() }
    return value
  }

  /// A case of a listed enumeration, found by comparing its name with each case's: an enumeration's
  /// `init(rawValue:)` builds its table of names on every call, and stored reports hold thousands.
  mutating func readRaw<T: RawRepresentable & CaseIterable>() throws -> T
  where T.RawValue == String {
    let name = try readString()
    guard let value = T.allCases.first(where: { $0.rawValue == name }) else { throw Damaged() }
    return value
  }

  mutating func readNPS() throws -> NPSSummary {
    var nps = NPSSummary()
    nps.promoters = try readInt()
    nps.passives = try readInt()
    nps.detractors = try readInt()
    nps.distribution = try readArray { try $0.readInt() }
    return nps
  }

  mutating func readLedgerCounts() throws -> LedgerCounts {
    var counts = LedgerCounts()
    counts.open = try readInt()
    counts.overdue = try readInt()
    counts.done = try readInt()
    counts.doneLate = try readInt()
    return counts
  }

  mutating func readResponse() throws -> ResponseRate {
    var response = ResponseRate()
    response.invited = try readInt()
    response.interviewed = try readInt()
    return response
  }

  mutating func readScorePoint(_ strings: Strings) throws -> ScorePoint {
    ScorePoint(
      date: try readDay(), scale: try readString(), value: try readDouble(),
      file: try readString(strings), line: try readInt())
  }

  mutating func readContact(_ strings: Strings) throws -> ContactSummary {
    ContactSummary(
      id: try readString(), name: try readString(strings), title: try readOptionalString(),
      level: try readOptionalString(), reportsTo: try readOptionalString(),
      inRoster: try readBool(), hasLeft: try readBool(),
      invited: try readOptional { try $0.readDay() },
      scores: try readArray { try $0.readScorePoint(strings) },
      npsHistory: try readArray { try $0.readScorePoint(strings) },
      interviewDates: try readArray { try $0.readDay() },
      latestFile: try readOptionalString(strings),
      lastPresent: try readOptional { try $0.readDay() }, isRespondent: try readBool())
  }

  mutating func readQuote(_ strings: Strings) throws -> QuoteEntry {
    QuoteEntry(
      markdown: try readString(), speakerName: try readString(strings),
      speakerID: try readOptionalString(), accountID: try readString(strings),
      accountName: try readString(strings), date: try readDay(), file: try readString(strings),
      line: try readInt())
  }

  mutating func readThemeCounts(_ strings: Strings) throws -> ThemeCounts {
    var counts = ThemeCounts()
    // Each table is sized once (500 stored reports are read back on every edit), within a bound
    // a damaged count cannot push memory past.
    let themes = try readCount()
    counts.counts.reserveCapacity(min(themes, 4096))
    for _ in 0..<themes {
      counts.counts[try readString()] = (try readInt(), try readInt(), try readInt())
    }
    let quoted = try readCount()
    counts.quotes.reserveCapacity(min(quoted, 4096))
    for _ in 0..<quoted {
      counts.quotes[try readString()] = try readArray { try $0.readQuote(strings) }
    }
    let pairs = try readCount()
    counts.pairs.reserveCapacity(min(pairs, 4096))
    for _ in 0..<pairs { counts.pairs[try readString()] = try readInt() }
    counts.promoterNotes = try readInt()
    counts.detractorNotes = try readInt()
    return counts
  }

  mutating func readLedgerEntry(_ strings: Strings) throws -> LedgerEntry {
    LedgerEntry(
      account: try readString(strings), accountName: try readString(strings),
      text: try readOptionalString(),
      owner: try readOptionalString(), ownerName: try readOptionalString(),
      due: try readOptional { try $0.readDay() }, done: try readOptional { try $0.readDay() },
      status: try readRaw(), isTellBack: try readBool(), isInternal: try readBool(),
      isConfidential: try readBool(), deadline: try readOptional { try $0.readDay() },
      daysOverdue: try readOptional { try $0.readInt() }, interviewDate: try readDay(),
      file: try readString(strings), line: try readInt())
  }

  mutating func readWinLoss(_ strings: Strings) throws -> WinLossAnalysis {
    let notes = try readArray { reader in
      WinLossNote(
        date: try reader.readDay(), contactName: try reader.readString(),
        outcome: try reader.readOptionalString().map { text in
          guard let outcome = Outcome(rawValue: text) else { throw Damaged() }
          return outcome
        }, reasons: try reader.readArray { try $0.readString() },
        file: try reader.readString(strings))
    }
    let stated = try readArray { (reason: try $0.readString(), notes: try $0.readInt()) }
    let assumptions = try readArray {
      AssumptionCheck(
        reason: try $0.readString(), statedIn: try $0.readInt(), notes: try $0.readInt(),
        accounts: try $0.readInt(), neverStated: try $0.readInt(), untested: try $0.readInt())
    }
    var outcomes: [Outcome: Int] = [:]
    for _ in 0..<(try readCount()) {
      let outcome: Outcome = try readRaw()
      outcomes[outcome] = try readInt()
    }
    return WinLossAnalysis(
      notes: notes, statedReasons: stated, assumptions: assumptions, outcomes: outcomes)
  }

  mutating func readIndifference() throws -> IndifferenceEntry {
    IndifferenceEntry(
      reason: try readRaw(), accountID: try readString(), accountName: try readString(),
      contactID: try readOptionalString(), contactName: try readOptionalString(),
      title: try readOptionalString(), level: try readOptionalString(),
      latestScore: try readOptional { try $0.readDouble() },
      lastHeard: try readOptional { try $0.readDay() },
      daysSilent: try readOptional { try $0.readInt() },
      lastPresent: try readOptional { try $0.readDay() }, accountLost: try readBool())
  }

  mutating func readAttention(_ strings: Strings) throws -> Attention {
    let level: Attention.Level = try readRaw()
    let reasons = try readArray { reader in
      Attention.Reason(
        rule: try reader.readRaw(), contactID: try reader.readOptionalString(),
        contactName: try reader.readOptionalString(), file: try reader.readOptionalString(strings),
        line: try reader.readOptional { try $0.readInt() },
        value: try reader.readOptional { try $0.readDouble() },
        previousValue: try reader.readOptional { try $0.readDouble() },
        days: try reader.readOptional { try $0.readInt() },
        date: try reader.readOptional { try $0.readDay() })
    }
    return Attention(level: level, exactly: reasons)
  }

  mutating func readConversation(_ strings: Strings) throws -> NextConversation {
    NextConversation(
      accountID: try readString(strings), accountName: try readString(strings),
      contactID: try readOptionalString(), contactName: try readOptionalString(),
      level: try readOptionalString(), reason: try readRaw(), cohort: try readRaw(),
      question: try readString(strings), priority: try readInt(), attention: try readRaw(),
      daysOverdue: try readOptional { try $0.readInt() },
      daysSilent: try readOptional { try $0.readInt() })
  }
}

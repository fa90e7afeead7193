import RapportNotebook

/// The binary form of an account report slimmed by `keepingCompanyFigures()`: what a later run
/// reuses for an account whose inputs did not change, instead of analysing it again.
///
/// Only what the slimmed report keeps is written; the parts it lets go come back empty.
extension AccountReport {
  /// The slimmed report's bytes; `self` must come from `keepingCompanyFigures()`.
  public func encodeSlimmed(to writer: inout BinaryWriter) {
    writer.write(id)
    writer.write(name)
    writer.write(profile.file)
    AccountProfile.record(profile, diagnostics: []).withUnsafeBytes { writer.writeCounted($0) }
    writer.write(period.asOf)
    writer.write(period.windowDays)
    writer.write(tenure.rawValue)
    writer.write(nps)
    writer.write(minGroupSize)
    writer.array(contacts) { $0.write($1) }
    writer.array(coverage) { writer, level in
      writer.write(level.level)
      writer.write(level.heard)
      writer.write(level.roster)
    }
    writer.write(isSingleSource)
    writer.optional(split) { writer, split in
      writer.write(split.executiveMean)
      writer.write(split.executiveCount)
      writer.write(split.othersMean)
      writer.write(split.othersCount)
    }
    writer.write(themeCounts)
    writer.array(overdueByOwner) { writer, owner in
      writer.write(owner.owner)
      writer.write(owner.ownerName)
      writer.write(owner.count)
      writer.array(owner.entries) { $0.write($1) }
    }
    writer.write(ledgerCounts)
    writer.array(loop) { writer, entry in
      writer.write(entry.date)
      writer.write(entry.contactID)
      writer.write(entry.contactName)
      writer.write(entry.status.rawValue)
      writer.optional(entry.days) { $0.write($1) }
      writer.optional(entry.deadline) { $0.write($1) }
      writer.write(entry.file)
    }
    writer.write(winLoss)
    writer.array(converts) { writer, convert in
      writer.write(convert.accountID)
      writer.write(convert.accountName)
      writer.write(convert.contactID)
      writer.write(convert.contactName)
      writer.write(convert.level)
      writer.write(convert.first)
      writer.write(convert.latest)
      writer.write(convert.isImprovement)
    }
    writer.array(indifference) { $0.write($1) }
    writer.write(interviewsInWindow)
    writer.write(response)
    writer.optional(lastInterview) { $0.write($1) }
    writer.write(previous.nps)
    writer.write(previous.interviews)
    writer.write(previous.ledger)
    writer.write(previous.response)
    writer.array(quarters) { writer, point in
      writer.write(point.end)
      writer.write(point.nps)
    }
    writer.array(scales) { writer, summary in
      writer.write(summary.scale.name)
      writer.write(summary.scale.minimum)
      writer.write(summary.scale.maximum)
      writer.write(summary.scale.isNPS)
      writer.write(summary.respondents)
      writer.write(summary.total)
      writer.array(summary.distribution) { $0.write($1) }
    }
    writer.write(attention)
    writer.array(conversations) { $0.write($1) }
  }

  /// Reads what `encodeSlimmed` wrote.
  public init(slimmedFrom reader: inout BinaryReader) throws {
    // Paths, names and questions recur all through a report: read once each, they share storage
    // as they do in a report just made.
    let strings = Strings()
    id = try reader.readString()
    name = try reader.readString()
    let file = try reader.readOptionalString()
    // The profile's own record, read where it lies rather than copied out byte by byte.
    profile = try reader.readStringBytes { raw in
      var inner = BinaryReader(raw)
      return try AccountProfile.decode(file: file ?? "", from: &inner).0
    }
    profile.file = file
    period = ReportPeriod(asOf: try reader.readDay(), windowDays: try reader.readInt())
    tenure = try reader.readRaw()
    nps = try reader.readNPS()
    minGroupSize = try reader.readInt()
    contacts = try reader.readArray { try $0.readContact(strings) }
    orgChart = []
    notHeard = []
    coverage = try reader.readArray {
      LevelCoverage(level: try $0.readString(), heard: try $0.readInt(), roster: try $0.readInt())
    }
    isSingleSource = try reader.readBool()
    split = try reader.readOptional {
      SplitOpinion(
        executiveMean: try $0.readDouble(), executiveCount: try $0.readInt(),
        othersMean: try $0.readDouble(), othersCount: try $0.readInt())
    }
    themes = ThemeAnalysis([], npsScale: nil)
    themeCounts = try reader.readThemeCounts(strings)
    ledger = []
    overdueByOwner = try reader.readArray {
      OwnerLedger(
        owner: try $0.readString(), ownerName: try $0.readOptionalString(),
        count: try $0.readInt(), entries: try $0.readArray { try $0.readLedgerEntry(strings) })
    }
    ledgerCounts = try reader.readLedgerCounts()
    loop = try reader.readArray { try LoopEntry(from: &$0, strings) }
    timeline = []
    partnerGap = nil
    winLoss = try reader.readWinLoss(strings)
    converts = try reader.readArray {
      Convert(
        accountID: try $0.readString(), accountName: try $0.readString(),
        contactID: try $0.readString(), contactName: try $0.readString(),
        level: try $0.readOptionalString(), first: try $0.readScorePoint(strings),
        latest: try $0.readScorePoint(strings), isImprovement: try $0.readBool())
    }
    indifference = try reader.readArray { try $0.readIndifference() }
    interviewsInWindow = try reader.readInt()
    response = try reader.readResponse()
    lastInterview = try reader.readOptional { try $0.readDay() }
    previous = Headline(
      nps: try reader.readNPS(), interviews: try reader.readInt(),
      ledger: try reader.readLedgerCounts(), response: try reader.readResponse())
    quarters = try reader.readArray { QuarterPoint(end: try $0.readDay(), nps: try $0.readNPS()) }
    scales = try reader.readArray { reader in
      var summary = ScaleSummary(
        scale: Scale(
          name: try reader.readString(), minimum: try reader.readDouble(),
          maximum: try reader.readDouble(), isNPS: try reader.readBool()))
      summary.respondents = try reader.readInt()
      summary.total = try reader.readDouble()
      summary.distribution = try reader.readArray { try $0.readInt() }
      return summary
    }
    attention = try reader.readAttention(strings)
    conversations = try reader.readArray { try $0.readConversation(strings) }
  }
}

extension LoopEntry {
  init(from reader: inout BinaryReader, _ strings: Strings) throws {
    date = try reader.readDay()
    contactID = try reader.readString()
    contactName = try reader.readString(strings)
    status = try reader.readRaw()
    days = try reader.readOptional { try $0.readInt() }
    deadline = try reader.readOptional { try $0.readDay() }
    file = try reader.readString(strings)
  }
}

extension Attention {
  init(level: Level, exactly reasons: [Reason]) {
    self.level = level
    self.reasons = reasons
  }
}

extension WinLossAnalysis {
  init(
    notes: [WinLossNote], statedReasons: [(reason: String, notes: Int)],
    assumptions: [AssumptionCheck], outcomes: [Outcome: Int]
  ) {
    self.notes = notes
    self.statedReasons = statedReasons
    self.assumptions = assumptions
    self.outcomes = outcomes
  }
}

import RapportNotebook

/// A quote in a report, with where it came from.
public struct QuoteEntry: Sendable {
  public var markdown: String
  public var speakerName: String
  /// The speaker's contact id when they have a person page (on the roster or interviewed).
  public var speakerID: String? = nil
  public var accountID: String = ""
  public var accountName: String
  public var date: Day
  public var file: String
  public var line: Int

  /// `quotes` newest first, by date, then file and line (never equal for two quotes); at most
  /// `limit` of them.
  ///
  /// Their positions are sorted, not the quotes: a quote holds several strings, and moving it
  /// costs a retain and a release of each, many times over in a sort.
  static func newestFirst(_ quotes: [QuoteEntry], limit: Int = .max) -> [QuoteEntry] {
    let order = quotes.withUnsafeBufferPointer { quotes in
      quotes.indices.sorted {
        (quotes[$0].date, quotes[$0].file, quotes[$0].line) > (
          quotes[$1].date, quotes[$1].file, quotes[$1].line
        )
      }
    }
    return order.prefix(limit).map { quotes[$0] }
  }
}

/// How often a theme comes up, and with whom.
public struct ThemeStat: Sendable {
  public var theme: String
  /// Notes mentioning the theme.
  public var notes: Int
  /// Notes mentioning it whose interviewee scored as a promoter in that note.
  public var promoterNotes: Int
  /// Notes mentioning it whose interviewee scored as a detractor in that note.
  public var detractorNotes: Int
  /// Share of all promoter notes that mention it, 0-1.
  public var promoterShare: Double
  /// Share of all detractor notes that mention it, 0-1.
  public var detractorShare: Double
  /// Quotes tagged with the theme (or, when untagged, from notes about it), newest first.
  public var quotes: [QuoteEntry]

  /// Promoter share minus detractor share: positive for themes promoters raise more.
  public var lean: Double { promoterShare - detractorShare }
}

/// Two themes raised in the same notes.
public struct ThemePair: Sendable, Hashable {
  public var first: String
  public var second: String
  public var notes: Int
}

/// Theme counts, pairs and quotes over some interviews, kept unsorted and unlimited so that the
/// tallies of every account add up to the company's.
public struct ThemeCounts: Sendable {
  /// Notes mentioning each theme, and how many of them were promoters' and detractors'.
  var counts: [String: (notes: Int, promoters: Int, detractors: Int)] = [:]
  /// Quotes by theme, in no order.
  var quotes: [String: [QuoteEntry]] = [:]
  /// Notes raising both themes, by the two names joined with NUL (first < second).
  var pairs: [String: Int] = [:]
  var promoterNotes = 0
  var detractorNotes = 0

  /// One interview to count, with its account and the contact ids that have person pages.
  typealias Source = (
    interview: Interview, accountID: String, accountName: String, people: Set<String>
  )

  init() {}

  /// Counts external interviews, each with its account (for quotes).
  init<Sources: Sequence<Source>>(_ interviews: Sources, npsScale: String?) {
    for (interview, accountID, accountName, people) in interviews {
      let category = npsScale.flatMap { interview.score(on: $0) }.map(NPSCategory.init(score:))
      if category == .promoter { promoterNotes += 1 }
      if category == .detractor { detractorNotes += 1 }
      for theme in interview.themes {
        var count = counts[theme, default: (0, 0, 0)]
        count.notes += 1
        if category == .promoter { count.promoters += 1 }
        if category == .detractor { count.detractors += 1 }
        counts[theme] = count
      }
      for (index, first) in interview.themes.enumerated() {
        for second in interview.themes[(index + 1)...] {
          pairs[first + "\u{0}" + second, default: 0] += 1
        }
      }
      for quote in interview.quotes {
        let entry = QuoteEntry(
          markdown: quote.markdown, speakerName: quote.speakerName,
          speakerID: people.contains(quote.speakerID) ? quote.speakerID : nil,
          accountID: accountID, accountName: accountName, date: interview.date,
          file: interview.file, line: quote.position.line)
        for theme in quote.themes.isEmpty ? interview.themes : quote.themes {
          quotes[theme, default: []].append(entry)
        }
      }
    }
  }

  /// The tally with only the `count` newest quotes of each theme (by date, then file and line).
  func keepingNewestQuotes(_ count: Int) -> ThemeCounts {
    var kept = self
    kept.quotes = quotes.mapValues {
      QuoteEntry.newestFirst($0, limit: count)
    }
    return kept
  }

  /// Adds another tally's counts, pairs and quotes to this one.
  mutating func add(_ other: ThemeCounts) {
    for (theme, count) in other.counts {
      var sum = counts[theme, default: (0, 0, 0)]
      sum.notes += count.notes
      sum.promoters += count.promoters
      sum.detractors += count.detractors
      counts[theme] = sum
    }
    for (theme, entries) in other.quotes { quotes[theme, default: []] += entries }
    for (pair, notes) in other.pairs { pairs[pair, default: 0] += notes }
    promoterNotes += other.promoterNotes
    detractorNotes += other.detractorNotes
  }
}

/// Theme frequencies, promoter/detractor shares, pairs and quotes over a set of interviews.
public struct ThemeAnalysis: Sendable {
  public var themes: [ThemeStat]
  public var pairs: [ThemePair]
  public var promoterNotes: Int
  public var detractorNotes: Int

  /// Analyses external interviews, each with its account (for quotes); at most `pairLimit`
  /// co-occurring pairs are kept.
  init<Sources: Sequence<ThemeCounts.Source>>(
    _ interviews: Sources, npsScale: String?, pairLimit: Int = 10
  ) {
    self.init(ThemeCounts(interviews, npsScale: npsScale), pairLimit: pairLimit)
  }

  /// Shares, sorted themes and quotes, and the `pairLimit` most frequent pairs of a tally.
  init(_ tally: ThemeCounts, pairLimit: Int = 10) {
    let promoterTotal = tally.promoterNotes
    let detractorTotal = tally.detractorNotes
    promoterNotes = promoterTotal
    detractorNotes = detractorTotal
    themes = tally.counts.map { theme, count in
      ThemeStat(
        theme: theme, notes: count.notes, promoterNotes: count.promoters,
        detractorNotes: count.detractors,
        promoterShare: promoterTotal == 0 ? 0 : Double(count.promoters) / Double(promoterTotal),
        detractorShare: detractorTotal == 0 ? 0 : Double(count.detractors) / Double(detractorTotal),
        quotes: QuoteEntry.newestFirst(tally.quotes[theme] ?? []))
    }.sorted { ($0.notes, $1.theme) > ($1.notes, $0.theme) }
    pairs = Array(
      tally.pairs.map { key, notes -> ThemePair in
        let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false)
        return ThemePair(first: String(parts[0]), second: String(parts[1]), notes: notes)
      }
      .filter { $0.notes > 1 }
      .sorted { ($0.notes, $1.first, $1.second) > ($1.notes, $0.first, $0.second) }
      .prefix(pairLimit))
  }

  /// Themes that lean most to promoters or detractors (largest share difference first).
  public var distinguishing: [ThemeStat] {
    themes.filter { $0.promoterNotes + $0.detractorNotes > 0 }
      .sorted { (abs($0.lean), $1.theme) > (abs($1.lean), $0.theme) }
  }
}

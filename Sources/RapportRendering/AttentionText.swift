import RapportAnalysis
import RapportNotebook

/// Attention levels and reasons as short sentences.
enum AttentionText {
  /// "act", "watch" or "steady" as a reader sees it.
  static func level(_ level: Attention.Level) -> String {
    switch level {
    case .act: return "act"
    case .watch: return "watch"
    case .steady: return "steady"
    }
  }

  /// One reason as a sentence, naming the person when it is about one.
  static func sentence(_ reason: Attention.Reason) -> String {
    // Most sentences open with the person: "someone not on the roster" starts with a capital.
    let who = (reason.contactName ?? "someone").capitalizingFirst
    let score = reason.value.map(Formatting.number) ?? "—"
    switch reason.rule {
    case .executiveDetractor:
      return "\(who), at the top level, is a detractor (\(score))."
    case .scoreDrop:
      return
        "\(who) dropped from \(reason.previousValue.map(Formatting.number) ?? "—") to \(score)."
    case .overdueToDetractor:
      let who = reason.contactName ?? "someone"
      return
        "A promise to \(who), a detractor, is \(reason.days.map { Formatting.count($0, "day") + " " } ?? "")overdue."
    case .silentAccount:
      return reason.days.map { "No interview with anyone for \(Formatting.count($0, "day"))." }
        ?? "Nobody has ever been interviewed."
    case .lostUnheard:
      // With a win/loss note's reasons as evidence, why is known: ask what would bring them back.
      let ask =
        reason.file == nil ? "ask them why" : "they told us why; ask what would win them back"
      return reason.days.map {
        "Lost, and no interview with anyone for \(Formatting.count($0, "day")): \(ask)."
      }
        ?? "Lost, and nobody there was ever interviewed: \(ask)."
    case .singleSource:
      return "Heard from one person or one level only: cross-validate before concluding."
    case .splitOpinion:
      return "Executives and their teams see us differently."
    case .tellBackMissing:
      // A late tell-back carries the days it took; a missing or overdue one carries none.
      // Dated, so that one person's several interviews read apart.
      let interview = reason.date.map { "the interview of \($0)" } ?? "the interview"
      return reason.days.map {
        let when =
          $0 == 0
          ? "on the day of \(interview)" : "\(Formatting.count($0, "day")) after \(interview)"
        return "\(who) was told what we learned \(when), later than planned."
      } ?? "\(who) has not been told what we learned from \(interview)."
    case .silentPassive:
      return
        "\(who), a passive (\(score)), not heard from for \(reason.days.map { Formatting.count($0, "day") } ?? "many days")."
    case .executiveNeverHeard:
      // Sitting in on someone else's interview is not being asked: said, so the page's people
      // table ("attended") and this sentence agree.
      return reason.date.map {
        "\(who), at the top level, has never been interviewed (only sat in on others' interviews, last on \($0))."
      } ?? "\(who), at the top level, has never been interviewed."
    case .npsDown:
      return
        "NPS fell from \(reason.previousValue.map(Formatting.nps) ?? "—") to \(reason.value.map(Formatting.nps) ?? "—") since the last period."
    }
  }
}

extension String {
  /// The text with its first character upper-cased.
  var capitalizingFirst: String {
    guard let first = first, first.isLowercase else { return self }
    return first.uppercased() + dropFirst()
  }
}

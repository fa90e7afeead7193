import RapportAnalysis
import RapportNotebook

/// The next conversations as terminal text and as JSON.
public enum PlanText {
  /// Why someone is on the list, as a phrase; for someone only a confidential note names, where
  /// to find out who they are.
  static func reason(_ conversation: NextConversation) -> String {
    let why = phrase(conversation)
    guard let name = conversation.contactName, Withheld.isPlaceholder(name: name) else {
      return why
    }
    return why + " (named only in a confidential note: its interviewer knows who)"
  }

  /// Why someone is on the list, as a phrase.
  private static func phrase(_ conversation: NextConversation) -> String {
    switch conversation.reason {
    case .detractorFollowUp:
      return conversation.daysOverdue.map {
        "a detractor waiting on a promise \(Formatting.count($0, "day")) overdue: show what was done"
      } ?? "a detractor whose promise is done but not yet shown to them: show what was done"
    case .detractorTellBack:
      let late = conversation.daysOverdue.map { ", \(Formatting.count($0, "day")) overdue" } ?? ""
      return "a detractor not yet told what we learned\(late): tell them"
    case .silentAccount:
      return conversation.daysSilent.map {
        "nobody at the account interviewed for \(Formatting.count($0, "day"))"
      } ?? "nobody at the account was ever interviewed"
    case .lostCustomer:
      return conversation.daysSilent.map {
        "a lost customer nobody has talked to for \(Formatting.count($0, "day"))"
      }
        ?? "a lost customer nobody there was ever interviewed"
    case .newCustomer: return "a new customer never interviewed"
    case .executiveNeverHeard: return "at the top level and never interviewed"
    case .singleSource: return "the account is heard from at one person or level only"
    case .invitedNotInterviewed: return "invited and not interviewed since"
    case .silentPassive: return "a passive gone quiet"
    }
  }

  /// Whom to call, one numbered block each.
  public static func text(_ conversations: [NextConversation], asOf: Day) -> String {
    guard !conversations.isEmpty else {
      return "Nobody to call as of \(asOf): no reason for a next conversation applies.\n"
    }
    var lines = ["Next conversations as of \(asOf), most urgent first:", ""]
    for entry in conversations {
      let who =
        entry.contactName.map { name in name + (entry.level.map { " (\($0))" } ?? "") }
        ?? "someone at \(entry.level ?? "any") level"
      let number = "\(entry.priority). "
      // Aligned under the name, however many digits the number has.
      let indent = String(repeating: " ", count: number.count)
      lines.append("\(number)\(who), \(entry.accountName) [\(entry.attention.rawValue)]")
      lines.append("\(indent)why: \(reason(entry)) [\(entry.reason.rawValue)]")
      lines.append("\(indent)ask: \(entry.question)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `{"as_of", "next_conversations": [...]}`.
  public static func json(_ conversations: [NextConversation], asOf: Day) -> JSONValue {
    .object([
      ("as_of", .string(asOf.description)),
      ("next_conversations", .array(conversations.map(entry))),
    ])
  }

  /// One conversation as the JSON export writes it.
  public static func entry(_ conversation: NextConversation) -> JSONValue {
    .object([
      ("account", .string(conversation.accountID)),
      ("contact", .optional(conversation.contactID)),
      ("level", .optional(conversation.level)),
      ("reason", .string(conversation.reason.rawValue)),
      ("question", .string(conversation.question)),
      ("priority", .integer(conversation.priority)),
      ("days_overdue", conversation.daysOverdue.map { .integer($0) } ?? .null),
      ("days_silent", conversation.daysSilent.map { .integer($0) } ?? .null),
    ])
  }
}

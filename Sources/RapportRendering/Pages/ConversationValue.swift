import RapportAnalysis
import RapportNotebook

/// One of the next conversations: whom, why, and what to ask first.
struct ConversationValue: TemplateRecord {
  let conversation: NextConversation
  let depth: Int
  static let templateTypeName = "Next conversation"
  static let templateFields: [TemplateField<ConversationValue>] =
    [
      .number("priority", "1 for the most urgent.") { $0.conversation.priority },
      .text("account", "The account's name.") { $0.conversation.accountName },
      .text("account_id", "Its id.") { $0.conversation.accountID },
      .text("account_md", "Its page (Markdown), from this page.") { value in
        OutputLayout().link(
          to: OutputLayout().account(value.conversation.accountID, .markdown),
          fromDepth: value.depth)
      },
      .text("account_html", "Its page (HTML), from this page.") { value in
        OutputLayout().link(
          to: OutputLayout().account(value.conversation.accountID, .html), fromDepth: value.depth)
      },
      .text("person", "Whom to talk to, or \"someone at <level> level\".") { value in
        value.conversation.contactName
          ?? "someone at \(value.conversation.level ?? "any") level"
      },
      .text("level", "Their level.") { $0.conversation.level.map(Formatting.title) },
      .text("reason", "Why, as a phrase.") { PlanText.reason($0.conversation) },
      .text("rule", "Why, as the rule's id, such as `silent-passive`.") {
        $0.conversation.reason.rawValue
      },
      .text("question", "An opening question for the account's cohort.") {
        $0.conversation.question
      },
      .text("attention", "The account's attention level.") { $0.conversation.attention.rawValue },
    ]
    + PersonLinks.fields { value in
      value.conversation.contactID.map {
        PersonLinks(account: value.conversation.accountID, id: $0, depth: value.depth)
      }
    }
}

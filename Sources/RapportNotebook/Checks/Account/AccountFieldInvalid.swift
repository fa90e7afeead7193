import RapportSystem

extension Rule {
  /// A profile field outside its allowed values.
  public static let accountFieldInvalid = Rule(
    "account.field.invalid", .error,
    "`relationship` or `status` in `account.md` is not one of its allowed values.",
    triggering: ["acme/account.md": RuleCatalog.profile("relationship: client")],
    passing: ["acme/account.md": RuleCatalog.profile("relationship: customer")])
}

/// Words the error for a profile or contact field outside its allowed values.
enum AccountFieldInvalid {
  /// The error for profile field `key` written as `text`, which is none of `allowed`.
  static func notOneOf(
    _ allowed: [String], _ text: Located<String>, key: Located<String>, file: String
  ) -> Diagnostic {
    Diagnostic(
      .accountFieldInvalid, file: file, underlining: text,
      "`\(key.value)` is \"\(text.value)\"; use one of \(allowed.joined(separator: ", "))"
        + Suggestion.didYouMean(text.value, among: allowed))
  }

  /// The error for a contact's `status` written as `text`, which is neither active nor left.
  static func contactStatus(_ text: Located<String>, file: String) -> Diagnostic {
    Diagnostic(
      .accountFieldInvalid, file: file, underlining: text,
      "contact status is \"\(text.value)\"; use active or left")
  }
}

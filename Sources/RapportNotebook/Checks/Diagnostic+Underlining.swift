extension Diagnostic {
  /// A diagnostic on a value as written, underlining all of it.
  init(_ rule: Rule, file: String, underlining value: Located<String>, _ message: String) {
    self.init(rule, file: file, at: value.position, length: value.value.count, message)
  }
}

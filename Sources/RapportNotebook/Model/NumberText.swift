/// Numbers as text, written one way everywhere (messages, CSV, JSON, reports).
public enum NumberText {
  /// Whole numbers without a decimal point (`7`), others as Swift writes them (`6.5`, `1e+20`).
  public static func plain(_ value: Double) -> String {
    value.isFinite && value == value.rounded() && abs(value) < 1e15
      ? String(Int(value)) : String(value)
  }

  /// Tenths of `value`'s magnitude, rounded, or nil when too large to count in an `Int`.
  public static func tenths(_ value: Double) -> Int? {
    value.isFinite && abs(value) < 1e15 ? Int((abs(value) * 10).rounded()) : nil
  }
}

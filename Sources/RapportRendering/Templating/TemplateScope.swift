/// The values a section has pushed while rendering: the innermost `value`, then the scope
/// outside it. A compiled name reads its frame through `outer` a fixed number of times.
final class TemplateScope<Value, Outer> {
  let value: Value
  let outer: Outer

  init(value: Value, outer: Outer) {
    self.value = value
    self.outer = outer
  }

  /// `read` applied to the stored value in place: passing `value` from outside would copy it.
  @inline(__always)
  func read<T>(_ read: (Value) -> T) -> T { read(value) }
}

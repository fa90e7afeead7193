#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where output goes, and whether it may use colour.
enum Terminal {
  /// Whether standard output is a terminal.
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  /// Whether standard error is a terminal.
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Whether to colour a stream: only on a terminal, and never when `NO_COLOR` is set.
  static func usesColor(terminal: Bool) -> Bool {
    terminal && getenv("NO_COLOR") == nil && getenv("TERM").map { String(cString: $0) } != "dumb"
  }

  /// Writes text to standard output without buffering surprises.
  static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

  /// Writes text to standard error.
  static func err(_ text: String) { write(text, to: STDERR_FILENO) }

  private static func write(_ text: String, to descriptor: Int32) {
    var copy = text
    copy.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}

/// ANSI styles for terminal output.
enum Style: String {
  case bold = "\u{1B}[1m"
  case red = "\u{1B}[1;31m"
  case yellow = "\u{1B}[1;33m"
  case green = "\u{1B}[32m"
  case dim = "\u{1B}[2m"
  case reset = "\u{1B}[0m"
}

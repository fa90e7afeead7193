import RapportNotebook

/// Prints diagnostics to standard error, compiler style, for commands whose output is files.
struct DiagnosticReporter {
  let printer: DiagnosticPrinter

  init(notebook: String) {
    printer = DiagnosticPrinter(
      format: .text, paths: DisplayPath(notebook: notebook), root: notebook,
      color: Terminal.usesColor(terminal: Terminal.stderrIsTerminal))
  }

  func print(_ diagnostics: [Diagnostic]) {
    Terminal.err(printer.text(diagnostics))
  }
}

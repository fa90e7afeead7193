import Foundation
import RapportFuzzing

#if RAPPORT_FUZZING
  /// libFuzzer's driver: runs `test` over generated inputs, mutating those that reach new code
  /// (`-help=1` lists its options). Declared by its C name, as libFuzzer ships no module.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// Built by `scripts/fuzz` (with `-sanitize=fuzzer,address`): each input is read as a note.
  @main struct FuzzDriver {
    static func main() {
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(
        runFuzzerDriver(&argc, &argv) { data, size in
          NoteFuzzing.run(UnsafeRawBufferPointer(start: data, count: size))
          return 0
        })
    }
  }
#else
  /// In an ordinary build: reads each file named on the command line as a note, so an input the
  /// fuzzer saved can be replayed (under a debugger, say) without the fuzzer.
  @main struct FuzzReplay {
    static func main() throws {
      for path in CommandLine.arguments.dropFirst() {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.withUnsafeBytes { NoteFuzzing.run($0) }
        print("read \(path): \(bytes.count) bytes")
      }
    }
  }
#endif

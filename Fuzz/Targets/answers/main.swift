import CFuzzerDriver
import Foundation
import FuzzChecks

// One line through every answer reader and the safety net.
//
// SwiftPM gives an executable its own `main`, so libFuzzer's is not used: this one hands the
// command line to libFuzzer's driver with the check to run on each input.
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in FuzzRun.one(.answers, data, size) })

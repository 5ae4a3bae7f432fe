import CFuzzerDriver
import Foundation
import FuzzChecks

// Arbitrary lines typed into a conversation on a built-in script.
//
// SwiftPM gives an executable its own `main`, so libFuzzer's is not used: this one hands the
// command line to libFuzzer's driver with the check to run on each input.
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in FuzzRun.one(.engine, data, size) })

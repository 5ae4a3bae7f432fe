#ifndef CAREC_FUZZER_DRIVER_H
#define CAREC_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for a program with its own main: runs the fuzzer with the command
/// line's options, calling `test` for each input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

#endif

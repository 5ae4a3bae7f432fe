// The declaration in include/fuzzer_driver.h is all this target gives: libFuzzer itself is
// linked into each fuzz target with -sanitize=fuzzer.
#include "fuzzer_driver.h"

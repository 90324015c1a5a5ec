# Fuzz targets of the mail pipeline (issue 4). Build with `cmake --preset fuzz`, then e.g.
#   build/fuzz/tests/fuzz/fuzz_mime -max_total_time=120 -rss_limit_mb=2048 tests/data/mail
mayfly_add_fuzzer(mime fuzz_mime.cpp)
mayfly_add_fuzzer(sanitizer fuzz_sanitizer.cpp)
mayfly_add_fuzzer(codeextractor fuzz_codeextractor.cpp)
mayfly_add_fuzzer(imageformat fuzz_imageformat.cpp)

# Coverage feedback needs the code under test instrumented, not just the fuzz entry points. This
# file is only read in fuzz builds (MAYFLY_BUILD_FUZZERS), where mayfly-core exists for fuzzing.
target_compile_options(mayfly-core PRIVATE -fsanitize=fuzzer-no-link)

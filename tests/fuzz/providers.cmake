# One libFuzzer target per JSON response parser of core/providers, plus the SSE stream parser of
# core/net. Run e.g. build/fuzz/tests/fuzz/fuzz_providers_mailtm -max_total_time=60
# tests/fuzz/providers/corpus/mailtm
foreach(area mailtm guerrilla relay mailpit inbucket sse)
    mayfly_add_fuzzer(providers_${area} ${CMAKE_CURRENT_LIST_DIR}/providers/fuzz_${area}.cpp)
endforeach()

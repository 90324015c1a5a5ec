# libFuzzer targets for the relay's parsers of outside input: the SMTP conversation (commands and
# DATA) and the API's JSON bodies. The relay library gets coverage instrumentation too, or
# libFuzzer would be blind to everything but the harness.
target_compile_options(mayfly-relay-lib PRIVATE -fsanitize=fuzzer-no-link)
mayfly_add_fuzzer(relay_smtp relay_smtp.cpp mayfly-relay-lib)
mayfly_add_fuzzer(relay_json relay_json.cpp mayfly-relay-lib)

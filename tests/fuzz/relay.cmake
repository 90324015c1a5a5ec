# libFuzzer targets for the relay's parsers of outside input: the SMTP conversation (commands and
# DATA) and the API's JSON bodies.
mayfly_add_fuzzer(relay_smtp relay_smtp.cpp mayfly-relay-lib)
mayfly_add_fuzzer(relay_json relay_json.cpp mayfly-relay-lib)

#pragma once

#include <QString>

namespace mayfly::core {

// Why an operation failed, in terms a caller can act on. User-facing wording is built from this
// in ui/ with tr(); `detail` is technical and never contains secrets or personal data. Details that
// are sentences for the user (a wrong passphrase, a full disk) are translated where they are made.
enum class ErrorCode
{
    InvalidInput, // malformed input from outside (mail, JSON, command line)
    LimitExceeded, // input over a documented limit
    NotFound,
    AlreadyExists, // e.g. an address that is taken
    Io, // file system error
    DiskFull,
    Crypto, // authentication failed, wrong key, OpenSSL error
    Network, // connection failed, TLS error
    Timeout,
    RateLimited, // 429 and similar; see Error::retryAfterSeconds
    ProviderDown, // 5xx, garbage answers
    BadCredential, // 401/403
    Expired, // the address or message has expired
    Unsupported, // the provider or platform cannot do this
    KeychainUnavailable,
    VersionTooNew, // a store written by a newer Mayfly
    Cancelled,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    int retryAfterSeconds = -1;

    [[nodiscard]] QString toString() const; // errorCodeText() and the detail
};

// Stable English words for machine-readable output (mayfly-cli --json "error"): never translated.
[[nodiscard]] QString errorCodeName(ErrorCode code);
// The same, translated for display (English where no translator is installed, as in the CLI).
[[nodiscard]] QString errorCodeText(ErrorCode code);

} // namespace mayfly::core

#include "core/common/Error.h"

namespace mayfly::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid input");
    case ErrorCode::LimitExceeded:
        return QStringLiteral("limit exceeded");
    case ErrorCode::NotFound:
        return QStringLiteral("not found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already exists");
    case ErrorCode::Io:
        return QStringLiteral("i/o error");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk full");
    case ErrorCode::Crypto:
        return QStringLiteral("cryptographic failure");
    case ErrorCode::Network:
        return QStringLiteral("network error");
    case ErrorCode::Timeout:
        return QStringLiteral("timed out");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate limited");
    case ErrorCode::ProviderDown:
        return QStringLiteral("provider unavailable");
    case ErrorCode::BadCredential:
        return QStringLiteral("bad credential");
    case ErrorCode::Expired:
        return QStringLiteral("expired");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain unavailable");
    case ErrorCode::VersionTooNew:
        return QStringLiteral("written by a newer version");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal error");
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return errorCodeName(code);
    return errorCodeName(code) + QStringLiteral(": ") + detail;
}

} // namespace mayfly::core

#include "core/common/Error.h"

#include <QCoreApplication>

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

// The same words as errorCodeName(), translated: the GUI installs a translator, the CLI and the relay
// do not, so their messages stay English.
QString errorCodeText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate("mayfly::core::Error", "invalid input");
    case ErrorCode::LimitExceeded:
        return QCoreApplication::translate("mayfly::core::Error", "limit exceeded");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("mayfly::core::Error", "not found");
    case ErrorCode::AlreadyExists:
        return QCoreApplication::translate("mayfly::core::Error", "already exists");
    case ErrorCode::Io:
        return QCoreApplication::translate("mayfly::core::Error", "i/o error");
    case ErrorCode::DiskFull:
        return QCoreApplication::translate("mayfly::core::Error", "disk full");
    case ErrorCode::Crypto:
        return QCoreApplication::translate("mayfly::core::Error", "cryptographic failure");
    case ErrorCode::Network:
        return QCoreApplication::translate("mayfly::core::Error", "network error");
    case ErrorCode::Timeout:
        return QCoreApplication::translate("mayfly::core::Error", "timed out");
    case ErrorCode::RateLimited:
        return QCoreApplication::translate("mayfly::core::Error", "rate limited");
    case ErrorCode::ProviderDown:
        return QCoreApplication::translate("mayfly::core::Error", "provider unavailable");
    case ErrorCode::BadCredential:
        return QCoreApplication::translate("mayfly::core::Error", "bad credential");
    case ErrorCode::Expired:
        return QCoreApplication::translate("mayfly::core::Error", "expired");
    case ErrorCode::Unsupported:
        return QCoreApplication::translate("mayfly::core::Error", "unsupported");
    case ErrorCode::KeychainUnavailable:
        return QCoreApplication::translate("mayfly::core::Error", "keychain unavailable");
    case ErrorCode::VersionTooNew:
        return QCoreApplication::translate("mayfly::core::Error", "written by a newer version");
    case ErrorCode::Cancelled:
        return QCoreApplication::translate("mayfly::core::Error", "cancelled");
    case ErrorCode::Internal:
        break;
    }
    return QCoreApplication::translate("mayfly::core::Error", "internal error");
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return errorCodeText(code);
    return errorCodeText(code) + QStringLiteral(": ") + detail;
}

} // namespace mayfly::core

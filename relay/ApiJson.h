#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace mayfly::relay {

namespace api_limits {
constexpr qsizetype MaxRequestBody = 64 * 1024; // every API body is a small JSON object
constexpr int MaxListedMessages = 1000; // one list answer, newest first
constexpr qint64 MaxTtlSeconds = 10LL * 365 * 24 * 3600; // sanity bound before --max-ttl caps it
} // namespace api_limits

struct CreateAddressRequest
{
    QString localPart;
    QString domain;
    qint64 ttlSeconds = -1; // -1: the relay's default
    QByteArray publicKey; // raw 32 bytes or empty
};

// Bounded, strict parsing of the API's JSON bodies: InvalidInput with a reason that names the
// field, LimitExceeded for an oversized body. Fuzzed (tests/fuzz/relay_json.cpp).
[[nodiscard]] core::Result<CreateAddressRequest> parseCreateAddressRequest(const QByteArray& body);
[[nodiscard]] core::Result<qint64> parseExtendRequest(const QByteArray& body);

} // namespace mayfly::relay

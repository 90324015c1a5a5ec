#include "relay/ApiJson.h"

#include "relay/SmtpProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace mayfly::relay {

using core::ErrorCode;
using core::makeError;
using core::Result;

namespace {

Result<QJsonObject> parseObject(const QByteArray& body)
{
    if (body.size() > api_limits::MaxRequestBody)
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("body too large"));
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("malformed JSON: ") + error.errorString());
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("body must be a JSON object"));
    return doc.object();
}

Result<qint64> parseTtl(const QJsonValue& value)
{
    if (!value.isDouble())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ttlSeconds must be a number"));
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d <= 0 || d > double(api_limits::MaxTtlSeconds))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ttlSeconds must be a positive integer"));
    return qint64(d);
}

} // namespace

Result<CreateAddressRequest> parseCreateAddressRequest(const QByteArray& body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    CreateAddressRequest request;
    if (object->contains(u"localPart")) {
        const QJsonValue v = object->value(u"localPart");
        if (!v.isString() || v.toString().size() > smtp_limits::MaxLocalPart)
            return makeError(
                ErrorCode::InvalidInput, QStringLiteral("localPart must be a string of at most 64 characters"));
        request.localPart = v.toString();
    }
    if (object->contains(u"domain")) {
        const QJsonValue v = object->value(u"domain");
        if (!v.isString() || v.toString().size() > smtp_limits::MaxDomain)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("domain must be a string"));
        request.domain = v.toString();
    }
    if (object->contains(u"ttlSeconds")) {
        auto ttl = parseTtl(object->value(u"ttlSeconds"));
        if (!ttl)
            return ttl.error();
        request.ttlSeconds = *ttl;
    }
    if (object->contains(u"publicKey")) {
        const QJsonValue v = object->value(u"publicKey");
        if (!v.isString() || v.toString().size() > 128)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("publicKey must be a base64 string"));
        auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("publicKey must be base64 of 32 bytes"));
        request.publicKey = decoded.decoded;
    }
    return request;
}

Result<qint64> parseExtendRequest(const QByteArray& body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    if (!object->contains(u"ttlSeconds"))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ttlSeconds is required"));
    return parseTtl(object->value(u"ttlSeconds"));
}

} // namespace mayfly::relay

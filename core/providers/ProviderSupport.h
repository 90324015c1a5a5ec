#pragma once

// Small helpers shared by the provider implementations (not part of the public interface).

#include "core/crypto/Random.h"
#include "core/net/HttpClient.h"
#include "core/providers/Provider.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace mayfly::core::providers::detail {

// Callbacks never run inside the call that was given them (Provider contract).
template <typename T>
void later(QObject* context, Callback<T> done, Result<T> result)
{
    QTimer::singleShot(
        0, context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

// For calls whose answer carries nothing but its status (delete, mark seen): success, or the
// error the status means.
inline net::HttpClient::Callback expectSuccess(Callback<void> done)
{
    return [done = std::move(done)](Result<net::Response> result) {
        if (!result)
            return done(result.error());
        if (!result->isSuccess())
            return done(net::errorForStatus(*result));
        done({});
    };
}

inline QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// A conservative RFC 5321 §4.1.2 dot-atom subset: what every provider here accepts.
inline bool isValidLocalPart(const QString& localPart)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._+-]{0,63}$"));
    return valid.match(localPart).hasMatch() && !localPart.contains(QStringLiteral(".."));
}

inline bool isValidDomain(const QString& domain)
{
    static const QRegularExpression valid(
        QStringLiteral("^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)*$"));
    return domain.size() <= 253 && valid.match(domain).hasMatch();
}

// For catch-all servers (Mailpit, Inbucket): the address is ours to choose, nothing to create.
inline Result<Mailbox> catchAllMailbox(
    const CreateRequest& create, const QString& providerId, const QString& defaultDomain)
{
    const QString local = create.localPart.isEmpty() ? crypto::randomToken(12) : create.localPart.toLower();
    const QString domain = create.domain.isEmpty() ? defaultDomain.toLower() : create.domain.toLower();
    if (!isValidLocalPart(local))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("local part"));
    if (!isValidDomain(domain))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("domain"));
    Mailbox mailbox;
    mailbox.address = local + u'@' + domain;
    mailbox.providerId = providerId;
    mailbox.remoteId = mailbox.address;
    mailbox.createdAt = QDateTime::currentDateTimeUtc();
    return mailbox;
}

} // namespace mayfly::core::providers::detail

#pragma once

#include "tests/support/fakes/FakeHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace mayfly::test {

// mail.tm / mail.gw as PROVIDERS.md §1 documents it: Hydra or plain-array collections, 422
// validation errors, JWTs that can stop working (401), 429 with Retry-After, a Mercure hub that
// streams Message events (optionally with the junk line clients have seen), merge-patch PATCH.
class FakeMailTm final : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString id;
        QString from;
        QString subject;
        QByteArray raw;
        bool seen = false;
        QDateTime createdAt;
    };
    struct Account
    {
        QString id;
        QString address;
        QString password;
        QList<Message> messages;
    };

    explicit FakeMailTm(QObject* parent = nullptr);

    [[nodiscard]] bool listen() { return m_server.listen(); }
    [[nodiscard]] QString baseUrl() const { return m_server.baseUrl(); }
    [[nodiscard]] FakeHttpServer& server() { return m_server; }

    void setPlainArrays(bool plain) { m_plainArrays = plain; }
    void setJunkBeforeEvents(bool junk) { m_junk = junk; }
    // The next `count` requests (any path) answer this status, with Retry-After when >= 0.
    void failNext(int count, int status, int retryAfter = -1);
    // The next request answers 200 with bytes that are not JSON.
    void garbageNext() { m_garbageNext = true; }
    // Every JWT issued so far stops working (401), as an expired token would.
    void expireTokens() { m_tokens.clear(); }
    // Passwords stop working too (account taken over / deleted elsewhere).
    void breakPasswords() { m_passwordsBroken = true; }
    void addTakenAddress(const QString& address);
    // Serves the hub at `path` instead and announces it on every answer with a Link header.
    void announceHub(const QString& path) { m_hubPath = path; }

    // A message arrives for `address`: stored, and announced on the Mercure hub.
    QString deliver(const QString& address, const QString& subject, const QByteArray& raw);
    // Drops every open hub stream (clients must reconnect and catch up).
    void dropHubStreams();
    [[nodiscard]] int hubStreams() const;

    [[nodiscard]] const Account* account(const QString& address) const;
    [[nodiscard]] int tokenLogins() const { return m_logins; }

private:
    FakeResponse handle(const FakeRequest& request);
    Account* accountForToken(const FakeRequest& request);
    QByteArray collection(const QList<QByteArray>& items, qsizetype total = -1) const;

    FakeHttpServer m_server;
    QList<Account> m_accounts;
    QHash<QString, QString> m_tokens; // token -> account id
    bool m_plainArrays = false;
    QString m_hubPath = QStringLiteral("/.well-known/mercure");
    bool m_junk = false;
    bool m_garbageNext = false;
    bool m_passwordsBroken = false;
    int m_failCount = 0;
    int m_failStatus = 0;
    int m_failRetryAfter = -1;
    int m_logins = 0;
    int m_nextId = 1;
};

} // namespace mayfly::test

#pragma once

#include "tests/support/fakes/FakeHttpServer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mayfly::test {

// Mailpit's API v1 as its source behaves (PROVIDERS.md §4.2), including the two quirks clients
// must survive: `addressed:`/`to:` search is a substring match, and DELETE /api/v1/messages with
// an empty list, no body or bad JSON deletes every message.
class FakeMailpit final : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString id;
        QStringList to;
        QString subject;
        QByteArray raw;
        bool read = false;
    };

    explicit FakeMailpit(const QString& basicAuth = {}, QObject* parent = nullptr);
    [[nodiscard]] bool listen() { return m_server.listen(); }
    [[nodiscard]] QString baseUrl() const { return m_server.baseUrl(); }
    [[nodiscard]] FakeHttpServer& server() { return m_server; }

    QString deliver(const QStringList& to, const QString& subject, const QByteArray& raw);
    [[nodiscard]] const QList<Message>& messages() const { return m_messages; }
    [[nodiscard]] int eventSockets() const { return m_server.webSocketCount(QStringLiteral("/api/events")); }

private:
    FakeResponse handle(const FakeRequest& request);

    FakeHttpServer m_server;
    QByteArray m_authorization;
    QList<Message> m_messages;
    int m_next = 1;
};

// Inbucket's REST v1 and monitor socket (PROVIDERS.md §4.1) with the default "local" mailbox
// naming: bob@a.test and bob@b.test land in the same mailbox "bob".
class FakeInbucket final : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString id;
        QString mailbox;
        QString to;
        QString subject;
        QByteArray raw;
        bool seen = false;
    };

    explicit FakeInbucket(QObject* parent = nullptr);
    [[nodiscard]] bool listen() { return m_server.listen(); }
    [[nodiscard]] QString baseUrl() const { return m_server.baseUrl(); }
    [[nodiscard]] FakeHttpServer& server() { return m_server; }

    QString deliver(const QString& to, const QString& subject, const QByteArray& raw);
    [[nodiscard]] const QList<Message>& messages() const { return m_messages; }
    [[nodiscard]] int monitorSockets(const QString& name) const;

private:
    FakeResponse handle(const FakeRequest& request);

    FakeHttpServer m_server;
    QList<Message> m_messages;
    int m_next = 1;
};

} // namespace mayfly::test

#pragma once

#include "tests/support/fakes/FakeHttpServer.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mayfly::test {

// mayfly-relay's HTTP/WebSocket API as RELAY-API-CONTRACT.md pins it: creation key, per-address
// bearer tokens (404 for a wrong token, never 403), messages sealed with SealedBox to the public
// key given at creation (associated data = message id), WebSocket events.
class FakeRelay final : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString id;
        QByteArray raw;
        QDateTime receivedAt;
    };
    struct Address
    {
        QString id;
        QString address;
        QString token;
        QByteArray publicKey;
        QDateTime createdAt;
        QDateTime expiresAt;
        QList<Message> messages;
    };

    explicit FakeRelay(const QString& creationKey = {}, QObject* parent = nullptr);

    [[nodiscard]] bool listen() { return m_server.listen(); }
    [[nodiscard]] QString baseUrl() const { return m_server.baseUrl(); }
    [[nodiscard]] FakeHttpServer& server() { return m_server; }

    QString deliver(const QString& address, const QByteArray& raw);
    void expire(const QString& address);
    [[nodiscard]] const Address* address(const QString& address) const;
    [[nodiscard]] int sockets(const QString& address) const;
    void dropSockets(const QString& address);
    // Every stored blob as the relay's disk would hold it (sealed when a key was given).
    [[nodiscard]] QByteArray storedBlob(const QString& address, const QString& messageId) const;

private:
    FakeResponse handle(const FakeRequest& request);
    int upgrade(const FakeRequest& request);
    Address* authorised(const FakeRequest& request, const QString& id);
    QString eventsPath(const Address& address) const;

    FakeHttpServer m_server;
    QString m_creationKey;
    QList<Address> m_addresses;
    int m_nextId = 1;
};

} // namespace mayfly::test

#pragma once

#include "tests/support/fakes/FakeHttpServer.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mayfly::test {

// Guerrilla Mail's ajax.php as PROVIDERS.md §2 describes it: always HTTP 200, numbers as strings,
// an empty body when a parameter is missing, a bare `false` for a foreign mail id, plain text from
// the disabled `extend`, a Set-Cookie on every answer, sid_token in every JSON answer (rotated on
// demand), sessions that die and come back with a new random address.
class FakeGuerrilla final : public QObject
{
    Q_OBJECT

public:
    struct Mail
    {
        QString id;
        QString from;
        QString subject;
        QString body;
        qint64 timestamp = 0;
    };

    explicit FakeGuerrilla(QObject* parent = nullptr);

    [[nodiscard]] bool listen() { return m_server.listen(); }
    [[nodiscard]] QString endpoint() const { return m_server.baseUrl() + QStringLiteral("/ajax.php"); }
    [[nodiscard]] FakeHttpServer& server() { return m_server; }

    QString deliver(const QString& user, const QString& from, const QString& subject, const QString& body);
    // Every answer hands out a new sid_token and the old one stops working.
    void setRotateSids(bool rotate) { m_rotate = rotate; }
    // All sessions die (idle timeout); the next call with an old sid gets a fresh random address.
    void killSessions() { m_sessions.clear(); }
    [[nodiscard]] QList<Mail> inbox(const QString& user) const { return m_inboxes.value(user); }
    [[nodiscard]] qint64 timestampOf(const QString& user) const { return m_claimed.value(user); }

private:
    FakeResponse handle(const FakeRequest& request);
    FakeResponse answer(const QByteArray& json);

    FakeHttpServer m_server;
    QHash<QString, QString> m_sessions; // sid -> user
    QHash<QString, QList<Mail>> m_inboxes;
    QHash<QString, qint64> m_claimed; // user -> email_timestamp
    bool m_rotate = false;
    int m_next = 100;
    qint64 m_clock = 1795000000; // a fixed "now" so timestamps are predictable
};

} // namespace mayfly::test

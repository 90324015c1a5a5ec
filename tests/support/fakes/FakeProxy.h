#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace mayfly::test {

// A SOCKS5 (RFC 1928, no authentication) or HTTP (CONNECT and absolute-form) proxy on 127.0.0.1
// that counts connections and records the host names clients asked for. Every name resolves to
// 127.0.0.1, so a test can use a host name that does not exist in DNS and prove that the client
// let the proxy resolve it (remote DNS).
class FakeProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Socks5,
        Http,
    };

    explicit FakeProxy(Kind kind, QObject* parent = nullptr);
    ~FakeProxy() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] int connectionCount() const { return m_connections; }
    // "host:port" per tunnel, in order; SOCKS5 names are prefixed "name:" or "ip:" by address type.
    [[nodiscard]] QStringList targets() const { return m_targets; }

private:
    void handleSocks(QTcpSocket* client);
    void handleHttp(QTcpSocket* client);

    Kind m_kind;
    std::unique_ptr<QTcpServer> m_server;
    int m_connections = 0;
    QStringList m_targets;
};

} // namespace mayfly::test

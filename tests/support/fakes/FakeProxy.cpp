#include "tests/support/fakes/FakeProxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtEndian>

namespace mayfly::test {

using namespace Qt::StringLiterals;

namespace {

// Joins two sockets both ways; `pending` is what the client already sent past the proxy handshake.
void pipe(QTcpSocket* client, quint16 port, const QByteArray& pending, const QByteArray& replyFirst)
{
    auto* upstream = new QTcpSocket(client);
    QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, pending, replyFirst] {
        if (!replyFirst.isEmpty())
            client->write(replyFirst);
        if (!pending.isEmpty())
            upstream->write(pending);
        QObject::disconnect(client, &QTcpSocket::readyRead, nullptr, nullptr);
        QObject::connect(
            client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    });
    QObject::connect(
        upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    QObject::connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
    upstream->connectToHost(QHostAddress::LocalHost, port);
}

} // namespace

FakeProxy::FakeProxy(Kind kind, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_server(std::make_unique<QTcpServer>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            ++m_connections;
            client->setParent(this);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QTcpSocket::readyRead, this, [this, client] {
                if (m_kind == Kind::Socks5)
                    handleSocks(client);
                else
                    handleHttp(client);
            });
        }
    });
}

FakeProxy::~FakeProxy() = default;

bool FakeProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeProxy::port() const
{
    return m_server->serverPort();
}

void FakeProxy::handleSocks(QTcpSocket* client)
{
    const QByteArray data = client->peek(client->bytesAvailable());
    const int stage = client->property("socksStage").toInt();
    if (stage == 0) {
        // Greeting: VER NMETHODS METHODS (RFC 1928 §3).
        if (data.size() < 2 || data.size() < 2 + quint8(data[1]))
            return;
        client->read(2 + quint8(data[1]));
        client->write(QByteArray("\x05\x00", 2));
        client->setProperty("socksStage", 1);
        if (client->bytesAvailable() > 0)
            handleSocks(client);
        return;
    }
    if (stage != 1)
        return;
    // Request: VER CMD RSV ATYP DST.ADDR DST.PORT (RFC 1928 §4).
    if (data.size() < 5)
        return;
    const quint8 atyp = quint8(data[3]);
    qsizetype addrLen = atyp == 1 ? 4 : atyp == 4 ? 16 : 1 + quint8(data[4]);
    if (data.size() < 4 + addrLen + 2)
        return;
    QString host;
    if (atyp == 1)
        host = u"ip:"_s + QHostAddress(qFromBigEndian<quint32>(data.constData() + 4)).toString();
    else if (atyp == 3)
        host = u"name:"_s + QString::fromLatin1(data.mid(5, quint8(data[4])));
    else
        host = u"ip6"_s;
    const quint16 port = qFromBigEndian<quint16>(data.constData() + 4 + addrLen);
    client->read(4 + addrLen + 2);
    client->setProperty("socksStage", 2);
    m_targets.append(host + u':' + QString::number(port));
    const QByteArray ok("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10);
    pipe(client, port, client->readAll(), ok);
}

void FakeProxy::handleHttp(QTcpSocket* client)
{
    if (client->property("tunnel").toBool())
        return;
    const QByteArray data = client->peek(client->bytesAvailable());
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> requestLine = data.left(data.indexOf("\r\n")).split(' ');
    client->setProperty("tunnel", true);
    if (requestLine.value(0) == "CONNECT") {
        const QByteArray authority = requestLine.value(1);
        m_targets.append(QString::fromLatin1(authority));
        client->read(headEnd + 4);
        const quint16 port = authority.mid(authority.lastIndexOf(':') + 1).toUShort();
        pipe(client, port, client->readAll(), "HTTP/1.1 200 Connection established\r\n\r\n");
        return;
    }
    // Absolute-form (RFC 9112 §3.2.2): forward the request as it is.
    const QUrl url = QUrl::fromEncoded(requestLine.value(1));
    m_targets.append(url.host() + u':' + QString::number(url.port(80)));
    pipe(client, quint16(url.port(80)), client->readAll(), {});
}

} // namespace mayfly::test

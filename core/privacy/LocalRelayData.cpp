#include "core/privacy/LocalRelayData.h"

#include "core/store/Profile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTcpSocket>

namespace mayfly::core::privacy {

namespace {

constexpr qint64 MaxEndpointFileBytes = 4096;
constexpr int HealthTimeoutMs = 1000;

// GET /healthz on loopback, answered 200.
bool answersHealthz(const QUrl& api)
{
    QTcpSocket socket;
    socket.connectToHost(api.host(), quint16(api.port()));
    if (!socket.waitForConnected(HealthTimeoutMs))
        return false;
    socket.write("GET /healthz HTTP/1.1\r\nHost: " + api.authority().toLatin1() + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n") && socket.waitForReadyRead(HealthTimeoutMs) && answer.size() < 1024)
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.0 200");
}

} // namespace

std::optional<QUrl> LocalRelayData::runningEndpoint(const QString& dataDir)
{
    if (dataDir.isEmpty())
        return std::nullopt;
    const QDir dir(dataDir);
    QFile file(dir.filePath(QStringLiteral("endpoint.json")));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxEndpointFileBytes)
        return std::nullopt;
    const QJsonObject endpoint = QJsonDocument::fromJson(file.read(MaxEndpointFileBytes)).object();
    const QUrl api(endpoint.value(QStringLiteral("http")).toString());
    if (!api.isValid() || api.scheme() != u"http" || api.port() <= 0)
        return std::nullopt;
    // A lock we could take is nobody's: the endpoint file is left from a relay that died.
    QLockFile lock(dir.filePath(QStringLiteral("relay.lock")));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return std::nullopt;
    }
    if (lock.error() != QLockFile::LockFailedError || !answersHealthz(api))
        return std::nullopt;
    return api;
}

QString LocalRelayData::directory(const store::Profile& profile)
{
    if (profile.isMemoryOnly() || profile.directory().isEmpty())
        return {};
    return QDir(profile.directory()).filePath(QString::fromLatin1(FolderName));
}

QStringList LocalRelayData::files(const QString& directory)
{
    QStringList out;
    if (directory.isEmpty())
        return out;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}

} // namespace mayfly::core::privacy

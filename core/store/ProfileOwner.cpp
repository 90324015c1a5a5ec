#include "core/store/ProfileOwner.h"

#include "core/common/Logging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>

namespace mayfly::core::store {

namespace {

constexpr int ConnectTimeoutMs = 2000;
constexpr int AnswerTimeoutMs = 5000;
constexpr qint64 MaxRequestBytes = 64;
constexpr int ClaimLockWaitMs = 10000;
constexpr int ClaimLockStaleMs = 15000;

const QByteArray RaiseRequest = QByteArrayLiteral("raise\n");
const QByteArray ReleaseRequest = QByteArrayLiteral("release\n");
const QByteArray Answer = QByteArrayLiteral("ok\n");

// The canonical form of a folder that may not exist yet: the canonical path of its nearest existing
// ancestor plus the rest, so the name stays the same once Profile::open has created it.
QString canonicalFolder(const QString& dir)
{
    QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    QStringList rest;
    while (!path.isEmpty()) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty()) {
            rest.prepend(canonical);
            return QDir::cleanPath(rest.join(u'/'));
        }
        const QFileInfo info(path);
        if (info.path() == path)
            break;
        rest.prepend(info.fileName());
        path = info.path();
    }
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

// Sends one request; true once the owner answered.
bool request(const QString& name, const QByteArray& what, int answerTimeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write(what);
    socket.flush();
    QByteArray answer;
    const QDeadlineTimer deadline(answerTimeoutMs);
    while (!answer.contains('\n') && !deadline.hasExpired()) {
        const bool more = socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        answer += socket.readAll();
        if (!more)
            break;
    }
    return answer.startsWith(Answer);
}

} // namespace

ProfileOwner::ProfileOwner(const QString& profileDir, QObject* parent)
    : QObject(parent)
    , m_name(serverName(profileDir))
{ }

ProfileOwner::~ProfileOwner() = default;

QString ProfileOwner::serverName(const QString& profileDir)
{
    const QByteArray hash
        = QCryptographicHash::hash(canonicalFolder(profileDir).toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return QDir(runtime).filePath(QStringLiteral("mayfly-") + QString::fromLatin1(hash));
}

Result<ProfileOwner::Claim> ProfileOwner::claim()
{
    if (m_server)
        return Claim::Owner;
    // Two apps started at once must not both find no owner and both listen (the second's
    // removeServer would unlink the first's socket): the check and the listen happen under a lock
    // beside the socket, held for a moment only.
    QLockFile claiming(m_name + QStringLiteral(".lock"));
    claiming.setStaleLockTime(ClaimLockStaleMs);
    if (!claiming.tryLock(ClaimLockWaitMs))
        return makeError(ErrorCode::Io, QStringLiteral("cannot lock %1").arg(claiming.fileName()));
    if (request(m_name, RaiseRequest, AnswerTimeoutMs))
        return Claim::OtherRunning;
    // Nobody answered: a socket file left by a crashed app is stale.
    QLocalServer::removeServer(m_name);
    auto server = std::make_unique<QLocalServer>();
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name))
        return makeError(ErrorCode::Io, server->errorString());
    connect(server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection())
            serve(socket);
    });
    m_server = std::move(server);
    qCInfo(lcStore) << "profile owner: listening";
    return Claim::Owner;
}

void ProfileOwner::serve(QLocalSocket* socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > MaxRequestBytes)
                socket->abort();
            return;
        }
        const QByteArray line = socket->readLine(MaxRequestBytes);
        if (line == RaiseRequest) {
            qCInfo(lcStore) << "profile owner: raise requested";
            Q_EMIT raiseRequested();
        } else if (line == ReleaseRequest) {
            qCInfo(lcStore) << "profile owner: release requested";
            Q_EMIT releaseRequested();
        } else {
            socket->abort();
            return;
        }
        socket->write(Answer);
        socket->flush();
        socket->waitForBytesWritten(1000);
        socket->disconnectFromServer();
    });
}

Result<bool> ProfileOwner::askToRelease(const QString& profileDir, int timeoutMs)
{
    const QString name = serverName(profileDir);
    const QDeadlineTimer deadline(timeoutMs);
    if (!request(name, ReleaseRequest, timeoutMs))
        return false;
    // It answered; it is gone once nobody listens any more (the socket closes after the store).
    while (!deadline.hasExpired()) {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (!probe.waitForConnected(200))
            return true;
        probe.abort();
        QThread::msleep(100);
    }
    return makeError(ErrorCode::Timeout,
        QStringLiteral("the Mayfly app that has this profile open did not quit; close it and try again"));
}

} // namespace mayfly::core::store

#include "ui/LocalRelay.h"

#include "core/common/Logging.h"
#include "core/privacy/LocalRelayData.h"
#include "core/providers/RelayProvider.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace mayfly::ui {

LocalRelay::LocalRelay(const QString& dataDir, QObject* parent)
    : LocalRelay(Config{dataDir, {}}, parent)
{ }

LocalRelay::LocalRelay(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (m_config.sealKeys.publicKey.size() != core::crypto::SealedBox::KeySize)
        m_config.sealKeys = core::crypto::SealedBox::generateKeyPair();
}

core::Result<core::crypto::X25519KeyPair> LocalRelay::profileKeyPair(core::store::Store& store)
{
    using core::providers::RelayProvider;
    auto stored = store.secretSetting(RelayProvider::LocalRelayKeySetting);
    if (!stored)
        return stored.error();
    bool created = false;
    auto pair = RelayProvider::operatorKeyPair(*stored, &created);
    stored->fill(u'\0');
    if (!pair || !created)
        return pair;
    QString encoded = RelayProvider::encodeKey(pair->privateKey);
    auto saved = store.setSecretSetting(RelayProvider::LocalRelayKeySetting, encoded);
    encoded.fill(u'\0');
    if (!saved)
        return saved.error();
    return pair;
}

qint64 LocalRelay::processId() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

LocalRelay::~LocalRelay()
{
    stop();
}

QString LocalRelay::findExecutable()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        QDir(appDir).filePath(QStringLiteral("mayfly-relay")), // installed side by side
        QDir(appDir).filePath(QStringLiteral("../relay/mayfly-relay")), // the build tree
        QDir(appDir).filePath(QStringLiteral("../../relay/mayfly-relay")) // a test in the build tree
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("mayfly-relay"));
}

namespace {

constexpr qint64 MaxEndpointFileBytes = 4096;

} // namespace

std::optional<QUrl> LocalRelay::runningEndpoint(const QString& dataDir)
{
    return core::privacy::LocalRelayData::runningEndpoint(dataDir);
}

bool LocalRelay::adoptRunning()
{
    const auto api = runningEndpoint(m_config.dataDir);
    if (!api)
        return false;
    QFile file(QDir(m_config.dataDir).filePath(QStringLiteral("endpoint.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString smtp
        = QJsonDocument::fromJson(file.read(MaxEndpointFileBytes)).object().value(QStringLiteral("smtp")).toString();
    m_smtpPort = quint16(smtp.section(u':', -1).toUInt());
    m_apiUrl = *api;
    m_shared = true;
    m_ready = true;
    qCInfo(lcUi) << "local relay: using the one already running";
    Q_EMIT ready();
    return true;
}

void LocalRelay::start()
{
    if (m_process || m_shared)
        return;
    if (adoptRunning())
        return;
    m_triedPreferred = false;
    launch(true);
}

void LocalRelay::launch(bool preferredPorts)
{
    const QString program = findExecutable();
    if (program.isEmpty()) {
        Q_EMIT failed(tr("mayfly-relay was not found next to Mayfly."));
        return;
    }
    if (!m_config.dataDir.isEmpty())
        QDir().mkpath(m_config.dataDir);
    m_triedPreferred = preferredPorts;
    m_ready = false;
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process.get(), &QProcess::readyRead, this, &LocalRelay::readOutput);
    connect(m_process.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const bool wasReady = m_ready;
        m_ready = false;
        if (!wasReady && code == DataInUseExitCode) {
            // Another relay took the folder meanwhile: use it.
            m_process.release()->deleteLater();
            if (!adoptRunning())
                Q_EMIT failed(tr("The local relay stopped (exit code %1).").arg(code));
            return;
        }
        if (!wasReady && m_triedPreferred) {
            // The well-known ports are taken (another Mayfly, Mailpit ...): let the OS choose.
            m_process.release()->deleteLater();
            launch(false);
            return;
        }
        Q_EMIT failed(tr("The local relay stopped (exit code %1).").arg(code));
    });
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec. PR_SET_PDEATHSIG fires when the thread that forked
    // ends, so LocalRelay is started from the main thread; a parent already gone before the prctl
    // is caught by comparing getppid().
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
#endif
    const QString smtp = QStringLiteral("127.0.0.1:%1").arg(preferredPorts ? PreferredSmtpPort : 0);
    const QString http = QStringLiteral("127.0.0.1:%1").arg(preferredPorts ? PreferredHttpPort : 0);
    QStringList arguments{QStringLiteral("--smtp"), smtp, QStringLiteral("--http"), http, QStringLiteral("--domain"),
        domain(), QStringLiteral("--catch-all"), QStringLiteral("--seal-to"),
        QString::fromLatin1(m_config.sealKeys.publicKey.toBase64()), QStringLiteral("--watch-stdin")};
    if (m_config.dataDir.isEmpty())
        arguments << QStringLiteral("--memory");
    else
        arguments << QStringLiteral("--data") << m_config.dataDir;
    // QProcess keeps the write end of the child's stdin: when this process ends, however it ends,
    // the pipe closes and the relay stops (--watch-stdin).
    m_process->start(program, arguments);
}

void LocalRelay::readOutput()
{
    m_output += m_process->readAll();
    if (m_ready)
        return;
    static const QRegularExpression listening(
        QStringLiteral("listening smtp=(?<smtp>[^\\s]+):(?<smtpPort>\\d+) http=(?<http>[^\\s]+):(?<httpPort>\\d+)"));
    const auto match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    m_smtpPort = quint16(match.captured(u"smtpPort").toUInt());
    m_apiUrl = QUrl(QStringLiteral("http://127.0.0.1:") + match.captured(u"httpPort"));
    m_ready = true;
    m_output.clear();
    qCInfo(lcUi) << "local relay ready";
    Q_EMIT ready();
}

void LocalRelay::stop()
{
    if (m_shared) {
        m_shared = false; // not ours to stop
        m_ready = false;
    }
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process.reset();
    m_ready = false;
}

} // namespace mayfly::ui

#include "core/secrets/KeychainSecretStore.h"

#include "core/common/Logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace mayfly::core::secrets {

namespace {

// The Secret Service may show an unlock prompt; a user can take a while, a dead bus cannot.
constexpr int JobTimeoutMs = 120'000;

// Runs a job to completion in a local event loop. Returns false on timeout.
bool runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(JobTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error mapError(const QKeychain::Job& job)
{
    const QString detail = QStringLiteral("QtKeychain error %1: %2").arg(int(job.error())).arg(job.errorString());
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(ErrorCode::NotFound, detail);
    return makeError(ErrorCode::KeychainUnavailable, detail);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

Result<SecureBuffer> KeychainSecretStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    job.setInsecureFallback(false);
    if (!runJob(job)) {
        m_lastNativeError = QKeychain::OtherError;
        return makeError(ErrorCode::KeychainUnavailable, tr("the keychain did not answer"));
    }
    m_lastNativeError = int(job.error());
    if (job.error() != QKeychain::NoError) {
        qCInfo(lcSecrets) << "keychain read failed with code" << int(job.error());
        return mapError(job);
    }
    QByteArray data = job.binaryData();
    SecureBuffer out = SecureBuffer::fromByteArray(data);
    secureWipe(data);
    return out;
}

Result<void> KeychainSecretStore::write(const QString& key, const SecureBuffer& value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setInsecureFallback(false);
    QByteArray data = value.toByteArray();
    job.setBinaryData(data);
    secureWipe(data);
    if (!runJob(job)) {
        m_lastNativeError = QKeychain::OtherError;
        return makeError(ErrorCode::KeychainUnavailable, tr("the keychain did not answer"));
    }
    m_lastNativeError = int(job.error());
    if (job.error() != QKeychain::NoError) {
        qCInfo(lcSecrets) << "keychain write failed with code" << int(job.error());
        const Error e = mapError(job);
        // A write never reports a missing entry; anything failing here means no usable keychain.
        return makeError(ErrorCode::KeychainUnavailable, e.detail);
    }
    return {};
}

Result<void> KeychainSecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    job.setInsecureFallback(false);
    if (!runJob(job)) {
        m_lastNativeError = QKeychain::OtherError;
        return makeError(ErrorCode::KeychainUnavailable, tr("the keychain did not answer"));
    }
    m_lastNativeError = int(job.error());
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {};
    return mapError(job);
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service (GNOME Keyring / KWallet)");
#endif
}

} // namespace mayfly::core::secrets

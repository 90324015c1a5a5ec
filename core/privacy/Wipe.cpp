#include "core/privacy/Wipe.h"

#include "core/common/Logging.h"
#include "core/privacy/LocalRelayData.h"
#include "core/store/Profile.h"

#include <QDir>
#include <QFile>

namespace mayfly::core::privacy {

namespace {

// Zeroes a file before it is removed: the relay's address names are plain text in its pages.
// Best effort (an SSD may keep old blocks); the mail itself is sealed and needs no such care.
void overwrite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
    const QByteArray zeros(64 * 1024, '\0');
    for (qint64 left = file.size(); left > 0; left -= zeros.size())
        file.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
    file.flush();
}

} // namespace

Result<void> Wipe::everything(
    store::Profile& profile, const QStringList& extraFiles, const std::function<void()>& stopLocalRelay)
{
    for (const QString& file : extraFiles) {
        if (QFile::exists(file) && !QFile::remove(file))
            return makeError(ErrorCode::Io, tr("cannot remove %1").arg(file));
    }
    if (stopLocalRelay)
        stopLocalRelay();
    QString relayFailure;
    const QString relayDir = LocalRelayData::directory(profile);
    if (!relayDir.isEmpty() && QFileInfo::exists(relayDir)) {
        for (const QString& file : LocalRelayData::files(relayDir))
            overwrite(file);
        if (!QDir(relayDir).removeRecursively())
            relayFailure = tr("cannot remove %1").arg(relayDir);
    }
    // The store goes even when the relay's folder would not: the more is deleted, the better.
    if (auto r = profile.wipe(); !r)
        return r;
    if (!relayFailure.isEmpty())
        return makeError(ErrorCode::Io, relayFailure);
    qCInfo(lcPrivacy) << "profile wiped";
    return {};
}

} // namespace mayfly::core::privacy

#include "core/privacy/LocalRelayData.h"

#include "core/store/Profile.h"

#include <QDir>
#include <QDirIterator>

namespace mayfly::core::privacy {

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

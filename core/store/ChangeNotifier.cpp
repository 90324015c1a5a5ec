#include "core/store/ChangeNotifier.h"

#include <QCoreApplication>
#include <QFile>

namespace mayfly::core::store {

ChangeNotifier::ChangeNotifier(const QString& changeFilePath, QObject* parent)
    : QObject(parent)
    , m_path(changeFilePath)
{
    if (!m_path.isEmpty()) {
        if (!QFile::exists(m_path)) {
            QFile f(m_path);
            if (f.open(QIODevice::WriteOnly))
                f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        m_watcher.addPath(m_path);
    }
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ChangeNotifier::onFileChanged);
}

ChangeNotifier::~ChangeNotifier() = default;

bool ChangeNotifier::isWatching() const
{
    return !m_watcher.files().isEmpty();
}

void ChangeNotifier::onFileChanged(const QString& path)
{
    // A file that was replaced or removed drops out of the watch list; watch it again if it is back.
    if (!m_watcher.files().contains(path) && QFile::exists(path))
        m_watcher.addPath(path);
    if (m_ignoreOwnWrites) {
        // Store::notifyChanged writes "<pid> <counter> <msecs>".
        QFile stamp(path);
        if (stamp.open(QIODevice::ReadOnly)) {
            const QByteArray writer = stamp.read(64).trimmed().split(' ').value(0);
            if (writer == QByteArray::number(QCoreApplication::applicationPid()))
                return;
        }
    }
    Q_EMIT changed();
}

} // namespace mayfly::core::store

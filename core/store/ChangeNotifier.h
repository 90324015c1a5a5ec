#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

namespace mayfly::core::store {

// Tells a process that another one (the CLI while the GUI runs, or the reverse) changed the store.
// Every committed write rewrites the store's small "-changed" file in place (Store::notifyChanged);
// this watches that file (inotify, FSEvents, ReadDirectoryChangesW) and emits changed(), so the
// GUI refreshes without polling the database.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(const QString& changeFilePath, QObject* parent = nullptr);
    ~ChangeNotifier() override;

    // Stays quiet about the writes of this process (the stamp names the writer's pid): a window
    // that refreshed itself after its own write must not be reset by its echo.
    void setIgnoreOwnWrites(bool ignore) { m_ignoreOwnWrites = ignore; }

    [[nodiscard]] bool isWatching() const;

Q_SIGNALS:
    void changed();

private:
    void onFileChanged(const QString& path);

    QString m_path;
    QFileSystemWatcher m_watcher;
    bool m_ignoreOwnWrites = false;
};

} // namespace mayfly::core::store

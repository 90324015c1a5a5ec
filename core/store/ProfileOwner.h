#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace mayfly::core::store {

// One profile, one owner at a time. The app that has a profile open listens on a local socket named
// after the profile's canonical folder, in the runtime directory (XDG_RUNTIME_DIR), never in the
// profile itself. A second `mayfly` on the same profile connects and asks the first to come forward;
// `mayfly-cli wipe` asks it to let go (stop, close its store, quit) before it deletes the files, so
// nothing writes into a deleted database. A socket left by a crashed app is removed only after a
// connection to it failed. Memory-only sessions have no folder and take no ownership.
class ProfileOwner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileOwner)

public:
    enum class Claim
    {
        Owner, // this process owns the profile now
        OtherRunning, // another process owns it and was asked to show its window
    };

    explicit ProfileOwner(const QString& profileDir, QObject* parent = nullptr);
    ~ProfileOwner() override;

    // The local socket's full path for a profile folder (which need not exist yet).
    [[nodiscard]] static QString serverName(const QString& profileDir);

    [[nodiscard]] Result<Claim> claim();
    [[nodiscard]] bool isOwner() const { return m_server != nullptr; }

    // For another process: asks the app that owns `profileDir` to let go, and waits (at most
    // `timeoutMs`) until it is gone. false: no app owned it. Timeout: it answered but did not quit.
    [[nodiscard]] static Result<bool> askToRelease(const QString& profileDir, int timeoutMs);

Q_SIGNALS:
    void raiseRequested();
    // The owner must stop everything that writes to the profile and quit; the answer is sent
    // after the connected slots have run.
    void releaseRequested();

private:
    void serve(QLocalSocket* socket);

    QString m_name;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace mayfly::core::store

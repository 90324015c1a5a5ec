#pragma once

#include <QObject>

#include <memory>

namespace mayfly::relay {

// Tells when standard input reaches end of file (--watch-stdin). A parent that starts the relay
// with a pipe as its stdin and keeps the write end ends the relay by closing it or by dying: the
// kernel closes a dead process's descriptors on every OS, so this works where PR_SET_PDEATHSIG
// (Linux only) does not. Whatever arrives on stdin is read and discarded.
//
// A detached thread blocks in read(2) on descriptor 0 (the same call on every OS, no stdio lock
// that exit() could wait on); it is left blocked when the process exits.
class StdinWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdinWatch)

public:
    explicit StdinWatch(QObject* parent = nullptr);
    ~StdinWatch() override;

    void start();

Q_SIGNALS:
    // Queued to this object's thread, once.
    void ended();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_started = false;
};

} // namespace mayfly::relay

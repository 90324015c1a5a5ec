#include "relay/StdinWatch.h"

#include <QMutex>
#include <QMutexLocker>

#include <cerrno>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mayfly::relay {

struct StdinWatch::Shared
{
    QMutex mutex;
    StdinWatch* owner = nullptr; // cleared by the destructor before the object goes
};

namespace {

// One read of standard input: > 0 bytes, 0 at end of file, < 0 on error (errno set).
long readStdin(char* buffer, unsigned size)
{
#ifdef Q_OS_WIN
    return ::_read(0, buffer, size);
#else
    return long(::read(STDIN_FILENO, buffer, size));
#endif
}

} // namespace

StdinWatch::StdinWatch(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

StdinWatch::~StdinWatch()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->owner = nullptr;
}

void StdinWatch::start()
{
    if (m_started)
        return;
    m_started = true;
    std::thread([shared = m_shared] {
        char buffer[512];
        for (;;) {
            const long n = readStdin(buffer, sizeof buffer);
            if (n > 0 || (n < 0 && errno == EINTR))
                continue;
            break; // end of file, or an error that will not go away (EBADF: no stdin at all)
        }
        QMutexLocker lock(&shared->mutex);
        if (StdinWatch* owner = shared->owner)
            QMetaObject::invokeMethod(owner, &StdinWatch::ended, Qt::QueuedConnection);
    }).detach();
}

} // namespace mayfly::relay

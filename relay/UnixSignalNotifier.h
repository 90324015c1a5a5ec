#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace mayfly::relay {

// Turns SIGTERM/SIGINT into a Qt signal: the handler only writes the signal number to a socket
// pair (async-signal-safe); a QSocketNotifier reads it on the event loop.
class UnixSignalNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalNotifier(const QList<int>& signals, QObject* parent = nullptr);
    ~UnixSignalNotifier() override;
    Q_DISABLE_COPY_MOVE(UnixSignalNotifier)

    [[nodiscard]] bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace mayfly::relay

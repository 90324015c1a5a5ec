#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <memory>

namespace mayfly::test {

// Starts a program (usually mayfly-relay with ports :0) and waits until it prints a line matching
// `readyPattern` on stdout or stderr; the pattern's named groups are then available through
// capture(). Kills the process when destroyed.
class ChildProcess final
{
public:
    ChildProcess();
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    [[nodiscard]] bool start(const QString& program, const QStringList& arguments,
        const QRegularExpression& readyPattern, int timeoutMs = 15000);
    [[nodiscard]] QString capture(const QString& group) const;
    [[nodiscard]] QString output() const;
    [[nodiscard]] QProcess& process() { return *m_process; }

    // SIGTERM and wait; returns the exit code, or -1 if it had to be killed.
    int terminate(int timeoutMs = 10000);
    void kill();

    // A TCP port on 127.0.0.1 that was free a moment ago (prefer ":0" where the program supports it).
    [[nodiscard]] static quint16 freeLoopbackPort();

private:
    std::unique_ptr<QProcess> m_process;
    QRegularExpressionMatch m_match;
    QByteArray m_output;
};

} // namespace mayfly::test

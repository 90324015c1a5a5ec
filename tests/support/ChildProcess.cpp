#include "tests/support/ChildProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTimer>

namespace mayfly::test {

ChildProcess::ChildProcess()
    : m_process(std::make_unique<QProcess>())
{ }

ChildProcess::~ChildProcess()
{
    kill();
}

bool ChildProcess::start(
    const QString& program, const QStringList& arguments, const QRegularExpression& readyPattern, int timeoutMs)
{
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(timeoutMs))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            m_output += m_process->readAll();
            return false;
        }
        if (m_process->waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)))
            || m_process->bytesAvailable())
            m_output += m_process->readAll();
        m_match = readyPattern.match(QString::fromUtf8(m_output));
        if (m_match.hasMatch())
            return true;
    }
    return false;
}

QString ChildProcess::capture(const QString& group) const
{
    return m_match.captured(group);
}

QString ChildProcess::output() const
{
    return QString::fromUtf8(m_output + m_process->peek(1 << 20));
}

int ChildProcess::terminate(int timeoutMs)
{
    if (m_process->state() == QProcess::NotRunning)
        return m_process->exitCode();
    m_process->terminate();
    if (m_process->waitForFinished(timeoutMs))
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    kill();
    return -1;
}

void ChildProcess::kill()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

quint16 ChildProcess::freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace mayfly::test

#pragma once

#include <QDateTime>

#include <atomic>

namespace mayfly::relay {

// Where the relay reads the time. Expiry depends on it, so tests inject a ManualClock instead of
// waiting for real time to pass.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = QDateTime::currentMSecsSinceEpoch())
        : m_now(startMs)
    { }
    [[nodiscard]] qint64 nowMs() const override { return m_now.load(); }
    void advanceMs(qint64 delta) { m_now += delta; }
    void setMs(qint64 value) { m_now = value; }

private:
    std::atomic<qint64> m_now;
};

// ISO 8601 UTC with "Z" and whole seconds, as the API contract pins.
[[nodiscard]] inline QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace mayfly::relay

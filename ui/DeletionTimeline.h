#pragma once

#include "core/privacy/Schedule.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QWidget>

namespace mayfly::ui {

// The dashboard's plot of what Mayfly will still hold over the next days: a step line of stored
// items (solid) and bytes (dashed) that falls at each scheduled deletion, a dot per deletion, and
// the next deletion marked by a vertical line. Hovering a dot names what goes then. Drawn with
// QPainter; the geometry is public so tests can check where things land.
class DeletionTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletionTimeline)

public:
    static constexpr int HoverRadius = 8; // pixels around a dot that count as hovering it
    static constexpr int MaxToolTipItems = 12; // the rest is summed up as "and N more"

    explicit DeletionTimeline(QWidget* parent = nullptr);
    ~DeletionTimeline() override;

    void setSchedule(const QList<core::privacy::SchedulePoint>& points, const QDateTime& now,
        qint64 horizonSeconds = core::privacy::Schedule::DefaultHorizonSeconds);

    [[nodiscard]] const QList<core::privacy::SchedulePoint>& points() const { return m_points; }
    [[nodiscard]] QDateTime now() const { return m_now; }
    [[nodiscard]] QDateTime end() const { return m_now.addSecs(m_horizon); }
    // Index into points() of the soonest deletion; -1 when nothing is scheduled in the window.
    [[nodiscard]] int nextDeletionIndex() const;
    // Where a point is drawn in widget coordinates.
    [[nodiscard]] QRectF plotRect() const;
    [[nodiscard]] qreal xFor(const QDateTime& time) const;
    [[nodiscard]] QPointF positionOf(int index) const;
    // The point under `pos` (within HoverRadius), or -1.
    [[nodiscard]] int pointAt(const QPointF& pos) const;
    // The hover text of a point, plain text (stranger-supplied subjects stay text).
    [[nodiscard]] QString describePoint(int index) const;

    // One stored item in words, for tooltips and the dashboard's rows; sender and subject are
    // cut to one line of plain text.
    [[nodiscard]] static QString itemName(const core::privacy::StoredItem& item);

    // The colour of the next-deletion marker (fixed, readable on light and dark palettes).
    [[nodiscard]] static QColor markerColor() { return QColor(0xe8, 0x6a, 0x17); }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] qreal yForItems(qint64 items) const;
    [[nodiscard]] qreal yForBytes(qint64 bytes) const;

    QList<core::privacy::SchedulePoint> m_points;
    QDateTime m_now;
    qint64 m_horizon = core::privacy::Schedule::DefaultHorizonSeconds;
    qint64 m_maxItems = 1;
    qint64 m_maxBytes = 1;
};

} // namespace mayfly::ui

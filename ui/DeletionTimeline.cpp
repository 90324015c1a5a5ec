#include "ui/DeletionTimeline.h"

#include "ui/PlainText.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <cmath>

namespace mayfly::ui {

using core::privacy::SchedulePoint;
using core::privacy::StoredItem;

namespace {

constexpr int MarginLeft = 48;
constexpr int MarginRight = 56;
constexpr int MarginTop = 26;
constexpr int MarginBottom = 26;
constexpr qreal DotRadius = 4.0;

} // namespace

DeletionTimeline::DeletionTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deletionTimeline"));
    setAccessibleName(tr("Deletion timeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

DeletionTimeline::~DeletionTimeline() = default;

QSize DeletionTimeline::sizeHint() const
{
    return {640, 200};
}

QSize DeletionTimeline::minimumSizeHint() const
{
    return {320, 140};
}

void DeletionTimeline::setSchedule(const QList<SchedulePoint>& points, const QDateTime& now, qint64 horizonSeconds)
{
    m_points = points;
    m_now = now;
    m_horizon = qMax<qint64>(3600, horizonSeconds);
    m_maxItems = 1;
    m_maxBytes = 1;
    for (const SchedulePoint& p : points) {
        m_maxItems = qMax(m_maxItems, p.items);
        m_maxBytes = qMax(m_maxBytes, p.bytes);
    }
    const int next = nextDeletionIndex();
    setAccessibleDescription(
        next < 0 ? tr("No deletion is scheduled in the next days.") : tr("Next deletion: %1").arg(describePoint(next)));
    update();
}

int DeletionTimeline::nextDeletionIndex() const
{
    for (int i = 0; i < m_points.size(); ++i) {
        if (!m_points[i].going.isEmpty())
            return i;
    }
    return -1;
}

QRectF DeletionTimeline::plotRect() const
{
    return QRectF(rect()).adjusted(MarginLeft, MarginTop, -MarginRight, -MarginBottom);
}

qreal DeletionTimeline::xFor(const QDateTime& time) const
{
    const QRectF plot = plotRect();
    const qreal fraction = qBound(0.0, qreal(m_now.secsTo(time)) / qreal(m_horizon), 1.0);
    return plot.left() + fraction * plot.width();
}

qreal DeletionTimeline::yForItems(qint64 items) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - qreal(items) / qreal(m_maxItems) * plot.height();
}

qreal DeletionTimeline::yForBytes(qint64 bytes) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - qreal(bytes) / qreal(m_maxBytes) * plot.height();
}

QPointF DeletionTimeline::positionOf(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    return {xFor(m_points[index].at), yForItems(m_points[index].items)};
}

int DeletionTimeline::pointAt(const QPointF& pos) const
{
    int best = -1;
    qreal bestDistance = HoverRadius;
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_points[i].going.isEmpty())
            continue;
        const QPointF d = positionOf(i) - pos;
        const qreal distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString DeletionTimeline::itemName(const StoredItem& item)
{
    if (item.kind == StoredItem::Kind::Address)
        return tr("Address %1").arg(singleLine(item.address, 120));
    const QString subject = item.subject.isEmpty() ? tr("(no subject)") : singleLine(item.subject, 80);
    const QString sender = item.sender.isEmpty() ? tr("(unknown sender)") : singleLine(item.sender, 60);
    return tr("Message from %1: %2").arg(sender, subject);
}

QString DeletionTimeline::describePoint(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const SchedulePoint& p = m_points[index];
    const QLocale locale;
    QStringList lines;
    lines.append(tr("%1: %n item(s) deleted", nullptr, int(p.going.size()))
                     .arg(locale.toString(p.at.toLocalTime(), QLocale::ShortFormat)));
    for (int i = 0; i < p.going.size() && i < MaxToolTipItems; ++i)
        lines.append(QStringLiteral("\u2022 ") + itemName(p.going[i]));
    if (p.going.size() > MaxToolTipItems)
        lines.append(tr("and %n more", nullptr, int(p.going.size() - MaxToolTipItems)));
    lines.append(tr("Left afterwards: %n item(s), %1", nullptr, int(p.items)).arg(locale.formattedDataSize(p.bytes)));
    return lines.join(u'\n');
}

bool DeletionTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = pointAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipText(describePoint(index)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void DeletionTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF plot = plotRect();
    const QLocale locale;

    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QColor grid = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::Text);
    const QColor items = pal.color(QPalette::Highlight);

    // One tick per day; the axis starts now.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const int days = int(m_horizon / (24 * 3600));
    for (int d = 0; d <= days; ++d) {
        const QDateTime at = m_now.addDays(d);
        const qreal x = xFor(at);
        painter.setPen(QPen(grid, 1, d == 0 ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(text);
        const QString label = d == 0 ? tr("now") : locale.toString(at.toLocalTime().date(), QStringLiteral("ddd d"));
        painter.drawText(
            QRectF(x - 40, plot.bottom() + 4, 80, MarginBottom - 4), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    painter.setPen(QPen(grid, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Axis labels: items on the left, bytes on the right.
    painter.setPen(items);
    painter.drawText(
        QRectF(0, plot.top() - 8, MarginLeft - 6, 16), Qt::AlignRight | Qt::AlignVCenter, QString::number(m_maxItems));
    painter.drawText(
        QRectF(0, plot.bottom() - 8, MarginLeft - 6, 16), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    painter.setPen(text);
    painter.drawText(QRectF(plot.right() + 6, plot.top() - 8, MarginRight - 6, 16), Qt::AlignLeft | Qt::AlignVCenter,
        locale.formattedDataSize(m_maxBytes, 1));

    if (m_points.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, tr("Nothing stored"));
        return;
    }

    // Step lines: the level holds until the next deletion, then drops.
    auto steps = [&](auto yOf) {
        QPainterPath path;
        path.moveTo(xFor(m_points.first().at), yOf(m_points.first()));
        for (int i = 1; i < m_points.size(); ++i) {
            const qreal x = xFor(m_points[i].at);
            path.lineTo(x, yOf(m_points[i - 1]));
            path.lineTo(x, yOf(m_points[i]));
        }
        path.lineTo(plot.right(), yOf(m_points.last()));
        return path;
    };
    painter.setPen(QPen(text, 1.2, Qt::DashLine));
    painter.drawPath(steps([this](const SchedulePoint& p) { return yForBytes(p.bytes); }));
    painter.setPen(QPen(items, 2.2));
    painter.drawPath(steps([this](const SchedulePoint& p) { return yForItems(p.items); }));

    // The next deletion: a vertical line across the plot and a label above it.
    const int next = nextDeletionIndex();
    if (next >= 0) {
        const qreal x = xFor(m_points[next].at);
        painter.setPen(QPen(markerColor(), 2));
        painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()));
        const qint64 minutes = qMax<qint64>(1, m_now.secsTo(m_points[next].at) / 60);
        const QString when = minutes < 120 ? tr("next deletion in %n minute(s)", nullptr, int(minutes))
                                           : tr("next deletion in %n hour(s)", nullptr, int(minutes / 60));
        const QRectF label(qMin(x + 4, plot.right() - 200), 2, 200, MarginTop - 6);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, when);
    }

    // A dot per deletion.
    painter.setPen(QPen(pal.color(QPalette::Base), 1.5));
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_points[i].going.isEmpty())
            continue;
        painter.setBrush(i == next ? markerColor() : items);
        painter.drawEllipse(positionOf(i), DotRadius, DotRadius);
    }
}

} // namespace mayfly::ui

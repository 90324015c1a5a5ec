#include "app/gui/StartupTrace.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <functional>

#if defined(__linux__)
#include <ctime>
#include <unistd.h>
#endif

namespace mayfly::app {

namespace {

// The user reads the window before clicking: the click waits until start-up work has settled. Peak
// memory is read once work that runs after the last frame (Qt lays rich text out in steps) is done.
constexpr int SettleMs = 1000;

struct Clock
{
    QElapsedTimer sinceBegin;
    double processAgeAtBegin = 0; // ms; 0 when the process start is unknown
    bool fromProcessStart = false;

    [[nodiscard]] double nowMs() const { return processAgeAtBegin + double(sinceBegin.nsecsElapsed()) / 1e6; }
};

Clock& clock()
{
    static Clock instance;
    return instance;
}

void line(const char* name, const QByteArray& value)
{
    std::fprintf(stderr, "mayfly-trace: %s %s\n", name, value.constData());
    std::fflush(stderr);
}

void milestone(const char* name, const QByteArray& note = {})
{
    line(name,
        QByteArray::number(clock().nowMs(), 'f', 1) + " ms" + (note.isEmpty() ? QByteArray() : " (" + note + ')'));
}

QByteArray readProcFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Milliseconds since this process started, from /proc/self/stat field 22 (starttime, in clock ticks
// since boot) against CLOCK_BOOTTIME; -1 when unknown.
double processAgeMs([[maybe_unused]] int* tickMs)
{
#if defined(__linux__)
    const QByteArray stat = readProcFile(QStringLiteral("/proc/self/stat"));
    // Field 2 (the command name) may hold spaces and parentheses: field 3 follows the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeField = 22;
    constexpr int FirstField = 3;
    if (stat.isEmpty() || fields.size() <= StartTimeField - FirstField)
        return -1;
    bool ok = false;
    const qulonglong ticks = fields.at(StartTimeField - FirstField).toULongLong(&ok);
    const long perSecond = sysconf(_SC_CLK_TCK);
    timespec boot{};
    if (!ok || perSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &boot) != 0)
        return -1;
    *tickMs = int(1000 / perSecond);
    return double(boot.tv_sec) * 1e3 + double(boot.tv_nsec) / 1e6 - double(ticks) * 1e3 / double(perSecond);
#else
    return -1;
#endif
}

// VmHWM ("high water mark": peak resident set) of a process, in kB; -1 when unknown.
qint64 peakResidentKb(const QString& pid)
{
    const QByteArray status = readProcFile(QStringLiteral("/proc/%1/status").arg(pid));
    for (const QByteArray& entry : status.split('\n')) {
        if (entry.startsWith("VmHWM:"))
            return entry.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// The process's direct children (the local relay), from every thread's children list.
QStringList childProcesses()
{
    QStringList pids;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray children = readProcFile(tasks.filePath(task + QStringLiteral("/children")));
        for (const QByteArray& pid : children.split(' ')) {
            if (!pid.trimmed().isEmpty())
                pids.append(QString::fromLatin1(pid.trimmed()));
        }
    }
    return pids;
}

void reportMemory(const char* name)
{
    const qint64 own = peakResidentKb(QStringLiteral("self"));
    line(name, own < 0 ? QByteArray("unavailable") : QByteArray::number(own) + " kB");
}

// Watches paint events application-wide (only while tracing) and turns them into milestones.
class Tracer final : public QObject
{
public:
    explicit Tracer(QObject* parent)
        : QObject(parent)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        auto* widget = static_cast<QWidget*>(watched);
        if (!m_window) {
            // The first frame of the first window: the step runs once the frame is painted and flushed.
            m_window = widget->window();
            m_list = m_window->findChild<QAbstractItemView*>(QStringLiteral("messageList"));
            m_view = m_window->findChild<QAbstractScrollArea*>(QStringLiteral("messageView"));
            const QByteArray name = m_window->objectName().isEmpty() ? QByteArray(m_window->metaObject()->className())
                                                                     : m_window->objectName().toLatin1();
            afterFrame([this, name] {
                milestone("shown", name);
                reportMemory("vmhwm-shown");
                if (!m_list)
                    finishAfterSettling();
            });
        }
        if (m_list && !m_listed && widget == m_list->viewport() && m_list->model() && m_list->model()->rowCount() > 0) {
            m_listed = true;
            const int rows = m_list->model()->rowCount();
            afterFrame([this, rows] {
                milestone("listed", QByteArray::number(rows) + " messages");
                QTimer::singleShot(SettleMs, this, [this] { openMessage(); });
            });
        }
        if (m_opening && m_view && widget == m_view->viewport()) {
            m_opening = false;
            afterFrame([this] {
                line("rendered",
                    QByteArray::number(double(m_openTimer.nsecsElapsed()) / 1e6, 'f', 1) + " ms (click to painted)");
                finishAfterSettling();
            });
        }
        return false;
    }

private:
    void afterFrame(std::function<void()> step) { QTimer::singleShot(0, this, std::move(step)); }

    // What a click on the message's row does: a press and a release on the list's viewport.
    void openMessage()
    {
        const QString wanted = qEnvironmentVariable("MAYFLY_TRACE_OPEN");
        QAbstractItemModel* model = m_list ? m_list->model() : nullptr;
        if (wanted.isEmpty() || !model || !m_view) {
            finish();
            return;
        }
        QModelIndex found;
        for (int row = 0; row < model->rowCount() && !found.isValid(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString().contains(wanted)) {
                    found = model->index(row, 0);
                    break;
                }
            }
        }
        if (!found.isValid()) {
            line("open", "failed (no row matches MAYFLY_TRACE_OPEN)");
            finish();
            return;
        }
        m_list->scrollTo(found);
        QWidget* viewport = m_list->viewport();
        const QPointF at = m_list->visualRect(found).center();
        const QPointF global = viewport->mapToGlobal(at);
        QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        m_opening = true;
        m_openTimer.start();
        QCoreApplication::sendEvent(viewport, &press);
        QCoreApplication::sendEvent(viewport, &release);
    }

    void finishAfterSettling()
    {
        QCoreApplication::instance()->removeEventFilter(this);
        QTimer::singleShot(SettleMs, this, [this] { finish(); });
    }

    void finish()
    {
        QCoreApplication::instance()->removeEventFilter(this);
        reportMemory("vmhwm");
        qint64 children = 0;
        const QStringList pids = childProcesses();
        for (const QString& pid : pids)
            children += std::max<qint64>(0, peakResidentKb(pid));
        line("vmhwm-children",
            QByteArray::number(children) + " kB (processes: " + QByteArray::number(pids.size()) + ')');
        if (qEnvironmentVariableIsSet("MAYFLY_TRACE_EXIT"))
            QCoreApplication::exit(0);
    }

    QPointer<QWidget> m_window;
    QPointer<QAbstractItemView> m_list;
    QPointer<QAbstractScrollArea> m_view;
    bool m_listed = false;
    bool m_opening = false;
    QElapsedTimer m_openTimer;
};

void installTracer()
{
    QCoreApplication::instance()->installEventFilter(new Tracer(QCoreApplication::instance()));
}

} // namespace

void StartupTrace::begin()
{
    if (!qEnvironmentVariableIsSet("MAYFLY_TRACE_STARTUP"))
        return;
    Clock& c = clock();
    c.sinceBegin.start();
    int tickMs = 0;
    const double age = processAgeMs(&tickMs);
    // A process that is minutes old when main() runs means the clocks disagree: use main() instead.
    c.fromProcessStart = age >= 0 && age < 60'000;
    c.processAgeAtBegin = c.fromProcessStart ? age : 0;
    line("clock",
        c.fromProcessStart ? "since process start (/proc/self/stat starttime, " + QByteArray::number(tickMs)
                + " ms ticks: figures may read up to one tick high)"
                           : QByteArray("since main() (QElapsedTimer; the process start is unknown here)"));
    milestone("main");
    // Runs inside the QApplication constructor, or at once if the application exists already.
    qAddPreRoutine(installTracer);
}

} // namespace mayfly::app

#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace mayfly::ui {

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfStillOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    if (m_timer.isActive())
        clearIfStillOurs();
}

void ClipboardGuard::setClearAfter(int seconds)
{
    m_clearSeconds = qMax(0, seconds);
}

void ClipboardGuard::copySecret(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // Clipboard managers that honour these hints do not record the entry.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(1, '\0'));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_text = text;
    if (m_clearSeconds > 0)
        m_timer.start(m_clearSeconds * 1000);
}

void ClipboardGuard::copyPlain(const QString& text)
{
    m_timer.stop();
    m_text.clear();
    QGuiApplication::clipboard()->setText(text);
}

void ClipboardGuard::clearIfStillOurs()
{
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!m_text.isEmpty() && clipboard->text() == m_text)
        clipboard->clear();
    m_text.clear();
    Q_EMIT cleared();
}

} // namespace mayfly::ui

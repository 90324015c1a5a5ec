#include "ui/Notification.h"

#include "ui/PlainText.h"

namespace mayfly::ui {

namespace {

class NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(mayfly::ui::MainWindow)
};

// Characters some notification daemons read as markup are replaced, the rest stays readable.
QString safeText(const QString& text)
{
    QString out = singleLine(text, 120);
    out.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203A)).replace(u'&', QChar(0xFF06));
    return out;
}

// The code, wherever it appears, as bullets of the same length.
QString withoutCode(QString text, const QString& code)
{
    if (!code.isEmpty())
        text.replace(code, QString(code.size(), QChar(0x2022)), Qt::CaseInsensitive);
    return text;
}

} // namespace

Notification notificationFor(const QString& address, const QString& from, const QString& subject, const QString& code,
    const AppSettings& settings)
{
    Notification n;
    n.title = NotificationText::tr("New message for %1").arg(safeText(address));
    QStringList lines;
    if (settings.showSenderInNotifications) {
        const QString shownCode = settings.showCodeInNotifications ? QString() : code;
        lines << safeText(withoutCode(from, shownCode)) << safeText(withoutCode(subject, shownCode));
    }
    if (!code.isEmpty())
        lines << (settings.showCodeInNotifications ? NotificationText::tr("Code: %1").arg(safeText(code))
                                                   : NotificationText::tr("A code was received."));
    n.body = lines.join(u'\n');
    return n;
}

} // namespace mayfly::ui

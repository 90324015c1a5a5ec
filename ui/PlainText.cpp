#include "ui/PlainText.h"

#include <QLabel>

namespace mayfly::ui {

QString toolTipText(const QString& plain)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + plain.toHtmlEscaped() + QStringLiteral("</p>");
}

QString singleLine(const QString& plain, int maxChars)
{
    QString out;
    out.reserve(qMin(plain.size(), qsizetype(maxChars) + 1));
    for (const QChar c : plain) {
        if (out.size() >= maxChars) {
            out.append(QChar(0x2026));
            break;
        }
        if (c == u'\n' || c == u'\r' || c == u'\t')
            out.append(u' ');
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue; // bidi overrides and zero-width characters (core/mime flags them as well)
        else
            out.append(c);
    }
    return out.simplified();
}

QLabel* noteLabel(const QString& plain, QWidget* parent)
{
    auto* label = new QLabel(plain, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

} // namespace mayfly::ui

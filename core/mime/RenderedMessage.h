#pragma once

#include "core/extract/CodeExtractor.h"
#include "core/html/Report.h"
#include "core/mime/Message.h"

#include <QByteArray>
#include <QString>

namespace mayfly::core::mime {

// Everything the UI and the CLI show of one raw message: parse -> sanitise -> extract.
struct RenderedMessage
{
    Message message; // headers, bodies as received, inline parts, attachments
    QString html; // sanitised, QTextDocument subset; safe to hand to a QTextBrowser
    QString text; // visible text
    html::Report report;
    QList<extract::CodeCandidate> codes; // best first
    QList<extract::CodeCandidate> links; // confirmation-link candidates, best first
    QList<Attachment> attachments;
    QStringList problems; // MIME problems and sanitiser notices
    bool plainTextFallback = false;
};

// Never fails. recipient: the address the message was delivered to (finds it in tracking URLs).
[[nodiscard]] RenderedMessage render(const QByteArray& raw, const QString& recipient = {});

} // namespace mayfly::core::mime

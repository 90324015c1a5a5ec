#include "core/mime/RenderedMessage.h"

#include "core/html/ImageFormat.h"
#include "core/html/Sanitizer.h"
#include "core/mime/MimeParser.h"

#include <QCoreApplication>

namespace mayfly::core::mime {

RenderedMessage render(const QByteArray& raw, const QString& recipient)
{
    RenderedMessage rendered;
    rendered.message = MimeParser::parse(raw);
    const Message& m = rendered.message;

    html::SanitizeOptions options;
    options.recipient = recipient;
    // Only parts whose bytes are an allowed raster image may be shown; the others are listed as
    // blocked below when the HTML refers to them.
    QStringList refusedParts;
    for (const Part& part : m.inlineParts) {
        if (html::checkRasterImage(part.data).allowed)
            options.cidIds.insert(part.contentId);
        else
            refusedParts.append(part.contentId);
    }

    html::SanitizeResult result;
    if (!m.htmlBody.isEmpty() && !m.plainTextFallback) {
        result = html::Sanitizer::sanitize(m.htmlBody, options);
    } else {
        QString text = m.textBody;
        if (text.isEmpty() && !m.htmlBody.isEmpty()) {
            // Malformed mail with only HTML: its text, never its markup.
            text = html::Sanitizer::sanitize(m.htmlBody, options).text;
        }
        result = html::Sanitizer::plainTextToHtml(text, options);
    }
    rendered.html = result.html;
    rendered.text = result.text.isEmpty() ? m.textBody : result.text;
    rendered.report = result.report;
    for (const QString& id : std::as_const(refusedParts)) {
        if (id.isEmpty() || !m.htmlBody.contains(QStringLiteral("cid:") + id, Qt::CaseInsensitive))
            continue;
        html::BlockedReference ref;
        ref.element = QStringLiteral("img");
        ref.attribute = QStringLiteral("src");
        ref.url = QStringLiteral("cid:") + id;
        ref.reason = html::BlockReason::DisallowedImageData;
        ref.reasonText = html::blockReasonText(ref.reason);
        rendered.report.blocked.append(ref);
    }
    rendered.plainTextFallback = m.plainTextFallback || result.report.plainTextFallback;
    if (m.plainTextFallback) {
        // The banner lives in the HTML itself so that every viewer shows it.
        const QString warning = QCoreApplication::translate("mayfly::core::mime::render",
            "This message is malformed in a way that can hide or fake content. It is shown as plain text.");
        rendered.html.prepend(QStringLiteral("<table width=\"100%\" bgcolor=\"#fff3cd\" cellpadding=\"6\"><tr><td><b>")
            + warning.toHtmlEscaped() + QStringLiteral("</b></td></tr></table>"));
    }
    rendered.problems = m.problems + result.report.notices;

    // Codes come from the plain text when the sender wrote one, else from the HTML's visible text.
    const QString codeText = m.textBody.isEmpty() ? result.text : m.textBody;
    rendered.codes = extract::CodeExtractor::extractCodes(m.subject, codeText);
    if (rendered.codes.isEmpty() && codeText != result.text && !result.text.isEmpty())
        rendered.codes = extract::CodeExtractor::extractCodes(m.subject, result.text);
    rendered.links = extract::CodeExtractor::findLinks(result.report.links);
    rendered.attachments = m.attachments;
    return rendered;
}

} // namespace mayfly::core::mime

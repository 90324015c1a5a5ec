#include "app/cli/MessageText.h"

#include "core/mime/RenderedMessage.h"

namespace mayfly::cli {

using namespace mayfly::core;

namespace {
// The preview the list shows: a line, not a body.
constexpr qsizetype PreviewChars = 160;
} // namespace

Result<RenderedText> renderMessage(const QByteArray& raw, BodyKind kind)
{
    const mime::RenderedMessage r = mime::render(raw);
    RenderedText out;
    out.from = r.message.from.toDisplayString();
    out.subject = r.message.subject;
    if (kind == BodyKind::Html)
        out.body = r.html;
    else
        out.body = r.message.textBody.isEmpty() ? r.text : r.message.textBody;
    if (!r.codes.isEmpty())
        out.code = r.codes.constFirst().value;
    if (!r.links.isEmpty())
        out.link = r.links.constFirst().value;
    return out;
}

void fillSummary(const QByteArray& raw, providers::MessageSummary& summary)
{
    const mime::RenderedMessage r = mime::render(raw);
    if (summary.from.isEmpty())
        summary.from = r.message.from.toDisplayString();
    if (summary.subject.isEmpty())
        summary.subject = r.message.subject;
    if (summary.preview.isEmpty()) {
        const QString text = r.message.textBody.isEmpty() ? r.text : r.message.textBody;
        summary.preview = text.simplified().left(PreviewChars);
    }
    if (!r.message.attachments.isEmpty())
        summary.hasAttachments = true;
    if (summary.size < 0)
        summary.size = raw.size();
}

} // namespace mayfly::cli

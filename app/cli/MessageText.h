#pragma once

#include "core/common/Result.h"
#include "core/providers/Provider.h"

#include <QByteArray>
#include <QString>

namespace mayfly::cli {

enum class BodyKind
{
    Text,
    Html,
};

struct RenderedText
{
    QString from;
    QString subject;
    QString body;
    QString code; // the best verification code, if any
    QString link; // the best confirmation link, if any
};

// Parses a raw message with core/mime: its text body (or the visible text of its HTML), or its HTML
// sanitised by core/html, plus the code and link core/extract finds.
[[nodiscard]] core::Result<RenderedText> renderMessage(const QByteArray& raw, BodyKind kind);

// From, subject, preview and attachments of a raw message, for the store's sealed summary.
void fillSummary(const QByteArray& raw, core::providers::MessageSummary& summary);

} // namespace mayfly::cli

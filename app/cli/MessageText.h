#pragma once

#include "core/common/Result.h"

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
};

// Parses a raw message with core/mime and returns its text body, or its HTML sanitised by
// core/html. Unsupported when this build has no MIME pipeline.
[[nodiscard]] core::Result<RenderedText> renderMessage(const QByteArray& raw, BodyKind kind);

} // namespace mayfly::cli

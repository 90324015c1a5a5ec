#include "app/cli/MessageText.h"

namespace mayfly::cli {

using namespace mayfly::core;

Result<RenderedText> renderMessage(const QByteArray& raw, BodyKind kind)
{
    Q_UNUSED(raw);
    Q_UNUSED(kind);
    return makeError(
        ErrorCode::Unsupported, QStringLiteral("this build has no MIME parser yet; use --raw to see the source"));
}

} // namespace mayfly::cli

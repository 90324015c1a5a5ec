#include "core/providers/Provider.h"

namespace mayfly::core::providers {

QString privacyLabelName(PrivacyLabel label)
{
    switch (label) {
    case PrivacyLabel::Private:
        return QStringLiteral("private");
    case PrivacyLabel::Token:
        return QStringLiteral("token");
    case PrivacyLabel::Public:
        return QStringLiteral("public");
    }
    return QStringLiteral("public");
}

} // namespace mayfly::core::providers

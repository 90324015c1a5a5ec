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

QString privacyLabelText(PrivacyLabel label)
{
    switch (label) {
    case PrivacyLabel::Private:
        return Provider::tr("private", "privacy label: a credential per mailbox");
    case PrivacyLabel::Token:
        return Provider::tr("token", "privacy label: readable by whoever holds the session token");
    case PrivacyLabel::Public:
        return Provider::tr("public", "privacy label: anyone who knows the address can read it");
    }
    return Provider::tr("public", "privacy label: anyone who knows the address can read it");
}

} // namespace mayfly::core::providers

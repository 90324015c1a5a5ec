#include "app/cli/ProviderBridge.h"

namespace mayfly::cli {

using namespace mayfly::core;

namespace {
Error noProviders()
{
    return makeError(ErrorCode::Unsupported, QStringLiteral("this build has no provider support yet"));
}
} // namespace

Result<void> deleteRemoteMailbox(const store::AddressRecord& address)
{
    Q_UNUSED(address);
    return noProviders();
}

Result<void> deleteRemoteMessage(const store::AddressRecord& address, const QString& providerMessageId)
{
    Q_UNUSED(address);
    Q_UNUSED(providerMessageId);
    return noProviders();
}

} // namespace mayfly::cli

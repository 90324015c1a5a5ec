#pragma once

#include "core/common/Result.h"
#include "core/store/Store.h"

namespace mayfly::cli {

// The CLI's way to the providers: synchronous wrappers over core/providers for one-shot commands.
[[nodiscard]] core::Result<void> deleteRemoteMailbox(const core::store::AddressRecord& address);
[[nodiscard]] core::Result<void> deleteRemoteMessage(
    const core::store::AddressRecord& address, const QString& providerMessageId);

} // namespace mayfly::cli

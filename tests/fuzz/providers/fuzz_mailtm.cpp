// mail.tm / mail.gw answers: collections (Hydra or plain), token, account, source, errors, SSE data.
#include "core/providers/ResponseParsers.h"

#include <cstddef>
#include <cstdint>

using namespace mayfly::core::providers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)parse::mailTmDomains(bytes);
    (void)parse::mailTmAccountId(bytes);
    (void)parse::mailTmToken(bytes);
    (void)parse::mailTmMessages(bytes);
    (void)parse::mailTmSource(bytes);
    (void)parse::mailTmErrorDetail(bytes);
    (void)parse::mailTmEvent(bytes);
    return 0;
}

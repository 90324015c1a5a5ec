// libFuzzer target: code and link extraction on arbitrary text.
#include "core/extract/CodeExtractor.h"
#include "core/html/LinkAnalyzer.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace mayfly::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype split = text.size() / 4;
    const auto codes = extract::CodeExtractor::extractCodes(text.left(split), text.mid(split));
    for (const auto& c : codes) {
        if (c.confidence < 0.0 || c.confidence > 1.0 || c.value.size() < 4 || c.value.size() > 12)
            __builtin_trap();
    }
    const html::LinkInfo link = html::LinkAnalyzer::analyse(text.left(split), text.mid(split));
    (void)extract::CodeExtractor::findLinks({link});
    return 0;
}

#include "core/store/Clock.h"

namespace mayfly::core::store {

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace mayfly::core::store

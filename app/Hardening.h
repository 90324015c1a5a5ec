#pragma once

namespace mayfly::app {

// Keeps secrets out of core dumps and away from other processes of the same user where the OS
// allows it (Linux: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0, which also blocks ptrace attach).
void hardenProcess();

} // namespace mayfly::app

#pragma once

namespace mayfly::app {

// An opt-in trace for bench/desktop: with MAYFLY_TRACE_STARTUP set, the process writes one line per
// milestone to stderr, in milliseconds since the process started ("mayfly-trace: shown 183.2 ms").
// Milestones: main() entered; the first frame of the first window painted ("shown"); for the main
// window, the first frame whose message list holds rows ("listed"); with MAYFLY_TRACE_OPEN=TEXT, one
// second later a click on the first row that contains TEXT and the time until the message view has
// painted it ("rendered"); one second after the last of these, the peak resident memory of the
// process and of its children.
// MAYFLY_TRACE_EXIT makes the app quit after the last milestone. Without MAYFLY_TRACE_STARTUP this
// does nothing; the lines hold timings and sizes only, never message content.
class StartupTrace final
{
public:
    // Call first thing in main(), before the QApplication exists.
    static void begin();
};

} // namespace mayfly::app

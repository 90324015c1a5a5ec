#pragma once

#include <QStringList>
#include <QTextStream>

namespace mayfly::cli {

// `mayfly-cli render FILE.eml [--json]`: offline sanitised rendering of one message file.
// Returns the process exit code (0 ok, 1 error, 2 usage).
int runRender(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace mayfly::cli

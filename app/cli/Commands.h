#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace mayfly::cli {

// One function per command; each parses its own arguments and returns the exit code.
int runList(CliContext& context, const QStringList& arguments);
int runShow(CliContext& context, const QStringList& arguments);
int runDelete(CliContext& context, const QStringList& arguments);
int runWipe(CliContext& context, const QStringList& arguments);
int runPrivacy(CliContext& context, const QStringList& arguments);
int runNew(CliContext& context, const QStringList& arguments);
int runWait(CliContext& context, const QStringList& arguments);

} // namespace mayfly::cli

#pragma once

#include <QString>

namespace mayfly::test {

// Paths ctest passes through the environment (see cmake/MayflyTesting.cmake).
[[nodiscard]] QString buildDir();
[[nodiscard]] QString sourceDir();
// A built executable of the project, e.g. binaryPath(u"mayfly-relay").
[[nodiscard]] QString binaryPath(QStringView name);
// A file under tests/data.
[[nodiscard]] QString dataPath(QStringView relative);

} // namespace mayfly::test

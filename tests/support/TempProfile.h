#pragma once

#include <QString>
#include <QTemporaryDir>

namespace mayfly::test {

// A fresh, private profile for one test: its own data, config, cache and runtime folders and HOME,
// so nothing a test does touches the user's files and every test starts from a first run.
// Restores the previous environment when it goes out of scope.
class TempProfile final
{
public:
    TempProfile();
    ~TempProfile();
    TempProfile(const TempProfile&) = delete;
    TempProfile& operator=(const TempProfile&) = delete;

    [[nodiscard]] bool isValid() const { return m_root.isValid(); }
    [[nodiscard]] QString root() const { return m_root.path(); }
    // The directory to pass as --profile.
    [[nodiscard]] QString profileDir() const;
    // Every regular file under the profile (for "nothing was written" checks).
    [[nodiscard]] QStringList files() const;

private:
    QTemporaryDir m_root;
    QList<QPair<QByteArray, QByteArray>> m_saved;
};

} // namespace mayfly::test

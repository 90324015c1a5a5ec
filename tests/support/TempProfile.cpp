#include "tests/support/TempProfile.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>

namespace mayfly::test {

namespace {
constexpr const char* Variables[] = {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"};
}

TempProfile::TempProfile()
{
    if (!m_root.isValid())
        return;
    QDir root(m_root.path());
    for (const char* var : Variables) {
        m_saved.append({QByteArray(var), qgetenv(var)});
        const QString sub = QString::fromLatin1(var).toLower();
        root.mkpath(sub);
        QFile::setPermissions(root.filePath(sub), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(var, QFile::encodeName(root.filePath(sub)));
    }
    root.mkpath(QStringLiteral("profile"));
    QStandardPaths::setTestModeEnabled(false);
}

TempProfile::~TempProfile()
{
    for (const auto& [name, value] : m_saved) {
        if (value.isNull())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), value);
    }
}

QString TempProfile::profileDir() const
{
    return QDir(m_root.path()).filePath(QStringLiteral("profile"));
}

QStringList TempProfile::files() const
{
    QStringList out;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

} // namespace mayfly::test

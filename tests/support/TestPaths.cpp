#include "tests/support/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace mayfly::test {

QString buildDir()
{
    return qEnvironmentVariable("MAYFLY_BUILD_DIR");
}

QString sourceDir()
{
    return qEnvironmentVariable("MAYFLY_SOURCE_DIR");
}

QString binaryPath(QStringView name)
{
    const QString root = buildDir();
    for (const QString& sub : {QStringLiteral("relay"), QStringLiteral("app"), QString()}) {
        const QString candidate = QDir(root).filePath(sub.isEmpty() ? name.toString() : sub + u'/' + name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    QDirIterator it(root, {name.toString()}, QDir::Files | QDir::Executable, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

QString dataPath(QStringView relative)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/") + relative);
}

} // namespace mayfly::test

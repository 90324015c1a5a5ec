#include "app/cli/RenderCommand.h"

#include <QFile>

namespace mayfly::cli {

int runRender(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Q_UNUSED(out);
    if (arguments.isEmpty()) {
        err << "usage: mayfly-cli render FILE.eml [--json]" << Qt::endl;
        return 2;
    }
    QFile file(arguments.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        err << "mayfly-cli: cannot read " << arguments.constFirst() << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    err << "mayfly-cli: the mail pipeline is not built yet" << Qt::endl;
    return 1;
}

} // namespace mayfly::cli

#include "core/privacy/Wipe.h"

#include "core/common/Logging.h"
#include "core/store/Profile.h"

#include <QFile>

namespace mayfly::core::privacy {

Result<void> Wipe::everything(store::Profile& profile, const QStringList& extraFiles)
{
    for (const QString& file : extraFiles) {
        if (QFile::exists(file) && !QFile::remove(file))
            return makeError(ErrorCode::Io, tr("cannot remove %1").arg(file));
    }
    if (auto r = profile.wipe(); !r)
        return r;
    qCInfo(lcPrivacy) << "profile wiped";
    return {};
}

} // namespace mayfly::core::privacy

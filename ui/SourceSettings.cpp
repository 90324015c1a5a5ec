#include "ui/SourceSettings.h"

#include "core/store/Store.h"

#include <QComboBox>
#include <QCoreApplication>

namespace mayfly::ui {

namespace {
constexpr qint64 RetentionChoices[] = {3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600, 0};

// The context the retention choices are translated in (shared by Settings and the dashboard).
class RetentionChoice
{
    Q_DECLARE_TR_FUNCTIONS(RetentionChoice)
};

} // namespace

void addRetentionChoices(QComboBox* combo)
{
    for (const qint64 seconds : RetentionChoices) {
        if (seconds == core::store::Retention::UntilAddressExpires)
            combo->addItem(RetentionChoice::tr("until the address expires"), seconds);
        else if (seconds < 24 * 3600)
            combo->addItem(RetentionChoice::tr("%n hour(s)", nullptr, int(seconds / 3600)), seconds);
        else
            combo->addItem(RetentionChoice::tr("%n day(s)", nullptr, int(seconds / (24 * 3600))), seconds);
    }
}

void selectRetention(QComboBox* combo, std::optional<qint64> seconds)
{
    const int index = combo->findData(seconds.value_or(core::store::Retention::DefaultSeconds));
    combo->setCurrentIndex(index >= 0 ? index : combo->findData(core::store::Retention::DefaultSeconds));
}

} // namespace mayfly::ui

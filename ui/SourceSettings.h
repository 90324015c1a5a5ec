#pragma once

#include "ui/SourcePicker.h"

#include "core/common/Result.h"
#include "core/settings/ProfileSettings.h"

#include <optional>

class QComboBox;

namespace mayfly::ui {

// The profile's settings live in core/settings, where the CLI reads them too; ui names them here
// for the window's code.
using core::settings::loadDefaultRetention;
using core::settings::loadSourceChoice;
using core::settings::providerIdForSource;
using core::settings::RetentionSetting;
using core::settings::saveDefaultRetention;
using core::settings::saveSourceChoice;

// Fills a combo box with the retention choices offered (item data: the seconds).
void addRetentionChoices(QComboBox* combo);
// Selects `seconds` in a combo filled by addRetentionChoices (the store's default when absent).
void selectRetention(QComboBox* combo, std::optional<qint64> seconds);

} // namespace mayfly::ui

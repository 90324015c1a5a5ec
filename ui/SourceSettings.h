#pragma once

#include "ui/SourcePicker.h"

#include "core/common/Result.h"

#include <optional>

class QComboBox;

namespace mayfly::core::store {
class Store;
}

namespace mayfly::ui {

// The settings kept in the profile's store, so the GUI and the CLI agree: the address source and
// proxy chosen on the first-run page or in Settings (non-secret settings), the relay creation key
// (a sealed secret setting), and the default retention for new addresses.
[[nodiscard]] std::optional<SourcePicker::Choice> loadSourceChoice(const core::store::Store& store);
[[nodiscard]] core::Result<void> saveSourceChoice(core::store::Store& store, const SourcePicker::Choice& choice);

// The provider id new addresses are created with for a source ("local" is our relay).
[[nodiscard]] QString providerIdForSource(const QString& source);

// How long new addresses keep their messages: seconds, or Retention::UntilAddressExpires;
// nullopt when the user never chose (the store's default applies).
inline constexpr const char* RetentionSetting = "retention.default";
[[nodiscard]] std::optional<qint64> loadDefaultRetention(const core::store::Store& store);
[[nodiscard]] core::Result<void> saveDefaultRetention(core::store::Store& store, qint64 seconds);
// Fills a combo box with the retention choices offered (item data: the seconds).
void addRetentionChoices(QComboBox* combo);
// Selects `seconds` in a combo filled by addRetentionChoices (the store's default when absent).
void selectRetention(QComboBox* combo, std::optional<qint64> seconds);

} // namespace mayfly::ui

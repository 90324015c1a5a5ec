#pragma once

#include "ui/FirstRunDialog.h"

#include <optional>

namespace mayfly::core::store {
class Store;
}

namespace mayfly::ui {

// The address source and proxy the user chose on the first-run page, kept in the store's
// (non-secret) settings so the GUI and the CLI agree. The relay creation key is a secret and is
// not stored there.
[[nodiscard]] std::optional<FirstRunDialog::Choice> loadSourceChoice(const core::store::Store& store);
[[nodiscard]] core::Result<void> saveSourceChoice(core::store::Store& store, const FirstRunDialog::Choice& choice);

// The provider id new addresses are created with for a source ("local" is our relay).
[[nodiscard]] QString providerIdForSource(const QString& source);

} // namespace mayfly::ui

#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace mayfly::ui {

// Header fields come from strangers. Qt guesses "rich text" for labels, tooltips and
// notifications when a string looks like markup; these helpers make sure it never does.

// For QToolTip and other places that only accept rich text: escaped inside an explicit paragraph.
[[nodiscard]] QString toolTipText(const QString& plain);

// One line for a window title, list cell or notification: controls and line breaks removed.
[[nodiscard]] QString singleLine(const QString& plain, int maxChars = 200);

// An explanation under a control: plain text, word-wrapped, in the palette's muted colour.
[[nodiscard]] QLabel* noteLabel(const QString& plain, QWidget* parent);

} // namespace mayfly::ui

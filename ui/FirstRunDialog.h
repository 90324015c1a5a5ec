#pragma once

#include "ui/SourcePicker.h"

#include <QDialog>

namespace mayfly::ui {

// Where addresses come from, chosen before anything is sent: each option says in one line who can
// read the mailbox and how long mail is kept. "This computer" (the local relay) is the default.
// The proxy is set here too, so even the first request goes through it.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    static constexpr const char* LocalSource = SourcePicker::LocalSource;
    using Choice = SourcePicker::Choice;

    explicit FirstRunDialog(QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    void setChoice(const Choice& choice);
    [[nodiscard]] Choice choice() const;
    // Selects an option by its source id (tests use this).
    void selectSource(const QString& source);

private:
    SourcePicker* m_picker;
};

} // namespace mayfly::ui

#include "ui/FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mayfly::ui {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent)
    , m_picker(new SourcePicker(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Mayfly"));
    // Word-wrapped explanations need a width to wrap at, or Qt sizes them to one line.
    setMinimumWidth(720);
    resize(720, 760);

    auto* intro = new QLabel(tr("Where should your throwaway addresses come from? You can change this later."), this);
    intro->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_picker, 1);
    layout->addWidget(buttons);
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::setChoice(const Choice& choice)
{
    m_picker->setChoice(choice);
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    return m_picker->choice();
}

void FirstRunDialog::selectSource(const QString& source)
{
    m_picker->selectSource(source);
}

} // namespace mayfly::ui

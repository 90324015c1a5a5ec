#include "ui/LinkDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mayfly::ui {

namespace {

QLabel* plainLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LinkDialog::LinkDialog(const LinkDetails& link, QWidget* parent)
    : QDialog(parent)
    , m_link(link)
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Open link?"));
    setMinimumWidth(520);

    auto* form = new QFormLayout;
    form->addRow(tr("Shown as:"), plainLabel(link.text, QStringLiteral("linkText"), this));
    form->addRow(tr("Goes to:"),
        plainLabel(link.target.toDisplayString(QUrl::FullyEncoded), QStringLiteral("linkTarget"), this));
    const bool cleanedDiffers = link.cleanedTarget.isValid() && link.cleanedTarget != link.target;
    if (cleanedDiffers)
        form->addRow(tr("Without tracking:"),
            plainLabel(link.cleanedTarget.toDisplayString(QUrl::FullyEncoded), QStringLiteral("linkCleaned"), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    for (const QString& warning : link.warnings) {
        auto* label = plainLabel(QStringLiteral("\u26A0 ") + warning, QStringLiteral("linkWarning"), this);
        // A red that reads on both light and dark palettes.
        const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
        QPalette warningPalette = label->palette();
        warningPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
        label->setPalette(warningPalette);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label);
    }

    auto* buttons = new QDialogButtonBox(this);
    auto* open = buttons->addButton(
        cleanedDiffers ? tr("Open without tracking") : tr("Open in browser"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openCleanedButton"));
    auto* copy = buttons->addButton(tr("Copy link"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyLinkButton"));
    if (cleanedDiffers) {
        auto* original = buttons->addButton(tr("Open original"), QDialogButtonBox::ActionRole);
        original->setObjectName(QStringLiteral("openOriginalButton"));
        connect(original, &QPushButton::clicked, this, [this] { choose(Choice::OpenOriginal); });
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::OpenCleaned); });
    connect(copy, &QPushButton::clicked, this, [this] { choose(Choice::CopyCleaned); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { choose(Choice::Cancel); });
    layout->addWidget(buttons);
}

LinkDialog::~LinkDialog() = default;

void LinkDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace mayfly::ui

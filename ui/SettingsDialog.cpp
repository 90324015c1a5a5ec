#include "ui/SettingsDialog.h"

#include "ui/PlainText.h"
#include "ui/SourceSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mayfly::ui {

namespace {

// A language by its own name ("Deutsch", "日本語"), so a user who cannot read the current one
// still finds theirs.
QString nativeName(const QString& language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(u'_'))
        name += QStringLiteral(" (") + locale.nativeTerritoryName() + u')';
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(720);
    resize(760, 720);

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_tabs->addTab(buildAddressesPage(), tr("Addresses"));
    m_tabs->addTab(buildPrivacyPage(), tr("Privacy"));
    m_tabs->addTab(buildGeneralPage(), tr("General"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    setValues({});
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::buildAddressesPage()
{
    auto* page = new QWidget(m_tabs);
    m_source = new SourcePicker(page);
    m_retention = new QComboBox(page);
    m_retention->setObjectName(QStringLiteral("settingsRetention"));
    m_retention->setAccessibleName(tr("Keep the messages of new addresses for"));
    addRetentionChoices(m_retention);

    auto* form = new QFormLayout;
    form->addRow(tr("Keep the messages of new addresses for:"), m_retention);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_source, 1);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("A new source or proxy applies to new addresses and new connections; addresses "
                                   "you already have keep their provider. Restart Mayfly to move every connection "
                                   "to a new proxy."),
        page));
    return page;
}

QWidget* SettingsDialog::buildPrivacyPage()
{
    auto* page = new QWidget(m_tabs);

    auto* clipboardBox = new QGroupBox(tr("Clipboard"), page);
    m_clipboardSeconds = new QSpinBox(clipboardBox);
    m_clipboardSeconds->setObjectName(QStringLiteral("clipboardClearSeconds"));
    m_clipboardSeconds->setAccessibleName(tr("Clear copied codes and links after"));
    m_clipboardSeconds->setRange(0, AppSettings::MaxClipboardClearSeconds);
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setSpecialValueText(tr("Never"));
    auto* clipboardForm = new QFormLayout(clipboardBox);
    clipboardForm->addRow(tr("Clear copied codes and links after:"), m_clipboardSeconds);
    clipboardForm->addRow(noteLabel(tr("Codes and links are marked as secret so clipboard managers do not keep them. "
                                       "Mayfly clears them only if they are still on the clipboard."),
        clipboardBox));

    auto* notifyBox = new QGroupBox(tr("Notifications"), page);
    m_notifications = new QCheckBox(tr("Notify me when a message arrives"), notifyBox);
    m_notifications->setObjectName(QStringLiteral("notificationsEnabled"));
    m_showCode = new QCheckBox(tr("Show the verification code in the notification"), notifyBox);
    m_showCode->setObjectName(QStringLiteral("showCodeInNotifications"));
    m_showSender = new QCheckBox(tr("Show the sender and subject in the notification"), notifyBox);
    m_showSender->setObjectName(QStringLiteral("showSenderInNotifications"));
    auto* notifyLayout = new QVBoxLayout(notifyBox);
    notifyLayout->addWidget(m_notifications);
    notifyLayout->addWidget(m_showSender);
    notifyLayout->addWidget(m_showCode);
    notifyLayout->addWidget(noteLabel(tr("Notifications may be kept in your desktop's history and shown on a locked "
                                         "screen. Without this option they only say that a code was received."),
        notifyBox));
    connect(m_notifications, &QCheckBox::toggled, this, &SettingsDialog::updateFields);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(clipboardBox);
    layout->addWidget(notifyBox);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildGeneralPage()
{
    auto* page = new QWidget(m_tabs);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& language : availableLanguages())
        m_language->addItem(nativeName(language), language);

    m_startInTray = new QCheckBox(tr("Start in the system tray, without opening the window"), page);
    m_startInTray->setObjectName(QStringLiteral("startInTray"));
    m_keepRunning = new QCheckBox(tr("Keep running in the tray when the window is closed"), page);
    m_keepRunning->setObjectName(QStringLiteral("keepRunningInTray"));

    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);

    auto* trayBox = new QGroupBox(tr("System tray"), page);
    auto* trayLayout = new QVBoxLayout(trayBox);
    trayLayout->addWidget(m_startInTray);
    trayLayout->addWidget(m_keepRunning);
    trayLayout->addWidget(noteLabel(tr("While Mayfly runs in the tray it keeps receiving mail and deleting what has "
                                       "expired. Quit from the tray menu to stop it."),
        trayBox));

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("A new language takes effect when Mayfly restarts."), page));
    layout->addWidget(trayBox);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::setValues(const Values& values)
{
    m_source->setChoice(values.source);
    selectRetention(m_retention, values.retentionSeconds);
    m_clipboardSeconds->setValue(values.app.clipboardClearSeconds);
    m_notifications->setChecked(values.app.notifications);
    m_showCode->setChecked(values.app.showCodeInNotifications);
    m_showSender->setChecked(values.app.showSenderInNotifications);
    const int language = m_language->findData(values.app.language);
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    m_startInTray->setChecked(values.app.startInTray);
    m_keepRunning->setChecked(values.app.keepRunningInTray);
    updateFields();
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.source = m_source->choice();
    v.retentionSeconds = m_retention->currentData().toLongLong();
    v.app.clipboardClearSeconds = m_clipboardSeconds->value();
    v.app.notifications = m_notifications->isChecked();
    v.app.showCodeInNotifications = m_showCode->isChecked();
    v.app.showSenderInNotifications = m_showSender->isChecked();
    v.app.language = m_language->currentData().toString();
    v.app.startInTray = m_startInTray->isChecked();
    v.app.keepRunningInTray = m_keepRunning->isChecked();
    return v;
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    const QString why = available ? QString() : tr("This desktop has no system tray.");
    m_startInTray->setToolTip(why);
    m_keepRunning->setToolTip(why);
    updateFields();
}

void SettingsDialog::updateFields()
{
    m_showCode->setEnabled(m_notifications->isChecked());
    m_showSender->setEnabled(m_notifications->isChecked());
    m_startInTray->setEnabled(m_trayAvailable);
    m_keepRunning->setEnabled(m_trayAvailable);
}

} // namespace mayfly::ui

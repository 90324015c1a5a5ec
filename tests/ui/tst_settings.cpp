// Settings: the dialog round-trips every value, MainWindow saves them where they belong (the
// creation key sealed in the store, preferences in QSettings) and applies them at once.
#include "core/crypto/Random.h"
#include "core/store/Store.h"
#include "ui/AppSettings.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/SettingsDialog.h"
#include "ui/SourceSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly;

class TestSettings final : public QObject
{
    Q_OBJECT

public:
    // QSettings must not touch the user's own configuration.
    static void initMain()
    {
        static QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    }

private Q_SLOTS:
    void init();
    void dialogRoundTripsValues();
    void trayOptionsNeedATray();
    void savedSettingsAreStoredAndApplied();
    void cancelChangesNothing();
    void appSettingsRejectOutOfRangeValues();

private:
    std::unique_ptr<core::store::Store> m_store;
};

void TestSettings::init()
{
    QSettings().clear();
    auto store = core::store::Store::open({});
    QVERIFY(store.ok());
    m_store = std::move(*store);
    QVERIFY(m_store->setMasterKey(core::crypto::randomKey(32), QStringLiteral("memory")).ok());
}

void TestSettings::dialogRoundTripsValues()
{
    ui::SettingsDialog::Values values;
    values.source.source = QStringLiteral("relay");
    values.source.baseUrl = QUrl(QStringLiteral("https://relay.example.org"));
    values.source.creationKey = QStringLiteral("k-123");
    values.source.proxy.type = core::net::ProxySettings::Type::Socks5;
    values.source.proxy.host = QStringLiteral("127.0.0.1");
    values.source.proxy.port = 9150;
    values.retentionSeconds = 7 * 24 * 3600;
    values.app.language = QStringLiteral("pt_BR");
    values.app.clipboardClearSeconds = 12;
    values.app.notifications = true;
    values.app.showCodeInNotifications = true;
    values.app.startInTray = true;
    values.app.keepRunningInTray = true;

    ui::SettingsDialog dialog;
    dialog.setValues(values);
    const auto back = dialog.values();
    QCOMPARE(back.source.source, values.source.source);
    QCOMPARE(back.source.baseUrl, values.source.baseUrl);
    QCOMPARE(back.source.creationKey, values.source.creationKey);
    QCOMPARE(int(back.source.proxy.type), int(values.source.proxy.type));
    QCOMPARE(back.source.proxy.port, values.source.proxy.port);
    QCOMPARE(back.retentionSeconds, values.retentionSeconds);
    QVERIFY(back.app == values.app);

    // "Show the code" only means something with notifications on.
    auto* notifications = dialog.findChild<QCheckBox*>(QStringLiteral("notificationsEnabled"));
    auto* showCode = dialog.findChild<QCheckBox*>(QStringLiteral("showCodeInNotifications"));
    QVERIFY(notifications && showCode);
    notifications->setChecked(false);
    QVERIFY(!showCode->isEnabled());
    // The creation key field never shows the key.
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("creationKey"))->echoMode(), QLineEdit::Password);
}

void TestSettings::trayOptionsNeedATray()
{
    ui::SettingsDialog dialog;
    dialog.setTrayAvailable(false);
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("startInTray"))->isEnabled());
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("keepRunningInTray"))->isEnabled());
    dialog.setTrayAvailable(true);
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("keepRunningInTray"))->isEnabled());
}

void TestSettings::savedSettingsAreStoredAndApplied()
{
    ui::Session session(*m_store, [](const QString&) { return nullptr; });
    ui::MainWindow window(&session);
    QSignalSpy sourceChanged(&window, &ui::MainWindow::sourceChanged);
    const QString key = QStringLiteral("creation-key-") + core::crypto::randomToken(16);
    int shown = 0;
    window.setDialogRunner([&](QDialog& dialog) {
        ++shown;
        if (dialog.objectName() != u"settingsDialog")
            return int(QDialog::Rejected);
        dialog.findChild<QRadioButton*>(QStringLiteral("source_relay"))->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("providerUrl"))
            ->setText(QStringLiteral("https://relay.example.org"));
        dialog.findChild<QLineEdit*>(QStringLiteral("creationKey"))->setText(key);
        auto* retention = dialog.findChild<QComboBox*>(QStringLiteral("settingsRetention"));
        retention->setCurrentIndex(retention->findData(qint64(3 * 24 * 3600)));
        dialog.findChild<QSpinBox*>(QStringLiteral("clipboardClearSeconds"))->setValue(9);
        dialog.findChild<QCheckBox*>(QStringLiteral("showCodeInNotifications"))->setChecked(true);
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageChoice"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        return int(QDialog::Accepted);
    });
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(shown, 1);

    // The source and the sealed creation key are in the store, where the next start reads them.
    const auto choice = ui::loadSourceChoice(*m_store);
    QVERIFY(choice);
    QCOMPARE(choice->source, QStringLiteral("relay"));
    QCOMPARE(choice->baseUrl, QUrl(QStringLiteral("https://relay.example.org")));
    QCOMPARE(choice->creationKey, key);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT key, value FROM settings")));
    while (q.next())
        QVERIFY2(!q.value(1).toString().contains(key), qPrintable(q.value(0).toString()));
    QCOMPARE(ui::loadDefaultRetention(*m_store), std::optional<qint64>(3 * 24 * 3600));

    // Preferences are in QSettings and applied at once.
    const auto app = ui::AppSettings::load();
    QCOMPARE(app.clipboardClearSeconds, 9);
    QVERIFY(app.showCodeInNotifications);
    QCOMPARE(app.language, QStringLiteral("de"));
    QCOMPARE(window.clipboardGuard()->clearAfter(), 9);
    QCOMPARE(sourceChanged.size(), 1);
    QCOMPARE(sourceChanged.at(0).at(0).value<ui::SourcePicker::Choice>().creationKey, key);

    // Opening Settings again shows what was saved, the key included (masked).
    std::optional<ui::SettingsDialog::Values> reopened;
    window.setDialogRunner([&](QDialog& dialog) {
        if (auto* settings = qobject_cast<ui::SettingsDialog*>(&dialog))
            reopened = settings->values();
        return int(QDialog::Rejected);
    });
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    QVERIFY(reopened);
    QCOMPARE(reopened->source.creationKey, key);
    QCOMPARE(reopened->app.clipboardClearSeconds, 9);
    QCOMPARE(reopened->retentionSeconds, std::optional<qint64>(3 * 24 * 3600));

    // Switching away from the own relay removes the stored key.
    window.setDialogRunner([](QDialog& dialog) {
        if (auto* radio = dialog.findChild<QRadioButton*>(QStringLiteral("source_mailtm")))
            radio->setChecked(true);
        return int(QDialog::Accepted);
    });
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(ui::loadSourceChoice(*m_store)->creationKey, QString());
    QCOMPARE(*m_store->setting(QStringLiteral("secret/source/creationKey")), QString());
}

void TestSettings::cancelChangesNothing()
{
    ui::Session session(*m_store, [](const QString&) { return nullptr; });
    ui::MainWindow window(&session);
    window.setDialogRunner([](QDialog& dialog) {
        if (auto* spin = dialog.findChild<QSpinBox*>(QStringLiteral("clipboardClearSeconds")))
            spin->setValue(1);
        return int(QDialog::Rejected);
    });
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(window.clipboardGuard()->clearAfter(), ui::AppSettings::DefaultClipboardClearSeconds);
    QVERIFY(!ui::loadSourceChoice(*m_store));
    QVERIFY(!QSettings().contains(QStringLiteral("clipboard/clearSeconds")));
}

void TestSettings::appSettingsRejectOutOfRangeValues()
{
    QSettings settings;
    settings.setValue(QStringLiteral("clipboard/clearSeconds"), 99999);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("../../etc"));
    settings.sync();
    const auto app = ui::AppSettings::load();
    QCOMPARE(app.clipboardClearSeconds, ui::AppSettings::MaxClipboardClearSeconds);
    QVERIFY(app.language.isEmpty());
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"

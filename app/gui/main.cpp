#include "app/Hardening.h"
#include "app/gui/StartupTrace.h"

#include "core/net/HttpClient.h"
#include "core/providers/ProviderFactory.h"
#include "core/providers/RelayProvider.h"
#include "core/store/Profile.h"
#include "ui/AppSettings.h"
#include "ui/ClipboardGuard.h"
#include "ui/FirstRunDialog.h"
#include "ui/LocalRelay.h"
#include "ui/MainWindow.h"
#include "ui/MessagePane.h"
#include "ui/Session.h"
#include "ui/SourceSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileOpenEvent>
#include <QIcon>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace mayfly;

namespace {

// Without a usable keychain Mayfly fails closed and asks: a passphrase, or a session that writes
// nothing. It never falls back to storing the key in plaintext.
core::Result<std::unique_ptr<core::store::Profile>> openProfile(core::store::ProfileOptions options)
{
    auto profile = core::store::Profile::open(options);
    if (profile || options.memoryOnly || profile.error().code != core::ErrorCode::KeychainUnavailable)
        return profile;

    QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "No keychain"),
        QApplication::translate("main",
            "Mayfly keeps its encryption key in your system keychain, "
            "which is not available:\n%1\n\nYou can protect your data "
            "with a passphrase instead, or use a session that writes "
            "nothing to disk.")
            .arg(profile.error().detail));
    box.setTextFormat(Qt::PlainText);
    auto* passphrase = box.addButton(QApplication::translate("main", "Use a passphrase..."), QMessageBox::AcceptRole);
    auto* memory = box.addButton(QApplication::translate("main", "Memory only"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == memory) {
        options.memoryOnly = true;
        return core::store::Profile::open(options);
    }
    if (box.clickedButton() != passphrase)
        return profile;
    bool ok = false;
    const QString secret = QInputDialog::getText(nullptr, QApplication::translate("main", "Passphrase"),
        QApplication::translate("main", "Passphrase for this profile:"), QLineEdit::Password, {}, &ok);
    if (!ok || secret.isEmpty())
        return profile;
    options.passphrase = secret;
    return core::store::Profile::open(options);
}

// The system's language, or the one chosen in Settings (e.g. "de" or "pt_BR").
// English needs its catalogue too: it holds the plural forms ("1 tracker", "2 trackers").
void installTranslators(QTranslator& qt, QTranslator& mayfly)
{
    const QString chosen = ui::AppSettings::load().language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    if (qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    const QString embedded = QStringLiteral(":/mayfly/i18n");
    if (mayfly.load(locale, QStringLiteral("mayfly"), QStringLiteral("_"), embedded)
        || mayfly.load(QStringLiteral("mayfly_en"), embedded))
        QApplication::installTranslator(&mayfly);
}

// macOS hands a file opened from the Finder (the bundle's .eml document type) to the running app as
// an event, not as an argument.
class FileOpenForwarder final : public QObject
{
public:
    explicit FileOpenForwarder(std::function<void(const QString&)> open)
        : m_open(std::move(open))
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FileOpen) {
            m_open(static_cast<QFileOpenEvent*>(event)->file());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(const QString&)> m_open;
};

} // namespace

int main(int argc, char* argv[])
{
    app::StartupTrace::begin(); // bench/desktop: opt-in, MAYFLY_TRACE_STARTUP
    app::hardenProcess();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mayfly"));
    QApplication::setOrganizationName(QStringLiteral("Mayfly"));
    QApplication::setApplicationVersion(QStringLiteral(MAYFLY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mayfly.Mayfly"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mayfly/icons/mayfly.svg")));
    QTranslator qtTranslator;
    QTranslator mayflyTranslator;
    installTranslators(qtTranslator, mayflyTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Throwaway e-mail addresses, with mail shown in a view that cannot run "
        "scripts or reach the network."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Use DIR as the data directory."), QStringLiteral("dir"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory-only"), QApplication::translate("main", "Write nothing to disk."));
    const QCommandLineOption noRelayOption(
        QStringLiteral("no-local-relay"), QApplication::translate("main", "Do not start the local relay."));
    parser.addOptions({profileOption, memoryOption, noRelayOption});
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "Message files (.eml) to show read-only."), QStringLiteral("[file...]"));
    parser.process(application);

    // Opening a file never waits for setup or a keychain prompt.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        ui::ClipboardGuard clipboard;
        int shown = 0;
        for (const QString& file : files) {
            if (ui::MessagePane::openFileWindow(file, &clipboard))
                ++shown;
        }
        return shown > 0 ? application.exec() : 1;
    }

    core::store::ProfileOptions options;
    options.directory = parser.value(profileOption);
    options.memoryOnly = parser.isSet(memoryOption);
    auto profile = openProfile(options);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Mayfly"),
            QApplication::translate("main", "Mayfly could not open its data:\n%1").arg(profile.error().toString()));
        return 1;
    }

    core::net::HttpClient http;
    core::store::Store& store = (*profile)->store();

    // First run: where addresses come from, and the proxy, before anything is sent.
    std::optional<ui::FirstRunDialog::Choice> choice = ui::loadSourceChoice(store);
    if (!choice) {
        ui::FirstRunDialog dialog;
        choice = dialog.exec() == QDialog::Accepted ? dialog.choice() : ui::FirstRunDialog::Choice{};
        if (auto saved = ui::saveSourceChoice(store, *choice); !saved)
            QMessageBox::warning(nullptr, QApplication::translate("main", "Mayfly"),
                QApplication::translate("main", "The settings could not be saved: %1").arg(saved.error().toString()));
    }
    http.setProxy(choice->proxy);
    const bool useLocalRelay
        = choice->source == QLatin1String(ui::FirstRunDialog::LocalSource) && !parser.isSet(noRelayOption);

    // The local relay keeps its (sealed) mail in the profile, or in a temporary folder removed on
    // exit for a memory-only session.
    QTemporaryDir scratch;
    const QString relayData
        = (*profile)->isMemoryOnly() ? scratch.path() : QDir((*profile)->directory()).filePath(QStringLiteral("relay"));
    std::unique_ptr<ui::LocalRelay> relay;
    if (useLocalRelay)
        relay = std::make_unique<ui::LocalRelay>(relayData);

    ui::Session session(store, [&](const QString& id) -> std::unique_ptr<core::providers::Provider> {
        if (id == u"relay" && relay)
            return relay->isReady() ? std::make_unique<core::providers::RelayProvider>(http, relay->apiUrl()) : nullptr;
        core::providers::ProviderSettings settings;
        settings.id = id;
        if (id == choice->source) {
            settings.baseUrl = choice->baseUrl;
            settings.creationKey = choice->creationKey;
        }
        return core::providers::createProvider(settings, http);
    });
    ui::MainWindow window(&session, relay.get());
    window.setDefaultProvider(ui::providerIdForSource(choice->source));
    window.setPrivacySources(profile->get(), &http);
    // Settings: providers created from now on use the new source, requests the new proxy.
    QObject::connect(&window, &ui::MainWindow::sourceChanged, &window, [&](const ui::SourcePicker::Choice& changed) {
        choice = changed;
        http.setProxy(changed.proxy);
    });
    const ui::AppSettings appSettings = ui::AppSettings::load();
    if (!(appSettings.startInTray && QSystemTrayIcon::isSystemTrayAvailable()))
        window.show();
    FileOpenForwarder fileOpen([&window](const QString& path) { window.openMessageFile(path); });
    application.installEventFilter(&fileOpen);

    if (relay) {
        QObject::connect(relay.get(), &ui::LocalRelay::ready, &session, [&session] { session.start(); });
        QObject::connect(relay.get(), &ui::LocalRelay::failed, &session, [&session] { session.start(); });
        relay->start();
    } else {
        session.start();
    }
    const int code = application.exec();
    if (relay)
        relay->stop();
    return code;
}

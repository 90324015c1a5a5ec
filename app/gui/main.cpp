#include "app/Hardening.h"
#include "app/gui/StartupTrace.h"

#include "core/store/Profile.h"
#include "core/store/ProfileOwner.h"
#include "ui/AppSettings.h"
#include "ui/ClipboardGuard.h"
#include "ui/Desktop.h"
#include "ui/MainWindow.h"
#include "ui/MessagePane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>
#include <QIcon>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>

#include <cstdio>
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
        // Whoever started `mayfly FILE` from a terminal reads why a file was refused there too.
        const ui::MessagePane::DialogRunner tell = [](QDialog& dialog) {
            if (auto* box = qobject_cast<QMessageBox*>(&dialog))
                std::fprintf(stderr, "mayfly: %s\n", qPrintable(box->text()));
            return dialog.exec();
        };
        int shown = 0;
        for (const QString& file : files) {
            if (ui::MessagePane::openFileWindow(file, &clipboard, nullptr, tell))
                ++shown;
        }
        return shown > 0 ? application.exec() : 1;
    }

    core::store::ProfileOptions options;
    options.directory = parser.value(profileOption);
    options.memoryOnly = parser.isSet(memoryOption);
    // One app per profile (declared before the profile: it lets go only after the store is closed).
    core::store::ProfileOwner owner(
        options.directory.isEmpty() ? core::store::Profile::defaultDirectory() : options.directory);
    if (auto claim = options.memoryOnly ? core::store::ProfileOwner::Claim::Owner : owner.claim();
        claim && *claim == core::store::ProfileOwner::Claim::OtherRunning) {
        std::fprintf(stderr, "mayfly: this profile is already open; its window was brought to the front.\n");
        return 0;
    }
    bool released = false;
    auto profile = openProfile(options);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Mayfly"),
            QApplication::translate("main", "Mayfly could not open its data:\n%1").arg(profile.error().toString()));
        return 1;
    }

    ui::Desktop desktop(**profile, {!parser.isSet(noRelayOption), {}});
    QObject::connect(&owner, &core::store::ProfileOwner::raiseRequested, &desktop, &ui::Desktop::raiseWindow);
    QObject::connect(&owner, &core::store::ProfileOwner::releaseRequested, &desktop, [&desktop, &released] {
        released = true; // mayfly-cli wipe: stop writing, close the store, quit
        desktop.release();
        QCoreApplication::exit(0); // not quit(): a window that keeps running in the tray must not refuse
    });
    desktop.start();
    if (released)
        return 0;
    FileOpenForwarder fileOpen([&desktop](const QString& path) { desktop.window()->openMessageFile(path); });
    application.installEventFilter(&fileOpen);
    return application.exec();
}

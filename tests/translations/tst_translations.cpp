// Two promises of the translations:
//  1. every translations/mayfly_<lang>.ts is complete for the current sources: after lupdate (run
//     on a temporary copy) nothing is unfinished or obsolete, and placeholders survived;
//  2. every string a user sees in the main window, the message pane, the link dialog, the
//     first-run page and the privacy dashboard goes through tr() with a context lupdate can see
//     (pseudo-locale run), including the sentences core/ makes: block reasons, MIME problems, link
//     warnings, provider retention notes and privacy labels, the privacy inventory.

#include "core/mime/RenderedMessage.h"
#include "core/net/HttpClient.h"
#include "core/providers/ProviderFactory.h"
#include "core/store/Profile.h"
#include "ui/ClipboardGuard.h"
#include "ui/FirstRunDialog.h"
#include "ui/LinkDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessagePane.h"
#include "ui/MessageView.h"
#include "ui/PrivacyDashboard.h"
#include "ui/Session.h"
#include "ui/SettingsDialog.h"

#include "tests/support/TestPaths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace mayfly;

namespace {

const QString kTranslationsDir = QStringLiteral(MAYFLY_TRANSLATIONS_DIR);
const QString kUpdateHint
    = QStringLiteral("Run `cmake --build <build> --target update_translations`, translate the entries marked "
                     "unfinished in translations/ (Qt Linguist or by hand) and commit the .ts files.");

struct Entry
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // one translation, or the numerus forms
};

QList<Entry> readTsFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                entry = Entry{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
            else if (name == u"source")
                entry.source = xml.readElementText();
            else if (name == u"translation") {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.forms << xml.readElementText();
            } else if (name == u"numerusform")
                entry.forms << xml.readElementText();
        } else if (xml.isEndElement() && name == u"message") {
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return entries;
}

// lupdate over the same sources and options the build uses (translations/CMakeLists.txt).
bool runLupdate(const QString& ts, bool pluralOnly, QString* output)
{
    QStringList args{QStringLiteral("-locations"), QStringLiteral("none"),
        QStringLiteral("@") + QStringLiteral(MAYFLY_I18N_SOURCES)};
    if (pluralOnly)
        args.prepend(QStringLiteral("-pluralonly"));
    args << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MAYFLY_LUPDATE), args);
    const bool ok
        = lupdate.waitForFinished(120'000) && lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
    *output = QString::fromLocal8Bit(lupdate.readAll());
    return ok;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto& match : re.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

// A message that trips every kind of core-made sentence the message pane and the link dialog show:
// a sender name that names another address, a subject with a bidi override, a known tracker, a
// tracking pixel, a remote image, and a link whose text names another host than its plain-http,
// IP-literal target.
const QByteArray kHostileMail = "From: \"service@paypal.example\" <evil@phish.example>\r\n"
                                "To: alice@mayfly.test\r\n"
                                "Subject: =?utf-8?q?Your_account_=E2=80=AEdetails?=\r\n"
                                "Date: Tue, 04 Jun 2024 09:15:00 +0000\r\n"
                                "MIME-Version: 1.0\r\n"
                                "Content-Type: text/html; charset=utf-8\r\n"
                                "\r\n"
                                "<html><body>\r\n"
                                "<p>Log in at <a href=\"http://198.51.100.7/login\">www.paypal.example</a></p>\r\n"
                                "<p><img src=\"https://img.example.com/banner.png\" width=\"600\"></p>\r\n"
                                "<img src=\"https://t.example.net/o/p.gif\" width=\"1\" height=\"1\">\r\n"
                                "<img src=\"https://example.us1.list-manage.com/track/open.php?u=1\" width=\"1\">\r\n"
                                "</body></html>\r\n";
const QUrl kHostileLink(QStringLiteral("http://198.51.100.7/login"));

constexpr QChar kOpen = u'\u27e6';
constexpr QChar kClose = u'\u27e7';

// The text outside the pseudo-translator's markers, with the names that stay the same in every
// language removed: what is left must hold no letter, or part of the text was not translated.
QString outsideMarkers(const QString& text, const QSet<QString>& names)
{
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == kOpen)
            ++depth;
        else if (c == kClose)
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            out.append(c);
    }
    for (const QString& name : names)
        out.remove(name);
    return out;
}

bool hasLetter(const QString& text)
{
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    return text.contains(letter);
}

QStringList linesOf(const QString& text)
{
    static const QRegularExpression breaks(QStringLiteral("[\n\u2028\u2029]"));
    return text.split(breaks, Qt::SkipEmptyParts);
}

// Tooltips are rich text (ui/PlainText.h); the user reads their plain text.
QString plainTooltip(const QString& tooltip)
{
    QTextDocument document;
    document.setHtml(tooltip);
    return document.toPlainText();
}

QString describe(const Entry& entry)
{
    return QStringLiteral("    [%1] \"%2\"").arg(entry.context, entry.source);
}

// Answers only for (context, source) pairs lupdate extracted, with the text wrapped in markers.
// A string shown without markers was not translatable: not in tr(), or in a context lupdate
// names differently than the class does at run time.
class PseudoTranslator final : public QTranslator
{
public:
    explicit PseudoTranslator(QSet<QString> keys)
        : m_keys(std::move(keys))
    { }

    static QString key(const QString& context, const QString& source) { return context + u'\x1f' + source; }

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString text = QString::fromUtf8(source);
        if (!m_keys.contains(key(QString::fromUtf8(context), text)))
            return {};
        return QStringLiteral("\u27e6") + text + QStringLiteral("\u27e7");
    }

    bool isEmpty() const override { return false; }

private:
    QSet<QString> m_keys;
};

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void pseudoLocaleReachesEveryString();
    void embeddedTranslationsLoad_data();
    void embeddedTranslationsLoad();
    void menuAcceleratorsAreUnique_data();
    void menuAcceleratorsAreUnique();

private:
    // strict: every letter of a text must be inside the markers (brand names and URLs aside), so a
    // translated sentence glued to an untranslated one is found too.
    QStringList untranslated(QWidget* root, bool strict = false) const;
};

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    const QStringList files
        = QDir(kTranslationsDir).entryList({QStringLiteral("mayfly_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file << (file == u"mayfly_en.ts");
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QDir(kTranslationsDir).filePath(file), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QString output;
    QVERIFY2(runLupdate(copy, pluralOnly, &output), qPrintable(output));

    QString error;
    const QList<Entry> entries = readTsFile(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());

    QStringList unfinished, obsolete, broken;
    for (const Entry& entry : entries) {
        if (entry.type == u"vanished" || entry.type == u"obsolete") {
            obsolete << describe(entry);
            continue;
        }
        const bool empty
            = std::all_of(entry.forms.cbegin(), entry.forms.cend(), [](const QString& f) { return f.isEmpty(); });
        if (entry.type == u"unfinished" || empty || entry.forms.isEmpty()) {
            unfinished << describe(entry);
            continue;
        }
        // %1, %2 ... must all survive; %n must appear in the general (last) plural form.
        QSet<QString> wanted = placeholders(entry.source);
        wanted.remove(QStringLiteral("%n"));
        for (const QString& form : entry.forms) {
            QSet<QString> got = placeholders(form);
            got.remove(QStringLiteral("%n"));
            if (got != wanted)
                broken << describe(entry) + QStringLiteral(" -> \"%1\" (placeholders differ)").arg(form);
        }
        if (entry.numerus && !entry.forms.constLast().contains(QStringLiteral("%n")))
            broken << describe(entry) + QStringLiteral(" -> \"%1\" (no %n)").arg(entry.forms.constLast());
    }

    QString report;
    if (!unfinished.isEmpty())
        report += QStringLiteral("\ntranslations/%1: %2 unfinished entries:\n%3")
                      .arg(file)
                      .arg(unfinished.size())
                      .arg(unfinished.join(u'\n'));
    if (!obsolete.isEmpty())
        report += QStringLiteral("\ntranslations/%1: %2 obsolete entries (source strings no longer exist):\n%3")
                      .arg(file)
                      .arg(obsolete.size())
                      .arg(obsolete.join(u'\n'));
    if (!broken.isEmpty())
        report += QStringLiteral("\ntranslations/%1: %2 entries with broken placeholders:\n%3")
                      .arg(file)
                      .arg(broken.size())
                      .arg(broken.join(u'\n'));
    if (!report.isEmpty())
        QFAIL(qPrintable(report + u'\n' + kUpdateHint));
}

QStringList TestTranslations::untranslated(QWidget* root, bool strict) const
{
    // Names that are the same in every language: the providers' brand names, example URLs.
    QSet<QString> names;
    for (const auto& info : core::providers::knownProviders())
        names.insert(info.displayName);
    QStringList missing;
    auto check = [&](const QString& where, const QString& text) {
        if (names.contains(text) || (text.startsWith(u"https://") && !text.contains(u' ')))
            return;
        const bool bad = strict ? hasLetter(outsideMarkers(text, names)) : hasLetter(text) && !text.contains(kOpen);
        if (bad)
            missing << QStringLiteral("%1: \"%2\"").arg(where, text);
    };
    // Every line on its own: core's sentences are joined into one label or tooltip.
    auto checkLines = [&](const QString& where, const QString& text) {
        for (const QString& line : linesOf(text)) {
            if (hasLetter(outsideMarkers(line, names)))
                missing << QStringLiteral("%1: \"%2\"").arg(where, line);
        }
    };
    auto nameOf = [](const QObject* object) -> QString {
        return QString::fromLatin1(object->metaObject()->className()) + u'#' + object->objectName();
    };

    // Widgets that show the message's own data (sender, subject, code, link targets).
    static const QSet<QString> dataWidgets{QStringLiteral("messageHeaders"), QStringLiteral("codeValue"),
        QStringLiteral("linkText"), QStringLiteral("linkTarget"), QStringLiteral("linkCleaned")};

    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        const QString name = nameOf(widget);
        if (dataWidgets.contains(widget->objectName()))
            continue;
        // Qt's own helpers (tab bar scroll buttons, "qt_" widgets) come with qtbase's catalogue.
        if (widget->objectName().startsWith(u"qt_") || widget->objectName() == u"ScrollLeftButton"
            || widget->objectName() == u"ScrollRightButton")
            continue;
        // Standard buttons (Cancel, Close...) are translated by Qt's own qtbase catalogue.
        if (auto* box = qobject_cast<QDialogButtonBox*>(widget->parentWidget());
            box && box->standardButton(qobject_cast<QAbstractButton*>(widget)) != QDialogButtonBox::NoButton)
            continue;
        if (widget->isWindow())
            check(name + QStringLiteral(" title"), widget->windowTitle());
        if (widget->objectName() == u"blockedBar") {
            // One line per blocked reference: "<core's block reason>: <URL>".
            for (const QString& line : linesOf(plainTooltip(widget->toolTip())))
                checkLines(name + QStringLiteral(" tooltip reason"), line.section(QStringLiteral(": "), 0, 0));
        } else {
            check(name + QStringLiteral(" tooltip"), widget->toolTip());
        }
        check(name + QStringLiteral(" accessible name"), widget->accessibleName());
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->isVisibleTo(root)) {
            if (widget->objectName() == u"problemsBar") // one MIME problem or sanitiser notice a line
                checkLines(name, label->text());
            else
                check(name, label->text());
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && button->isVisibleTo(root))
            check(name, button->text());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            check(name + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto* box = qobject_cast<QGroupBox*>(widget))
            check(name, box->title());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            // Languages are listed by their own names ("Deutsch", "日本語"); only "System language" is ours.
            const int items = widget->objectName() == u"languageChoice" ? std::min(1, combo->count()) : combo->count();
            for (int i = 0; i < items; ++i)
                check(name + QStringLiteral(" item"), combo->itemText(i));
        }
        if (auto* menu = qobject_cast<QMenu*>(widget))
            check(name, menu->title());
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(name + QStringLiteral(" tab"), tabs->tabText(i));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                check(name + QStringLiteral(" header"), view->model()->headerData(column, Qt::Horizontal).toString());
        }
        for (QAction* action : widget->actions()) {
            check(nameOf(action), action->text());
            check(nameOf(action) + QStringLiteral(" tooltip"), action->toolTip());
        }
    }
    return missing;
}

void TestTranslations::pseudoLocaleReachesEveryString()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("mayfly_pseudo.ts"));
    QString output;
    QVERIFY2(runLupdate(ts, false, &output), qPrintable(output));
    QString error;
    const QList<Entry> entries = readTsFile(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> keys;
    for (const Entry& entry : entries)
        keys.insert(PseudoTranslator::key(entry.context, entry.source));
    QVERIFY(keys.size() > 50);

    PseudoTranslator translator(keys);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    QStringList missing;
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        missing << untranslated(&window);
    }
    {
        ui::ClipboardGuard clipboard;
        ui::MessagePane pane(&clipboard);
        QFile mail(test::dataPath(u"mail/newsletter-tracking.eml"));
        QVERIFY(mail.open(QIODevice::ReadOnly));
        pane.showRaw(mail.readAll(), QStringLiteral("someone@example.test"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        missing << untranslated(&pane);
    }
    {
        // Core's sentences in the pane: MIME problems, block reasons, and a link's warnings in the
        // dialog a click opens.
        ui::ClipboardGuard clipboard;
        ui::MessagePane pane(&clipboard);
        pane.showRaw(kHostileMail, QStringLiteral("alice@mayfly.test"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto* problems = pane.findChild<QLabel*>(QStringLiteral("problemsBar"));
        auto* blocked = pane.findChild<QLabel*>(QStringLiteral("blockedBar"));
        QVERIFY(problems && blocked);
        // The message must produce what this test is about, or it proves nothing.
        QVERIFY2(problems->isVisibleTo(&pane) && linesOf(problems->text()).size() >= 2, qPrintable(problems->text()));
        QVERIFY2(linesOf(plainTooltip(blocked->toolTip())).size() >= 3, qPrintable(blocked->toolTip()));
        missing << untranslated(&pane);

        int dialogs = 0;
        int warnings = 0;
        pane.setDialogRunner([&](QDialog& dialog) {
            ++dialogs;
            dialog.show();
            if (QTest::qWaitForWindowExposed(&dialog)) {
                warnings = int(dialog.findChildren<QLabel*>(QStringLiteral("linkWarning")).size());
                missing << untranslated(&dialog, true);
            }
            return int(QDialog::Rejected);
        });
        Q_EMIT pane.view()->linkActivated(kHostileLink);
        QCOMPARE(dialogs, 1);
        QVERIFY2(warnings >= 3, qPrintable(QString::number(warnings))); // plain http, IP address, other host
    }
    {
        ui::FirstRunDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Strict: each provider's line is its privacy label and its retention note side by side.
        missing << untranslated(&dialog, true);
    }
    {
        // Settings, one tab at a time (labels on hidden tabs are not checked).
        ui::SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs && tabs->count() >= 3);
        QStringList fromSettings;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            fromSettings << untranslated(&dialog, true);
        }
        fromSettings.removeDuplicates();
        missing << fromSettings;
    }
    {
        core::store::ProfileOptions options;
        options.memoryOnly = true;
        auto profile = core::store::Profile::open(options);
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
        // One address at a real provider class, so the providers tab shows its retention note and
        // privacy label. Nothing listens on the discard port: its push channel just fails.
        core::providers::Mailbox mailbox;
        mailbox.address = QStringLiteral("someone@mayfly.test");
        mailbox.providerId = QStringLiteral("mailpit");
        mailbox.remoteId = mailbox.address;
        mailbox.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY((*profile)->store().addAddress(mailbox, {}, core::providers::PrivacyLabel::Public).ok());
        core::net::HttpClient http;
        ui::Session session((*profile)->store(), [&http](const QString& id) {
            return core::providers::createProvider({id, QUrl(QStringLiteral("http://127.0.0.1:9")), {}}, http);
        });
        session.start();
        ui::PrivacyDashboard dashboard(&session, profile->get(), &http);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        missing << untranslated(&dashboard);

        // The rows core describes: the inventory (what, how it is deleted, where in memory) and the
        // provider's own retention.
        QSet<QString> names;
        for (const auto& info : core::providers::knownProviders())
            names.insert(info.displayName);
        auto checkRow = [&](const QString& where, const QString& text) {
            if (hasLetter(outsideMarkers(text, names)))
                missing << QStringLiteral("%1: \"%2\"").arg(where, text);
        };
        auto* inventory = dashboard.findChild<QTreeWidget*>(QStringLiteral("inventoryTree"));
        QVERIFY(inventory && inventory->topLevelItemCount() >= 8);
        for (int i = 0; i < inventory->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* row = inventory->topLevelItem(i);
            const QString kind = row->data(0, Qt::UserRole).toString();
            checkRow(QStringLiteral("inventoryTree %1 what").arg(kind), row->text(0));
            checkRow(QStringLiteral("inventoryTree %1 tooltip").arg(kind), plainTooltip(row->toolTip(0)));
            checkRow(QStringLiteral("inventoryTree %1 retention").arg(kind), plainTooltip(row->toolTip(5)));
            checkRow(QStringLiteral("inventoryTree %1 where").arg(kind), row->text(7)); // memory only: no paths
        }
        auto* providers = dashboard.findChild<QTreeWidget*>(QStringLiteral("providerTree"));
        QVERIFY(providers);
        QTRY_COMPARE(providers->topLevelItemCount(), 1);
        const QTreeWidgetItem* row = providers->topLevelItem(0);
        QVERIFY2(row->text(1).startsWith(u"Mailpit"), qPrintable(row->text(1)));
        checkRow(QStringLiteral("providerTree provider"), row->text(1));
        checkRow(QStringLiteral("providerTree retention"), row->text(3));
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("Shown without tr() (or in a context lupdate does not see):\n  ")
            + missing.join(QStringLiteral("\n  "))));
}

void TestTranslations::embeddedTranslationsLoad_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("probe"); // a translation that must come back
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("&Quit");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("&Quit");
    QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("&Quit");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("&Quit");
    QTest::newRow("ru") << QStringLiteral("ru_RU") << QStringLiteral("&Quit");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("&Quit");
    QTest::newRow("ja") << QStringLiteral("ja_JP") << QStringLiteral("&Quit");
}

// The .qm files are in mayfly-ui's resources and answer for the class's run-time context.
void TestTranslations::embeddedTranslationsLoad()
{
    QFETCH(QString, locale);
    QFETCH(QString, probe);
    QTranslator translator;
    QVERIFY2(translator.load(
                 QLocale(locale), QStringLiteral("mayfly"), QStringLiteral("_"), QStringLiteral(":/mayfly/i18n")),
        qPrintable(locale));
    const QString translated = translator.translate("mayfly::ui::MainWindow", probe.toUtf8().constData());
    QVERIFY2(!translated.isEmpty() && translated != probe, qPrintable(translated));
    // core/'s sentences are in the same catalogue, under the contexts core makes them in.
    const QString reason = translator.translate("mayfly::core::html::Sanitizer", "remote image");
    QVERIFY2(!reason.isEmpty() && reason != u"remote image", qPrintable(reason));

    // English plurals: "1 tracker", "2 trackers".
    QTranslator english;
    QVERIFY(english.load(
        QLocale(QLocale::English), QStringLiteral("mayfly"), QStringLiteral("_"), QStringLiteral(":/mayfly/i18n")));
    QCoreApplication::installTranslator(&english);
    auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    QCOMPARE(QCoreApplication::translate("mayfly::ui::MessagePane", "%n tracker(s)", nullptr, 1),
        QStringLiteral("1 tracker"));
    QCOMPARE(QCoreApplication::translate("mayfly::ui::MessagePane", "%n tracker(s)", nullptr, 2),
        QStringLiteral("2 trackers"));
    QCOMPARE(QCoreApplication::translate("mayfly::core::privacy::Export",
                 "the credentials need a passphrase of at least %n characters", nullptr, 1),
        QStringLiteral("the credentials need a passphrase of at least 1 character"));
}

void TestTranslations::menuAcceleratorsAreUnique_data()
{
    embeddedTranslationsLoad_data();
    QTest::newRow("en") << QStringLiteral("en_US") << QString();
}

// Alt+letter must reach one menu, and one entry inside it, in every language.
void TestTranslations::menuAcceleratorsAreUnique()
{
    QFETCH(QString, locale);
    QTranslator translator;
    QVERIFY(translator.load(
        QLocale(locale), QStringLiteral("mayfly"), QStringLiteral("_"), QStringLiteral(":/mayfly/i18n")));
    QCoreApplication::installTranslator(&translator);
    auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    auto mnemonic = [](const QString& text) -> QChar {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
        }
        return {};
    };
    auto clashes = [&](const QList<QAction*>& actions) {
        QHash<QChar, QStringList> byKey;
        for (QAction* action : actions) {
            if (const QChar key = mnemonic(action->text()); !key.isNull())
                byKey[key] << action->text();
        }
        QStringList out;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                out << it.value().join(QStringLiteral(" / "));
        }
        return out;
    };

    ui::MainWindow window;
    QStringList problems = clashes(window.menuBar()->actions());
    for (QAction* menuAction : window.menuBar()->actions()) {
        if (menuAction->menu())
            problems << clashes(menuAction->menu()->actions());
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(locale + QStringLiteral(": the same accelerator twice: ") + problems.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

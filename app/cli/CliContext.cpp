#include "app/cli/CliContext.h"

#include "app/cli/ProviderBridge.h"
#include "core/settings/ProfileSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace mayfly::cli {

using namespace mayfly::core;

namespace {

// Reads a passphrase from the terminal without echo; empty when stdin is not a terminal.
QString promptPassphrase(QTextStream& err, const char* prompt = "Passphrase for this Mayfly profile: ")
{
    if (!::isatty(STDIN_FILENO))
        return {};
    err << prompt << Qt::flush;
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[1024] = {};
    const bool ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << Qt::endl;
    QByteArray line = ok ? QByteArray(buffer) : QByteArray();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString passphrase = QString::fromUtf8(line);
    secureWipe(line);
    OPENSSL_cleanse(buffer, sizeof buffer);
    return passphrase;
}

} // namespace

CliContext::CliContext(GlobalOptions options, QTextStream& out, QTextStream& err)
    : m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{ }

CliContext::~CliContext() = default;

Result<store::Profile*> CliContext::profile(bool allowLocked)
{
    if (m_profile)
        return m_profile.get();
    store::ProfileOptions options;
    options.directory = m_options.profileDir;
    options.memoryOnly = m_options.memoryOnly;
    options.passphrase = qEnvironmentVariable("MAYFLY_PASSPHRASE");
    options.allowLocked = allowLocked;
    auto opened = store::Profile::open(options);
    if (!opened && !allowLocked && options.passphrase.isEmpty() && opened.error().code == ErrorCode::InvalidInput
        && opened.error().detail.contains(QLatin1String("passphrase"))) {
        options.passphrase = promptPassphrase(m_err);
        if (!options.passphrase.isEmpty())
            opened = store::Profile::open(options);
    }
    if (!opened && !allowLocked && options.passphrase.isEmpty() && !options.memoryOnly
        && opened.error().code == ErrorCode::KeychainUnavailable
        && opened.error().detail.contains(QLatin1String("MAYFLY_PASSPHRASE")) && ::isatty(STDIN_FILENO)) {
        // A fresh profile and no keychain: ask, as the app does, instead of storing anything unprotected.
        m_err << "mayfly-cli: " << opened.error().detail << Qt::endl;
        const QString first = promptPassphrase(m_err, "Choose a passphrase for this profile (empty to cancel): ");
        if (!first.isEmpty()) {
            const QString second = promptPassphrase(m_err, "The same passphrase again: ");
            if (second != first)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("the passphrases differ; nothing was stored"));
            options.passphrase = first;
            opened = store::Profile::open(options);
        }
    }
    if (!opened)
        return opened.error();
    m_profile = std::move(opened).value();
    if (m_profile->store().isUnlocked()) {
        // The janitor at start-up: deletes what expired since the last run, locally first (the
        // rows and their bytes), then at the provider where it can forget the mailbox.
        auto purged = m_profile->store().purgeExpired();
        if (!purged) {
            m_err << "mayfly-cli: warning: " << purged.error().toString() << Qt::endl;
        } else {
            for (const store::AddressRecord& expired : purged->expiredAddresses) {
                if (expired.mailbox.credentials.isEmpty() && expired.mailbox.remoteId.isEmpty())
                    continue;
                auto env = providerEnv();
                if (!env)
                    break;
                if (auto r = deleteRemoteMailbox(expired, *env); !r && r.error().code != ErrorCode::Unsupported
                    && r.error().code != ErrorCode::NotFound && r.error().code != ErrorCode::Expired)
                    m_err << "mayfly-cli: warning: an expired address was deleted here but not at its provider ("
                          << r.error().toString() << ")" << Qt::endl;
            }
        }
    }
    return m_profile.get();
}

Result<ProviderEnv> CliContext::providerEnv()
{
    if (!m_profile) {
        auto opened = profile();
        if (!opened)
            return opened.error();
    }
    ProviderEnv env;
    const store::Store& st = m_profile->store();
    if (const auto choice = settings::loadSourceChoice(st)) {
        env.choice = *choice;
        env.hasChoice = true;
    }
    env.proxy = m_options.proxy.value_or(settings::loadProxy(st));
    env.profileDir = m_profile->isMemoryOnly() ? QString() : m_profile->directory();
    env.store = &st;
    return env;
}

int CliContext::fail(const Error& error, const QString& what)
{
    if (m_options.json) {
        QJsonObject o;
        o.insert(QStringLiteral("error"), errorCodeName(error.code));
        o.insert(QStringLiteral("detail"), error.detail);
        m_err << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        m_err << "mayfly-cli: " << (what.isEmpty() ? QString() : what + QStringLiteral(": ")) << error.toString()
              << Qt::endl;
    }
    return error.code == ErrorCode::Timeout ? ExitTimeout : ExitError;
}

int CliContext::usage(const QString& message, const QString& usageLine)
{
    m_err << "mayfly-cli: " << message << "\nusage: " << usageLine << "\n(see mayfly-cli help)" << Qt::endl;
    return ExitUsage;
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::parse(
    QCommandLineParser& parser, const QStringList& arguments, const QString& usageLine, const QString& description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("mayfly-cli")} + arguments))
        return usage(parser.errorText(), usageLine);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser's first line names the program only; ours names the command.
        const qsizetype nl = text.indexOf(u'\n');
        m_out << "usage: " << usageLine << "\n" << (nl >= 0 ? text.mid(nl + 1) : text);
        m_out << "\nGlobal options: --profile DIR, --memory-only, --json (see mayfly-cli --help).\n";
        m_out.flush();
        return ExitOk;
    }
    return -1;
}

QString terminalSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (u == u'\t' || u == u'\n')
            out.append(u' ');
        else if (!control && !bidi)
            out.append(c);
    }
    return out;
}

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("-");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

std::optional<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smhd]?)$"));
    const auto m = pattern.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 factor = unit == u"m" ? 60 : unit == u"h" ? 3600 : unit == u"d" ? 86400 : 1;
    if (n <= 0)
        return std::nullopt;
    return n * factor;
}

} // namespace mayfly::cli

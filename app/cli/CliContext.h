#pragma once

#include "app/cli/ProviderBridge.h"
#include "core/common/Result.h"
#include "core/net/HttpClient.h"
#include "core/store/Profile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace mayfly::cli {

// Exit codes pinned in ARCHITECTURE.md.
enum ExitCode
{
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitTimeout = 3,
};

struct GlobalOptions
{
    QString profileDir; // --profile DIR
    bool memoryOnly = false; // --memory-only
    bool json = false; // --json
    std::optional<core::net::ProxySettings> proxy; // --proxy; nullopt: the profile's
};

// What every command gets: the global options, the output streams and the profile, opened on
// first use (so `--help` never touches the keychain).
class CliContext final
{
public:
    CliContext(GlobalOptions options, QTextStream& out, QTextStream& err);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    [[nodiscard]] const GlobalOptions& options() const { return m_options; }
    [[nodiscard]] bool json() const { return m_options.json; }
    [[nodiscard]] QTextStream& out() { return m_out; }
    [[nodiscard]] QTextStream& err() { return m_err; }
    // When the command started (before the slow parts: key derivation, keychain, janitor).
    [[nodiscard]] QDateTime startedAt() const { return m_startedAt; }

    // Opens (and unlocks) the profile, then runs the janitor once: nothing expired is shown.
    [[nodiscard]] core::Result<core::store::Profile*> profile(bool allowLocked = false);

    // How this command reaches providers: the profile's source settings and proxy (--proxy wins).
    // Opens the profile.
    [[nodiscard]] core::Result<ProviderEnv> providerEnv();

    // Prints "mayfly-cli: <what>: <detail>" and returns the exit code for the error.
    int fail(const core::Error& error, const QString& what = {});
    int usage(const QString& message, const QString& usageLine);
    void printJson(const QJsonValue& value);

    // Parses a command's own arguments; returns -1 to continue, or the exit code (help, usage).
    int parse(
        QCommandLineParser& parser, const QStringList& arguments, const QString& usageLine, const QString& description);

private:
    GlobalOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<core::store::Profile> m_profile;
    QDateTime m_startedAt;
};

// Message-derived text for a terminal: control characters (escape sequences) removed.
[[nodiscard]] QString terminalSafe(const QString& text);
[[nodiscard]] QString formatTime(const QDateTime& time);
[[nodiscard]] QString formatBytes(qint64 bytes);
// "90", "90s", "10m", "24h", "7d" -> seconds; nullopt when malformed or not positive.
[[nodiscard]] std::optional<qint64> parseDuration(const QString& text);

} // namespace mayfly::cli

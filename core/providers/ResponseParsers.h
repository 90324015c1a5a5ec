#pragma once

#include "core/common/Result.h"
#include "core/providers/Provider.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Pure parsers of every provider's JSON answers: bytes in, values out, no I/O, so each one has a
// fuzz target (tests/fuzz/providers.cmake). Outside input is bounded before it is parsed.
namespace mayfly::core::providers::parse {

// A provider answer larger than this is not JSON we asked for (mail.tm pages hold 30 summaries).
constexpr qsizetype MaxJsonBytes = 8 * 1024 * 1024;
// mail.tm sources and Mailpit messages carry the whole RFC 5322 text inside JSON.
constexpr qsizetype MaxJsonWithSourceBytes = 96 * 1024 * 1024;
constexpr qsizetype MaxListItems = 1000;
constexpr qsizetype MaxFieldChars = 4096; // subject, sender, preview are cut here

// ---- mail.tm / mail.gw (API Platform, PROVIDERS.md §1) ----
// Active, public domains from a Hydra collection or a plain array (§1.2).
[[nodiscard]] Result<QStringList> mailTmDomains(const QByteArray& json);
[[nodiscard]] Result<QString> mailTmAccountId(const QByteArray& json);
struct MailTmToken
{
    QString token;
    QString accountId;
};
[[nodiscard]] Result<MailTmToken> mailTmToken(const QByteArray& json);
[[nodiscard]] Result<QList<MessageSummary>> mailTmMessages(const QByteArray& json);
[[nodiscard]] Result<QByteArray> mailTmSource(const QByteArray& json);
// `detail`, `hydra:description` or the first violation's message; empty when there is none.
[[nodiscard]] QString mailTmErrorDetail(const QByteArray& json);
struct MailTmEvent
{
    enum class Kind
    {
        Unparsable, // junk (§1.8 quirk): re-poll
        Account, // the account changed (new mail per the docs): re-poll
        NewMessage,
        Seen,
        Deleted,
    };
    Kind kind = Kind::Unparsable;
    QString messageId;
};
// Tolerates the stray lines seen before the JSON (Mailjs #23/#24): the whole data first, then
// its last line.
[[nodiscard]] MailTmEvent mailTmEvent(const QByteArray& data);

// ---- Guerrilla Mail (PROVIDERS.md §2): numbers as strings, empty bodies, bare `false` ----
struct GuerrillaAddress
{
    QString address;
    qint64 timestamp = 0; // unix seconds; the address lives 60 minutes from here
    QString sidToken;
};
[[nodiscard]] Result<GuerrillaAddress> guerrillaAddress(const QByteArray& json);
struct GuerrillaList
{
    QList<MessageSummary> messages;
    QString sidToken;
};
[[nodiscard]] Result<GuerrillaList> guerrillaList(const QByteArray& json);
struct GuerrillaMail
{
    QString id;
    QString from;
    QString recipient;
    QString subject;
    QString body; // filtered HTML
    QString contentType;
    qint64 timestamp = 0;
    QString sidToken;
};
[[nodiscard]] Result<GuerrillaMail> guerrillaMail(const QByteArray& json);
[[nodiscard]] Result<QStringList> guerrillaDeleted(const QByteArray& json);
// The RFC 5322 message Mayfly stores for a Guerrilla mail (which has no raw source). Header values
// are stripped of CR/LF and encoded per RFC 2047; the body is base64 text/html.
[[nodiscard]] QByteArray guerrillaToRfc5322(const GuerrillaMail& mail, const QString& toAddress);

// ---- mayfly-relay (RELAY-API-CONTRACT.md) ----
struct RelayAddress
{
    QString id;
    QString address;
    QString token;
    QDateTime createdAt;
    QDateTime expiresAt;
    bool sealed = false;
};
[[nodiscard]] Result<RelayAddress> relayAddress(const QByteArray& json);
[[nodiscard]] Result<QList<MessageSummary>> relayMessages(const QByteArray& json);
[[nodiscard]] Result<QDateTime> relayExpiresAt(const QByteArray& json);
[[nodiscard]] QString relayErrorReason(const QByteArray& json);
struct RelayEvent
{
    enum class Kind
    {
        Unknown,
        MessageNew,
        MessageDeleted,
        AddressDeleted,
        AddressExpired,
    };
    Kind kind = Kind::Unknown;
    QString messageId;
};
[[nodiscard]] RelayEvent relayEvent(const QByteArray& json);

// ---- Mailpit (PROVIDERS.md §4.2) ----
// Only messages addressed exactly to `address` (To, Cc or Bcc), since `to:` search is a substring
// match.
[[nodiscard]] Result<QList<MessageSummary>> mailpitMessages(const QByteArray& json, const QString& address);
struct MailpitEvent
{
    QString type; // "new", "delete", ...
    MessageSummary message;
    QStringList recipients; // lower-cased To, Cc, Bcc of a "new" message
};
[[nodiscard]] Result<MailpitEvent> mailpitEvent(const QByteArray& json);

// ---- Inbucket (PROVIDERS.md §4.1) ----
// Only messages whose `to` list holds exactly `address` (mailboxes are shared by local part).
[[nodiscard]] Result<QList<MessageSummary>> inbucketMessages(const QByteArray& json, const QString& address);
// One message header pushed by the v1 monitor socket.
[[nodiscard]] Result<MessageSummary> inbucketEvent(const QByteArray& json, const QString& address);

// "Name <a@b>" or "a@b" -> "a@b", lower-cased.
[[nodiscard]] QString bareAddress(const QString& value);

} // namespace mayfly::core::providers::parse

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mayfly::core::mime {

// One address of a header field. The real addr-spec is always kept apart from the display name, so
// the UI can show what the mail really came from even when the name pretends to be an address.
struct Mailbox
{
    QString displayName; // decoded, with control, bidi and zero-width characters removed
    QString addrSpec; // the real address (IDN domains as Unicode)
    bool displayNameHasAddress = false; // the display name contains something that looks like an address
    bool displayNameSanitised = false; // characters were removed from the display name
    bool addrSpecSuspicious = false; // encoded words, control characters or quotes in the addr-spec

    // "Name <addr>" or "addr", for display.
    [[nodiscard]] QString toDisplayString() const;
};

// An inline part referenced from the HTML body by cid: (RFC 2392).
struct Part
{
    QString contentId; // without the angle brackets
    QString mimeType;
    QByteArray data;
};

struct Attachment
{
    QString safeFileName; // usable as a file name on every OS
    QString originalFileName; // as the sender wrote it (decoded), for display only
    QString mimeType;
    qint64 size = 0;
    QByteArray data;
};

struct Message
{
    QString subject;
    Mailbox from;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QString replyTo;
    QDateTime date;
    QString messageId;
    QString textBody;
    QString htmlBody;
    QList<Part> inlineParts;
    QList<Attachment> attachments;
    // Human-readable notes about what was malformed or cut off; empty for a clean message.
    QStringList problems;
    // The parser met a critical malformation: show the text body only, with a banner.
    bool plainTextFallback = false;
};

} // namespace mayfly::core::mime

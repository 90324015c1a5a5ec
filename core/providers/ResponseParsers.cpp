#include "core/providers/ResponseParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace mayfly::core::providers::parse {

using namespace Qt::StringLiterals;

namespace {

Result<QJsonDocument> parseJson(const QByteArray& bytes, qsizetype max = MaxJsonBytes)
{
    if (bytes.size() > max)
        return makeError(ErrorCode::LimitExceeded, u"answer too large"_s);
    if (bytes.trimmed().isEmpty())
        return makeError(ErrorCode::ProviderDown, u"empty answer"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return makeError(ErrorCode::ProviderDown, u"answer is not JSON"_s);
    return doc;
}

Result<QJsonObject> parseObject(const QByteArray& bytes, qsizetype max = MaxJsonBytes)
{
    auto doc = parseJson(bytes, max);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return makeError(ErrorCode::ProviderDown, u"answer is not a JSON object"_s);
    return doc->object();
}

QString cut(QString value)
{
    if (value.size() > MaxFieldChars)
        value.truncate(MaxFieldChars);
    return value;
}

// Strings, numbers and numeric strings alike (Guerrilla sends almost every number as a string).
QString text(const QJsonValue& value)
{
    if (value.isString())
        return cut(value.toString());
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

qint64 number(const QJsonValue& value, qint64 fallback = -1)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

bool flag(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return value.toString() == u"1" || value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    return false;
}

QDateTime isoDate(const QJsonValue& value)
{
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        return {};
    return date.toUTC();
}

QDateTime unixSeconds(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()) : QDateTime();
}

// `{name, address}` objects (mail.tm, Mailpit with capitalised keys) or strings.
QString person(const QJsonValue& value)
{
    if (value.isString())
        return cut(value.toString());
    const QJsonObject object = value.toObject();
    const QString name = text(object.contains(u"name") ? object.value(u"name") : object.value(u"Name"));
    const QString address = text(object.contains(u"address") ? object.value(u"address") : object.value(u"Address"));
    if (name.isEmpty())
        return address;
    return cut(name + u" <"_s + address + u'>');
}

QJsonArray collection(const QJsonDocument& doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject object = doc.object();
    // API Platform 2/3 write `hydra:member`; API Platform 4 drops the prefix.
    if (object.value(u"hydra:member").isArray())
        return object.value(u"hydra:member").toArray();
    return object.value(u"member").toArray();
}

QString decodeEntities(const QString& in)
{
    if (!in.contains(u'&'))
        return in;
    static const QRegularExpression entity(u"&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|#39);"_s);
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(in);
    while (it.hasNext()) {
        const auto match = it.next();
        out += in.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name == u"amp")
            code = '&';
        else if (name == u"lt")
            code = '<';
        else if (name == u"gt")
            code = '>';
        else if (name == u"quot")
            code = '"';
        else if (name == u"apos" || name == u"#39")
            code = '\'';
        else if (name.startsWith(u"#x"))
            code = char32_t(name.mid(2).toUInt(nullptr, 16));
        else
            code = char32_t(name.mid(1).toUInt());
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        out += QString::fromUcs4(&code, 1);
        last = match.capturedEnd();
    }
    out += in.mid(last);
    return out;
}

Error bareScalarError(const QByteArray& bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed == "false" || trimmed == "null")
        return makeError(ErrorCode::NotFound, u"provider answered false"_s);
    return makeError(ErrorCode::ProviderDown, u"unexpected answer"_s);
}

// Guerrilla answers `false`, empty bodies and plain text instead of errors (PROVIDERS.md §2.5).
Result<QJsonObject> guerrillaObject(const QByteArray& bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::ProviderDown, u"empty answer"_s);
    if (!trimmed.startsWith('{'))
        return bareScalarError(trimmed);
    return parseObject(bytes);
}

QStringList addressList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const auto& item : array) {
        const QString address
            = item.isString() ? bareAddress(item.toString()) : bareAddress(text(item.toObject().value(u"Address")));
        if (!address.isEmpty())
            out.append(address);
        if (out.size() >= MaxListItems)
            break;
    }
    return out;
}

QByteArray headerSafe(QString value)
{
    value.replace(u'\r', u' ').replace(u'\n', u' ');
    value = value.simplified();
    bool ascii = true;
    for (const QChar c : value) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            ascii = false;
    }
    if (ascii)
        return value.toLatin1();
    // RFC 2047 §4.1 encoded-words: each at most 75 characters, so chunk the UTF-8.
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    qsizetype i = 0;
    while (i < utf8.size()) {
        qsizetype len = std::min<qsizetype>(45, utf8.size() - i);
        while (i + len < utf8.size() && (quint8(utf8[i + len]) & 0xC0) == 0x80)
            --len; // never split a UTF-8 sequence
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(i, len).toBase64() + "?=";
        i += len;
    }
    return out;
}

} // namespace

QString bareAddress(const QString& value)
{
    const qsizetype open = value.lastIndexOf(u'<');
    const qsizetype close = value.lastIndexOf(u'>');
    QString address = (open >= 0 && close > open) ? value.mid(open + 1, close - open - 1) : value;
    return address.trimmed().toLower();
}

// ---- mail.tm ----

Result<QStringList> mailTmDomains(const QByteArray& json)
{
    auto doc = parseJson(json);
    if (!doc)
        return doc.error();
    QStringList out;
    for (const auto& item : collection(*doc)) {
        const QJsonObject domain = item.toObject();
        if (domain.contains(u"isActive") && !flag(domain.value(u"isActive")))
            continue;
        if (flag(domain.value(u"isPrivate")))
            continue;
        const QString name = text(domain.value(u"domain")).toLower();
        if (!name.isEmpty() && !name.contains(u'@') && !name.contains(u' '))
            out.append(name);
        if (out.size() >= MaxListItems)
            break;
    }
    if (out.isEmpty())
        return makeError(ErrorCode::ProviderDown, u"no active domain"_s);
    return out;
}

Result<QString> mailTmAccountId(const QByteArray& json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    QString id = text(object->value(u"id"));
    if (id.isEmpty())
        id = text(object->value(u"@id")).section(u'/', -1);
    if (id.isEmpty())
        return makeError(ErrorCode::ProviderDown, u"account without id"_s);
    return id;
}

Result<MailTmToken> mailTmToken(const QByteArray& json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    MailTmToken token;
    token.token = object->value(u"token").toString();
    token.accountId = text(object->value(u"id"));
    if (token.accountId.isEmpty())
        token.accountId = text(object->value(u"@id")).section(u'/', -1);
    if (token.token.isEmpty() || token.token.size() > 16384)
        return makeError(ErrorCode::ProviderDown, u"no token in answer"_s);
    return token;
}

Result<QList<MessageSummary>> mailTmMessages(const QByteArray& json)
{
    auto doc = parseJson(json);
    if (!doc)
        return doc.error();
    if (!doc->isArray() && !doc->isObject())
        return makeError(ErrorCode::ProviderDown, u"not a collection"_s);
    QList<MessageSummary> out;
    for (const auto& item : collection(*doc)) {
        const QJsonObject message = item.toObject();
        MessageSummary summary;
        summary.id = text(message.value(u"id"));
        if (summary.id.isEmpty())
            continue;
        if (flag(message.value(u"isDeleted")))
            continue;
        summary.from = person(message.value(u"from"));
        summary.subject = text(message.value(u"subject"));
        summary.preview = text(message.value(u"intro"));
        summary.receivedAt = isoDate(message.value(u"createdAt"));
        summary.size = number(message.value(u"size"));
        summary.seen = flag(message.value(u"seen"));
        summary.hasAttachments = flag(message.value(u"hasAttachments"));
        out.append(std::move(summary));
        if (out.size() >= MaxListItems)
            break;
    }
    return out;
}

Result<QByteArray> mailTmSource(const QByteArray& json)
{
    auto object = parseObject(json, MaxJsonWithSourceBytes);
    if (!object)
        return object.error();
    const QJsonValue data = object->value(u"data");
    if (!data.isString())
        return makeError(ErrorCode::ProviderDown, u"source without data"_s);
    return data.toString().toUtf8();
}

QString mailTmErrorDetail(const QByteArray& json)
{
    auto object = parseObject(json);
    if (!object)
        return {};
    const QJsonArray violations = object->value(u"violations").toArray();
    if (!violations.isEmpty()) {
        const QString message = text(violations.first().toObject().value(u"message"));
        if (!message.isEmpty())
            return message;
    }
    for (const auto* key : {u"detail", u"hydra:description", u"message"}) {
        const QString value = text(object->value(QStringView(key)));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

MailTmEvent mailTmEvent(const QByteArray& data)
{
    auto classify = [](const QByteArray& bytes) -> std::optional<MailTmEvent> {
        auto object = parseObject(bytes);
        if (!object)
            return std::nullopt;
        MailTmEvent event;
        const QString type = text(object->value(u"@type"));
        if (type == u"Account") {
            event.kind = MailTmEvent::Kind::Account;
            return event;
        }
        event.messageId = text(object->value(u"id"));
        if (event.messageId.isEmpty())
            return std::nullopt;
        if (flag(object->value(u"isDeleted")))
            event.kind = MailTmEvent::Kind::Deleted;
        else if (flag(object->value(u"seen")))
            event.kind = MailTmEvent::Kind::Seen;
        else
            event.kind = MailTmEvent::Kind::NewMessage;
        return event;
    };
    if (auto event = classify(data))
        return *event;
    const qsizetype lastLine = data.trimmed().lastIndexOf('\n');
    if (lastLine >= 0) {
        if (auto event = classify(data.trimmed().mid(lastLine + 1)))
            return *event;
    }
    return {};
}

// ---- Guerrilla Mail ----

Result<GuerrillaAddress> guerrillaAddress(const QByteArray& json)
{
    auto object = guerrillaObject(json);
    if (!object)
        return object.error();
    GuerrillaAddress out;
    out.address = text(object->value(u"email_addr")).toLower();
    out.timestamp = number(object->value(u"email_timestamp"), 0);
    out.sidToken = text(object->value(u"sid_token"));
    if (out.address.isEmpty() || !out.address.contains(u'@'))
        return makeError(ErrorCode::ProviderDown, u"no address in answer"_s);
    return out;
}

Result<GuerrillaList> guerrillaList(const QByteArray& json)
{
    auto object = guerrillaObject(json);
    if (!object)
        return object.error();
    GuerrillaList out;
    out.sidToken = text(object->value(u"sid_token"));
    if (!object->value(u"list").isArray() && !object->contains(u"count"))
        return makeError(ErrorCode::ProviderDown, u"no list in answer"_s);
    for (const auto& item : object->value(u"list").toArray()) {
        const QJsonObject mail = item.toObject();
        MessageSummary summary;
        summary.id = text(mail.value(u"mail_id"));
        if (summary.id.isEmpty())
            continue;
        summary.from = decodeEntities(text(mail.value(u"mail_from")));
        summary.subject = decodeEntities(text(mail.value(u"mail_subject")));
        summary.preview = decodeEntities(text(mail.value(u"mail_excerpt")));
        summary.receivedAt = unixSeconds(number(mail.value(u"mail_timestamp"), 0));
        summary.size = number(mail.value(u"mail_size"));
        summary.seen = flag(mail.value(u"mail_read"));
        summary.hasAttachments = number(mail.value(u"att"), 0) > 0;
        out.messages.append(std::move(summary));
        if (out.messages.size() >= MaxListItems)
            break;
    }
    return out;
}

Result<GuerrillaMail> guerrillaMail(const QByteArray& json)
{
    auto object = guerrillaObject(json);
    if (!object)
        return object.error();
    GuerrillaMail mail;
    mail.id = text(object->value(u"mail_id"));
    if (mail.id.isEmpty())
        return makeError(ErrorCode::ProviderDown, u"mail without id"_s);
    mail.from = decodeEntities(text(object->value(u"mail_from")));
    mail.recipient = text(object->value(u"mail_recipient"));
    mail.subject = decodeEntities(text(object->value(u"mail_subject")));
    const QJsonValue body = object->value(u"mail_body");
    mail.body = body.isString() ? body.toString() : QString();
    mail.contentType = text(object->value(u"content_type"));
    mail.timestamp = number(object->value(u"mail_timestamp"), 0);
    mail.sidToken = text(object->value(u"sid_token"));
    return mail;
}

Result<QStringList> guerrillaDeleted(const QByteArray& json)
{
    auto object = guerrillaObject(json);
    if (!object)
        return object.error();
    QStringList out;
    for (const auto& id : object->value(u"deleted_ids").toArray()) {
        const QString value = text(id);
        if (!value.isEmpty())
            out.append(value);
    }
    return out;
}

QByteArray guerrillaToRfc5322(const GuerrillaMail& mail, const QString& toAddress)
{
    QByteArray out;
    const QString fromAddress = bareAddress(mail.from);
    const bool plainAddress = !fromAddress.isEmpty()
        && QRegularExpression(u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$"_s).match(fromAddress).hasMatch();
    const QString fromName
        = mail.from.contains(u'<') ? mail.from.left(mail.from.lastIndexOf(u'<')).trimmed() : QString();
    out += "From: ";
    if (!fromName.isEmpty())
        out += headerSafe(fromName) + ' ';
    out += '<' + (plainAddress ? fromAddress.toLatin1() : QByteArray("unknown@invalid")) + ">\r\n";
    out += "To: <" + headerSafe(toAddress) + ">\r\n";
    out += "Subject: " + headerSafe(mail.subject) + "\r\n";
    const QDateTime date = mail.timestamp > 0 ? unixSeconds(mail.timestamp) : QDateTime::currentDateTimeUtc();
    out += "Date: " + QLocale::c().toString(date, u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s).toLatin1() + "\r\n";
    QString id = mail.id;
    id.remove(QRegularExpression(u"[^A-Za-z0-9]"_s));
    out += "Message-ID: <guerrilla-" + id.left(64).toLatin1() + "@mayfly.invalid>\r\n";
    out += "MIME-Version: 1.0\r\n";
    // Guerrilla only hands out its filtered body; say so to whoever reads the source.
    out += "X-Mayfly-Note: rebuilt from Guerrilla Mail's filtered body; no original source exists\r\n";
    const bool plain = mail.contentType.startsWith(u"text/plain", Qt::CaseInsensitive);
    out += plain ? "Content-Type: text/plain; charset=utf-8\r\n" : "Content-Type: text/html; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = mail.body.toUtf8().toBase64();
    for (qsizetype i = 0; i < body.size(); i += 76)
        out += body.mid(i, 76) + "\r\n";
    return out;
}

// ---- mayfly-relay ----

Result<RelayAddress> relayAddress(const QByteArray& json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    RelayAddress out;
    out.id = text(object->value(u"id"));
    out.address = text(object->value(u"address")).toLower();
    out.token = object->value(u"token").toString();
    out.createdAt = isoDate(object->value(u"createdAt"));
    out.expiresAt = isoDate(object->value(u"expiresAt"));
    out.sealed = flag(object->value(u"sealed"));
    if (out.id.isEmpty() || !out.address.contains(u'@'))
        return makeError(ErrorCode::ProviderDown, u"address without id"_s);
    return out;
}

Result<QList<MessageSummary>> relayMessages(const QByteArray& json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    if (!object->value(u"messages").isArray())
        return makeError(ErrorCode::ProviderDown, u"no message list"_s);
    QList<MessageSummary> out;
    for (const auto& item : object->value(u"messages").toArray()) {
        const QJsonObject message = item.toObject();
        MessageSummary summary;
        summary.id = text(message.value(u"id"));
        if (summary.id.isEmpty())
            continue;
        summary.receivedAt = isoDate(message.value(u"receivedAt"));
        summary.size = number(message.value(u"size"));
        out.append(std::move(summary));
        if (out.size() >= MaxListItems)
            break;
    }
    return out;
}

Result<QDateTime> relayExpiresAt(const QByteArray& json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    const QDateTime expires = isoDate(object->value(u"expiresAt"));
    if (!expires.isValid())
        return makeError(ErrorCode::ProviderDown, u"no expiry in answer"_s);
    return expires;
}

QString relayErrorReason(const QByteArray& json)
{
    auto object = parseObject(json);
    return object ? text(object->value(u"error")).left(200) : QString();
}

RelayEvent relayEvent(const QByteArray& json)
{
    RelayEvent event;
    auto object = parseObject(json);
    if (!object)
        return event;
    const QString type = text(object->value(u"type"));
    event.messageId = text(object->value(u"id"));
    if (type == u"message.new" && !event.messageId.isEmpty())
        event.kind = RelayEvent::Kind::MessageNew;
    else if (type == u"message.deleted" && !event.messageId.isEmpty())
        event.kind = RelayEvent::Kind::MessageDeleted;
    else if (type == u"address.deleted")
        event.kind = RelayEvent::Kind::AddressDeleted;
    else if (type == u"address.expired")
        event.kind = RelayEvent::Kind::AddressExpired;
    return event;
}

// ---- Mailpit ----

namespace {

MessageSummary mailpitSummary(const QJsonObject& message)
{
    MessageSummary summary;
    summary.id = text(message.value(u"ID"));
    summary.from = person(message.value(u"From"));
    summary.subject = text(message.value(u"Subject"));
    summary.preview = text(message.value(u"Snippet"));
    summary.receivedAt = isoDate(message.value(u"Created"));
    summary.size = number(message.value(u"Size"));
    summary.seen = flag(message.value(u"Read"));
    summary.hasAttachments = number(message.value(u"Attachments"), 0) > 0;
    return summary;
}

QStringList mailpitRecipients(const QJsonObject& message)
{
    return addressList(message.value(u"To")) + addressList(message.value(u"Cc")) + addressList(message.value(u"Bcc"));
}

} // namespace

Result<QList<MessageSummary>> mailpitMessages(const QByteArray& json, const QString& address)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    if (!object->value(u"messages").isArray())
        return makeError(ErrorCode::ProviderDown, u"no message list"_s);
    const QString wanted = address.toLower();
    QList<MessageSummary> out;
    for (const auto& item : object->value(u"messages").toArray()) {
        const QJsonObject message = item.toObject();
        if (!mailpitRecipients(message).contains(wanted))
            continue;
        MessageSummary summary = mailpitSummary(message);
        if (!summary.id.isEmpty())
            out.append(std::move(summary));
        if (out.size() >= MaxListItems)
            break;
    }
    return out;
}

Result<MailpitEvent> mailpitEvent(const QByteArray& json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    MailpitEvent event;
    event.type = text(object->value(u"Type"));
    const QJsonObject data = object->value(u"Data").toObject();
    event.message = mailpitSummary(data);
    event.recipients = mailpitRecipients(data);
    return event;
}

// ---- Inbucket ----

namespace {

std::optional<MessageSummary> inbucketSummary(const QJsonObject& header, const QString& wanted)
{
    if (!addressList(header.value(u"to")).contains(wanted))
        return std::nullopt;
    MessageSummary summary;
    summary.id = text(header.value(u"id"));
    if (summary.id.isEmpty())
        return std::nullopt;
    summary.from = text(header.value(u"from"));
    summary.subject = text(header.value(u"subject"));
    const qint64 millis = number(header.value(u"posix-millis"), 0);
    summary.receivedAt
        = millis > 0 ? QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::utc()) : isoDate(header.value(u"date"));
    summary.size = number(header.value(u"size"));
    summary.seen = flag(header.value(u"seen"));
    return summary;
}

} // namespace

Result<QList<MessageSummary>> inbucketMessages(const QByteArray& json, const QString& address)
{
    auto doc = parseJson(json);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return makeError(ErrorCode::ProviderDown, u"not a message list"_s);
    const QString wanted = address.toLower();
    QList<MessageSummary> out;
    for (const auto& item : doc->array()) {
        if (auto summary = inbucketSummary(item.toObject(), wanted))
            out.append(std::move(*summary));
        if (out.size() >= MaxListItems)
            break;
    }
    return out;
}

Result<MessageSummary> inbucketEvent(const QByteArray& json, const QString& address)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    if (auto summary = inbucketSummary(*object, address.toLower()))
        return *summary;
    return makeError(ErrorCode::NotFound, u"not for this address"_s);
}

} // namespace mayfly::core::providers::parse

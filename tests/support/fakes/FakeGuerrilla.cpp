#include "tests/support/fakes/FakeGuerrilla.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mayfly::test {

using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString entities(QString text)
{
    return text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s).replace(u'"', u"&quot;"_s);
}

} // namespace

FakeGuerrilla::FakeGuerrilla(QObject* parent)
    : QObject(parent)
{
    m_server.setHandler([this](const FakeRequest& request) { return handle(request); });
}

QString FakeGuerrilla::deliver(const QString& user, const QString& from, const QString& subject, const QString& body)
{
    Mail mail;
    mail.id = QString::number(m_next++);
    mail.from = from;
    mail.subject = subject;
    mail.body = body;
    mail.timestamp = ++m_clock;
    m_inboxes[user].prepend(mail);
    return mail.id;
}

FakeResponse FakeGuerrilla::answer(const QByteArray& body)
{
    FakeResponse response = FakeResponse::text(200, body, "text/html; charset=UTF-8");
    response.headers.emplaceBack("Set-Cookie", "PHPSESSID=" + QByteArray::number(m_next) + "; path=/");
    return response;
}

FakeResponse FakeGuerrilla::handle(const FakeRequest& request)
{
    if (request.path != u"/ajax.php")
        return FakeResponse::text(404, "not found");
    const QString function = request.param(u"f"_s);
    QString sid = request.param(u"sid_token"_s);
    QString user = m_sessions.value(sid);
    auto newSession = [&] {
        sid = u"sid"_s + QString::number(m_next++);
        user = u"rnd"_s + QString::number(m_next++);
        m_sessions.insert(sid, user);
        m_claimed.insert(user, ++m_clock);
    };
    if (user.isEmpty())
        newSession();
    if (m_rotate) {
        m_sessions.remove(sid);
        sid = u"sid"_s + QString::number(m_next++);
        m_sessions.insert(sid, user);
    }
    const QString address = user + u"@guerrillamailblock.com"_s;
    auto addressAnswer = [&] {
        return answer(json({{u"email_addr"_s, address}, {u"email_timestamp"_s, m_claimed.value(user)},
            {u"alias"_s, QString(u"x1y2z3+"_s + user)}, {u"sid_token"_s, sid}}));
    };

    if (function == u"get_email_address")
        return addressAnswer();
    if (function == u"set_email_user") {
        const QString wanted = request.param(u"email_user"_s);
        if (wanted.isEmpty())
            return answer({}); // the documented empty body
        user = wanted.toLower();
        m_sessions.insert(sid, user);
        m_claimed.insert(user, ++m_clock);
        return answer(json({{u"email_addr"_s, QString(user + u"@guerrillamailblock.com"_s)},
            {u"email_timestamp"_s, m_claimed.value(user)}, {u"alias"_s, u"x1y2z3"_s}, {u"sid_token"_s, sid},
            {u"site"_s, u"emjd"_s}, {u"site_id"_s, 1}}));
    }
    if (function == u"get_email_list" || function == u"check_email") {
        if (function == u"get_email_list" && !request.query.hasQueryItem(u"offset"_s))
            return answer({});
        QJsonArray list;
        for (const auto& mail : m_inboxes.value(user)) {
            list.append(QJsonObject{{u"mail_id"_s, mail.id}, {u"mail_from"_s, entities(mail.from)},
                {u"mail_subject"_s, entities(mail.subject)}, {u"mail_excerpt"_s, entities(mail.body.left(40))},
                {u"mail_timestamp"_s, QString::number(mail.timestamp)}, {u"mail_read"_s, u"0"_s},
                {u"mail_date"_s, u"12:00:00"_s}, {u"att"_s, u"0"_s},
                {u"mail_size"_s, QString::number(mail.body.toUtf8().size())}});
        }
        return answer(json({{u"list"_s, list}, {u"count"_s, QString::number(list.size())}, {u"email"_s, address},
            {u"alias"_s, u"x1y2z3"_s}, {u"ts"_s, QString::number(m_clock)}, {u"sid_token"_s, sid},
            {u"stats"_s, QJsonObject{{u"sequence_mail"_s, u"1"_s}}}, {u"auth"_s, QJsonObject{{u"success"_s, true}}}}));
    }
    if (function == u"fetch_email") {
        const QString id = request.param(u"email_id"_s);
        for (const auto& mail : m_inboxes.value(user)) {
            if (mail.id != id)
                continue;
            return answer(json({{u"mail_id"_s, mail.id}, {u"mail_from"_s, mail.from}, {u"mail_recipient"_s, user},
                {u"mail_subject"_s, entities(mail.subject)}, {u"mail_excerpt"_s, entities(mail.body.left(40))},
                {u"mail_body"_s, mail.body}, {u"mail_timestamp"_s, QString::number(mail.timestamp)},
                {u"mail_date"_s, u"2026-11-23 12:00:00"_s}, {u"mail_read"_s, 1}, {u"content_type"_s, u"text/html"_s},
                {u"mail_size"_s, QString::number(mail.body.size())}, {u"att"_s, u"0"_s}, {u"sid_token"_s, sid}}));
        }
        return answer("false");
    }
    if (function == u"del_email") {
        QJsonArray deleted;
        const QString id = request.query.queryItemValue(u"email_ids[]"_s);
        auto& inbox = m_inboxes[user];
        for (qsizetype i = 0; i < inbox.size(); ++i) {
            if (inbox[i].id == id) {
                inbox.removeAt(i);
                deleted.append(id);
                break;
            }
        }
        return answer(json({{u"deleted_ids"_s, deleted}, {u"sid_token"_s, sid}}));
    }
    if (function == u"forget_me") {
        m_sessions.remove(sid);
        return answer("true");
    }
    if (function == u"extend")
        return answer("this call has been disabled - call get_email_address instead");
    return answer({});
}

} // namespace mayfly::test

#include "app/cli/RenderCommand.h"

#include "core/mime/MimeParser.h"
#include "core/mime/RenderedMessage.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mayfly::cli {

namespace {

using namespace mayfly::core;

QJsonArray toJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject mailboxJson(const mime::Mailbox& box)
{
    return QJsonObject{
        {QStringLiteral("name"), box.displayName},
        {QStringLiteral("address"), box.addrSpec},
        {QStringLiteral("nameContainsAddress"), box.displayNameHasAddress},
        {QStringLiteral("nameSanitised"), box.displayNameSanitised},
    };
}

QJsonObject renderedJson(const mime::RenderedMessage& r)
{
    QJsonArray blocked;
    for (const html::BlockedReference& b : r.report.blocked) {
        QJsonObject o{
            {QStringLiteral("element"), b.element},
            {QStringLiteral("attribute"), b.attribute},
            {QStringLiteral("url"), b.url},
            {QStringLiteral("reason"), html::blockReasonName(b.reason)},
            {QStringLiteral("reasonText"), b.reasonText},
        };
        if (!b.company.isEmpty())
            o.insert(QStringLiteral("company"), b.company);
        blocked.append(o);
    }
    QJsonArray links;
    for (const html::LinkInfo& l : r.report.links) {
        QJsonArray kinds;
        for (html::LinkWarning w : l.warningKinds)
            kinds.append(html::linkWarningName(w));
        links.append(QJsonObject{
            {QStringLiteral("text"), l.text},
            {QStringLiteral("target"), l.target},
            {QStringLiteral("cleanedTarget"), l.cleanedTarget},
            {QStringLiteral("warnings"), toJson(l.warnings)},
            {QStringLiteral("warningKinds"), kinds},
        });
    }
    QJsonArray codes;
    for (const auto& c : r.codes + r.links) {
        codes.append(QJsonObject{
            {QStringLiteral("value"), c.value},
            {QStringLiteral("confidence"), qRound(c.confidence * 100) / 100.0},
            {QStringLiteral("kind"),
                c.kind == extract::CandidateKind::Code ? QStringLiteral("code") : QStringLiteral("link")},
        });
    }
    QJsonArray attachments;
    for (const mime::Attachment& a : r.attachments) {
        attachments.append(QJsonObject{
            {QStringLiteral("fileName"), a.safeFileName},
            {QStringLiteral("originalFileName"), a.originalFileName},
            {QStringLiteral("mimeType"), a.mimeType},
            {QStringLiteral("size"), double(a.size)},
        });
    }
    QJsonArray to;
    for (const mime::Mailbox& box : r.message.to)
        to.append(mailboxJson(box));
    return QJsonObject{
        {QStringLiteral("subject"), r.message.subject},
        {QStringLiteral("from"), mailboxJson(r.message.from)},
        {QStringLiteral("to"), to},
        {QStringLiteral("date"), r.message.date.isValid() ? r.message.date.toString(Qt::ISODate) : QString()},
        {QStringLiteral("messageId"), r.message.messageId},
        {QStringLiteral("html"), r.html},
        {QStringLiteral("text"), r.text},
        {QStringLiteral("blocked"), blocked},
        {QStringLiteral("trackers"), toJson(r.report.trackerCompanies)},
        {QStringLiteral("links"), links},
        {QStringLiteral("codes"), codes},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("problems"), toJson(r.problems)},
        {QStringLiteral("plainTextFallback"), r.plainTextFallback},
    };
}

} // namespace

int runRender(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    bool json = false;
    QString recipient;
    QString path;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--json") {
            json = true;
        } else if (arg == u"--recipient" && i + 1 < arguments.size()) {
            recipient = arguments.at(++i);
        } else if (arg.startsWith(u"--") && arg.size() > 2) {
            err << "mayfly-cli render: unknown option " << arg << Qt::endl;
            return 2;
        } else if (path.isEmpty()) {
            path = arg;
        } else {
            err << "usage: mayfly-cli render FILE.eml [--json] [--recipient ADDRESS]" << Qt::endl;
            return 2;
        }
    }
    if (path.isEmpty()) {
        err << "usage: mayfly-cli render FILE.eml [--json] [--recipient ADDRESS]" << Qt::endl;
        return 2;
    }
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        err << "mayfly-cli: cannot read " << path << ": "
            << (QFileInfo(path).isDir() ? QStringLiteral("is a directory") : file.errorString()) << Qt::endl;
        return 1;
    }
    // One more byte than the parser keeps, so it can say the input was cut.
    const QByteArray raw = file.read(core::mime::kMaxMessageBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        err << "mayfly-cli: cannot read " << path << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    const core::mime::RenderedMessage rendered = core::mime::render(raw, recipient);
    if (json) {
        out << QString::fromUtf8(QJsonDocument(renderedJson(rendered)).toJson(QJsonDocument::Indented));
    } else {
        out << rendered.html << "\n";
    }
    out.flush();
    return 0;
}

} // namespace mayfly::cli

#include "app/cli/Commands.h"

#include "app/cli/MessageText.h"

#include <QJsonObject>

#include <cstdio>

namespace mayfly::cli {

using namespace mayfly::core;

int runShow(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral("mayfly-cli show MESSAGE_ID [--text | --html | --raw]");
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("MESSAGE_ID"), QStringLiteral("A message id from mayfly-cli list ADDRESS."));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("The plain-text body (the default)."));
    const QCommandLineOption html(
        QStringLiteral("html"), QStringLiteral("The sanitised HTML body: no scripts, no remote content."));
    const QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("The RFC 5322 source, byte for byte."));
    parser.addOptions({text, html, raw});
    if (int rc = context.parse(parser, arguments, usageLine,
            QStringLiteral("Shows one message. Message text is printed with terminal control characters removed."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("show needs one message id"), usageLine);
    if (int(parser.isSet(text)) + int(parser.isSet(html)) + int(parser.isSet(raw)) > 1)
        return context.usage(QStringLiteral("choose one of --text, --html, --raw"), usageLine);
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&isNumber);
    if (!isNumber)
        return context.usage(QStringLiteral("a message id is a number (see mayfly-cli list ADDRESS)"), usageLine);

    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    store::Store& st = (*profile)->store();
    auto message = st.message(id);
    if (!message)
        return context.fail(message.error(), QString::number(id));
    auto source = st.rawMessage(id);
    if (!source)
        return context.fail(source.error());
    (void)st.setSeen(id, true);

    if (parser.isSet(raw)) {
        if (context.json()) {
            context.printJson(QJsonObject{
                {QStringLiteral("id"), QString::number(id)}, {QStringLiteral("raw"), QString::fromUtf8(*source)}});
        } else {
            context.out().flush();
            std::fwrite(source->constData(), 1, size_t(source->size()), stdout);
            std::fflush(stdout);
        }
        return ExitOk;
    }
    auto rendered = renderMessage(*source, parser.isSet(html) ? BodyKind::Html : BodyKind::Text);
    if (!rendered)
        return context.fail(rendered.error());
    if (context.json()) {
        QJsonObject o{{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("from"), rendered->from},
            {QStringLiteral("subject"), rendered->subject},
            {QStringLiteral("received"), message->summary.receivedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("expires"), message->expiresAt.toUTC().toString(Qt::ISODate)},
            {parser.isSet(html) ? QStringLiteral("html") : QStringLiteral("text"), rendered->body}};
        if (!rendered->code.isEmpty())
            o.insert(QStringLiteral("code"), rendered->code);
        if (!rendered->link.isEmpty())
            o.insert(QStringLiteral("link"), rendered->link);
        context.printJson(o);
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "From:     " << terminalSafe(rendered->from) << "\n"
        << "Subject:  " << terminalSafe(rendered->subject) << "\n"
        << "Received: " << formatTime(message->summary.receivedAt) << "\n"
        << "Deleted:  " << formatTime(message->expiresAt) << "\n";
    if (!rendered->code.isEmpty())
        out << "Code:     " << terminalSafe(rendered->code) << "\n";
    if (!rendered->link.isEmpty())
        out << "Link:     " << terminalSafe(rendered->link) << "\n";
    out << "\n";
    // Keep line breaks, drop every other control character.
    const QStringList lines = rendered->body.split(u'\n');
    for (const QString& line : lines)
        out << terminalSafe(line) << "\n";
    out.flush();
    return ExitOk;
}

} // namespace mayfly::cli

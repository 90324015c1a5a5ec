#include "core/mime/MimeParser.h"
#include "core/mime/RenderedMessage.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QtTest>

using namespace mayfly::core::mime;
using namespace Qt::StringLiterals;

namespace {

QByteArray corpus(const char* name)
{
    QFile file(mayfly::test::dataPath(QString(QStringLiteral("mail/") + QLatin1StringView(name))));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus file %s", name);
    return file.readAll();
}

bool hasProblem(const Message& m, QStringView part)
{
    for (const QString& p : m.problems) {
        if (p.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestMimeParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersDecoded()
    {
        const Message m = MimeParser::parse(corpus("koi8r.eml"));
        QCOMPARE(m.subject, QStringLiteral("Привет"));
        QCOMPARE(m.from.displayName, QStringLiteral("Example"));
        QCOMPARE(m.from.addrSpec, QStringLiteral("news@example.com"));
        QCOMPARE(m.to.size(), 1);
        QCOMPARE(m.to.constFirst().addrSpec, QStringLiteral("alice@mayfly.test"));
        QCOMPARE(m.date, QDateTime(QDate(2024, 6, 4), QTime(9, 15), Qt::UTC));
        QVERIFY(!m.messageId.isEmpty());
        QVERIFY(m.problems.isEmpty());
    }

    void charsets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("bodyPart");
        QTest::newRow("latin1-8bit") << u"latin1-8bit.eml"_s << u"Grüße"_s << u"Grüße aus Köln, schöne Straße."_s;
        QTest::newRow("undeclared-8bit-is-cp1252")
            << u"undeclared-8bit.eml"_s << u"No charset"_s << u"Café crème à 3€"_s;
        QTest::newRow("koi8-r") << u"koi8r.eml"_s << u"Привет"_s << u"Ваш код подтверждения: 731904"_s;
        QTest::newRow("shift-jis-and-iso-2022-jp") << u"shift-jis.eml"_s << u"確認"_s << u"認証コード：５５８２１３"_s;
        QTest::newRow("gb2312-base64") << u"gb2312.eml"_s << u"验证"_s << u"您的验证码是 204817"_s;
        QTest::newRow("unknown-charset") << u"unknown-charset.eml"_s << u"Odd charset"_s << u"plain ascii body"_s;
    }

    void charsets()
    {
        QFETCH(QString, file);
        QFETCH(QString, subject);
        QFETCH(QString, bodyPart);
        const Message m = MimeParser::parse(corpus(file.toUtf8().constData()));
        QCOMPARE(m.subject, subject);
        QVERIFY2(m.textBody.contains(bodyPart), qPrintable(m.textBody));
        QVERIFY(!m.textBody.contains(u'\r'));
    }

    void alternativePrefersBothBodies()
    {
        const Message m = MimeParser::parse(corpus("newsletter-tracking.eml"));
        QVERIFY(m.textBody.contains(u"Your weekly digest"));
        QVERIFY(m.htmlBody.contains(u"<h1>Weekly digest</h1>"));
        QVERIFY(!m.plainTextFallback);
    }

    void relatedInlineParts()
    {
        const Message m = MimeParser::parse(corpus("related-cid.eml"));
        QCOMPARE(m.inlineParts.size(), 1);
        QCOMPARE(m.inlineParts.constFirst().contentId, QStringLiteral("logo@example.com"));
        QCOMPARE(m.inlineParts.constFirst().mimeType, QStringLiteral("image/gif"));
        QVERIFY(m.inlineParts.constFirst().data.startsWith("GIF89a"));
        QVERIFY(m.attachments.isEmpty());
        const RenderedMessage r = render(corpus("related-cid.eml"));
        QVERIFY(r.html.contains(u"src=\"cid:logo@example.com\""));
        QVERIFY(!r.html.contains(u"missing@example.com"));
    }

    void nestedForwards()
    {
        const Message m = MimeParser::parse(corpus("nested-forward.eml"));
        QVERIFY(m.textBody.contains(u"Alice's top note."));
        QVERIFY(m.textBody.contains(u"Bob's forwarding comment."));
        QVERIFY(m.textBody.contains(u"The innermost text"));
        QVERIFY(m.textBody.indexOf(u"Alice") < m.textBody.indexOf(u"Bob's forwarding"));
        QVERIFY(m.textBody.contains(u"From: Carol <carol@example.net>"));
    }

    void brokenBase64StillDecodes()
    {
        const Message m = MimeParser::parse(corpus("broken-base64.eml"));
        QVERIFY2(m.textBody.startsWith(u"Hello world"), qPrintable(m.textBody));
    }

    void boundaryPrefixCollision()
    {
        const Message m = MimeParser::parse(corpus("boundary-prefix.eml"));
        QCOMPARE(m.textBody.trimmed(), QStringLiteral("inner text part"));
        QCOMPARE(m.htmlBody.trimmed(), QStringLiteral("<p>inner html part</p>"));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.constFirst().safeFileName, QStringLiteral("note.txt"));
    }

    void criticalWarningMeansPlainText()
    {
        const QByteArray raw = corpus("no-boundary.eml");
        const Message m = MimeParser::parse(raw);
        QVERIFY(m.plainTextFallback);
        QVERIFY(hasProblem(m, u"boundary"));
        const RenderedMessage r = render(raw);
        QVERIFY(r.plainTextFallback);
        QVERIFY(r.html.contains(u"shown as plain text"));
        QVERIFY(!r.html.contains(u"<script"));
        QVERIFY(!r.html.contains(u"<p>hidden"));
    }

    void notMailStillShown()
    {
        const RenderedMessage r = render(corpus("not-mail.txt"));
        QVERIFY(r.plainTextFallback);
        QVERIFY(r.text.contains(u"hello world"));
        QVERIFY(r.html.contains(u"hello world"));
    }

    void emptyInput()
    {
        const Message m = MimeParser::parse({});
        QVERIFY(m.textBody.isEmpty());
        const RenderedMessage r = render({});
        QVERIFY(r.codes.isEmpty());
    }

    void mailsploitKeepsRealAddress()
    {
        const Message m = MimeParser::parse(corpus("mailsploit.eml"));
        QVERIFY(m.from.addrSpec.endsWith(u"@mailsploit.com"));
        QVERIFY(m.from.addrSpecSuspicious);
        QVERIFY(!m.from.addrSpec.contains(QChar(0)));
        QVERIFY(hasProblem(m, u"malformed"));
    }

    void displayNameSpoof()
    {
        const Message m = MimeParser::parse(corpus("display-name-spoof.eml"));
        QCOMPARE(m.from.addrSpec, QStringLiteral("phish@evil.example"));
        QVERIFY(m.from.displayNameHasAddress);
        QVERIFY(m.from.displayNameSanitised);
        QVERIFY(!m.from.displayName.contains(QChar(0x202E)));
        QVERIFY(hasProblem(m, u"phish@evil.example"));
    }

    void encodedWordTricks()
    {
        const Message m = MimeParser::parse(corpus("encoded-word-tricks.eml"));
        QVERIFY(!m.subject.contains(QChar(0x202E)));
        QVERIFY(!m.subject.contains(QChar(0x200B)));
        QCOMPARE(m.from.displayName, QStringLiteral("PayPal Service"));
        QVERIFY(m.from.displayNameSanitised);
        QStringList names;
        for (const Attachment& a : m.attachments)
            names << a.safeFileName;
        QCOMPARE(
            names, (QStringList{u"invoicefdp.exe"_s, u"passwd"_s, u"_CON.txt"_s, u"report"_s, u"attachment.pdf"_s}));
        QCOMPARE(m.attachments.at(1).originalFileName, QStringLiteral("../../etc/passwd"));
        QCOMPARE(m.attachments.at(1).size, 10);
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
        QTest::newRow("unix-path") << u"/etc/passwd"_s << u"passwd"_s;
        QTest::newRow("windows-path") << u"C:\\Windows\\evil.dll"_s << u"evil.dll"_s;
        QTest::newRow("dotdot") << u".."_s << u"attachment"_s;
        QTest::newRow("dotdot-inside") << u"a..b.txt"_s << u"a.b.txt"_s;
        QTest::newRow("hidden-dotfile") << u".bashrc"_s << u"bashrc"_s;
        QTest::newRow("reserved-con") << u"con"_s << u"_con"_s;
        QTest::newRow("reserved-com1-ext") << u"COM1.txt"_s << u"_COM1.txt"_s;
        QTest::newRow("reserved-lpt9") << u"lpt9.tar.gz"_s << u"_lpt9.tar.gz"_s;
        QTest::newRow("not-reserved") << u"console.txt"_s << u"console.txt"_s;
        QTest::newRow("trailing-dots-spaces") << u"x.txt. . "_s << u"x.txt"_s;
        QTest::newRow("forbidden-chars") << u"a<b>c:d\"e|f?g*h.txt"_s << u"a_b_c_d_e_f_g_h.txt"_s;
        QTest::newRow("rtl-override") << u"invoice\u202Efdp.exe"_s << u"invoicefdp.exe"_s;
        QTest::newRow("control-chars") << u"a\u0001b\u007f.txt"_s << u"ab.txt"_s;
        QTest::newRow("empty") << QString() << u"attachment"_s;
        QTest::newRow("long") << QString(300, u'a') + u".txt"_s << QString(116, u'a') + u".txt"_s;
    }

    void safeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(MimeParser::safeFileName(name), safe);
    }

    // --- bombs: each finishes within its limit (bounded by the ctest timeout) with a problem ---

    void bombNesting()
    {
        QByteArray raw = "From: a@b.example\nSubject: nest\nMIME-Version: 1.0\n";
        for (int i = 0; i < 2000; ++i)
            raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b"
                + QByteArray::number(i) + "\n";
        raw += "Content-Type: text/plain\n\ndeep\n";
        const Message m = MimeParser::parse(raw);
        QVERIFY(hasProblem(m, u"nesting"));
        QCOMPARE(m.subject, QStringLiteral("nest"));
    }

    void bombRfc822Chain()
    {
        QByteArray raw;
        for (int i = 0; i < 300; ++i)
            raw += "From: a@b.example\nSubject: level " + QByteArray::number(i) + "\nContent-Type: message/rfc822\n\n";
        raw += "From: a@b.example\nSubject: inner\nContent-Type: text/plain\n\ninnermost\n";
        const Message m = MimeParser::parse(raw);
        QCOMPARE(m.subject, QStringLiteral("level 0"));
        QVERIFY(hasProblem(m, u"nesting"));
    }

    void bombPartFanOut()
    {
        // 1,000,000 empty sibling parts: 9 s and 2 GB in bare GMime (PITFALLS.md 7).
        QByteArray raw
            = "From: a@b.example\nSubject: fan\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"x\"\n\n";
        raw.reserve(raw.size() + 1000000 * 6);
        for (int i = 0; i < 1000000; ++i)
            raw += "--x\n\n\n";
        raw += "--x--\n";
        const Message m = MimeParser::parse(raw);
        QVERIFY(hasProblem(m, u"MIME parts"));
        QCOMPARE(m.subject, QStringLiteral("fan"));
    }

    void bombFoldedHeader()
    {
        // A 15 MB folded header.
        QByteArray raw = "From: a@b.example\nSubject: big header\nX-Junk: start\n";
        const QByteArray line = " " + QByteArray(70, 'x') + "\n";
        while (raw.size() < 15 * 1024 * 1024)
            raw += line;
        raw += "Content-Type: text/plain\n\nbody survives\n";
        const Message m = MimeParser::parse(raw);
        QVERIFY(hasProblem(m, u"header section"));
        QCOMPARE(m.subject, QStringLiteral("big header"));
        QVERIFY(m.textBody.contains(u"body survives"));
    }

    void bombOversizedMessage()
    {
        QByteArray raw = "From: a@b.example\nSubject: huge\nContent-Type: text/plain\n\n";
        raw += QByteArray(kMaxMessageBytes + 1024, 'a');
        const Message m = MimeParser::parse(raw);
        QVERIFY(hasProblem(m, u"larger than"));
        QVERIFY(m.textBody.size() < kMaxMessageBytes);
    }

    void bombManyAttachmentsCapped()
    {
        QByteArray raw
            = "From: a@b.example\nSubject: many\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"q\"\n\n";
        for (int i = 0; i < 1500; ++i)
            raw += "--q\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"f"
                + QByteArray::number(i) + ".bin\"\n\ndata\n";
        raw += "--q--\n";
        const Message m = MimeParser::parse(raw);
        QVERIFY(m.attachments.size() < kMaxParts);
        QVERIFY(m.attachments.size() > 900);
        QVERIFY(hasProblem(m, u"MIME parts"));
    }
};

QTEST_GUILESS_MAIN(TestMimeParser)
#include "tst_mimeparser.moc"

// The Received: header on its own: the layout RFC 5321 4.4 asks for, folding that RFC 5322 parsers
// undo, and no HELO name, however hostile, that escapes its place.
#include "relay/ReceivedHeader.h"

#include <QTest>

using namespace mayfly::relay;

namespace {

ReceivedFields fields(const QByteArray& helo)
{
    ReceivedFields f;
    f.heloName = helo;
    f.client = QHostAddress(QStringLiteral("203.0.113.5"));
    f.protocol = "ESMTPS";
    f.byHost = "mx.example.org";
    f.id = "k3v9x0q1m2abk3v9x0q1m2ab";
    f.forMailbox = "alice@mail.example.org";
    f.dateMs = QDateTime(QDate(2026, 7, 21), QTime(12, 0, 5), Qt::UTC).toMSecsSinceEpoch();
    return f;
}

// Empty when `header` is one well-folded header field; otherwise what is wrong with it.
QByteArray foldingProblem(const QByteArray& header)
{
    if (!header.startsWith("Received: from ") || !header.endsWith("\r\n"))
        return "does not start with 'Received: from ' or end with CRLF";
    const QList<QByteArray> lines = header.chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return "bare LF";
            line.chop(1);
        }
        if (line.contains('\r'))
            return "bare CR";
        if (line.size() > 998)
            return "line over 998 octets (RFC 5322 2.1.1)";
        if (i > 0 && !line.startsWith('\t'))
            return "a line that does not continue the field: " + line;
        for (char c : line) {
            if ((uchar(c) < 0x20 && c != '\t') || uchar(c) >= 0x7f)
                return "a control or 8-bit octet";
        }
    }
    return {};
}

// The text of the "(invalid HELO ...)" comment, or null when there is none.
QByteArray invalidHeloComment(const QByteArray& header)
{
    const qsizetype start = header.indexOf("(invalid HELO ");
    if (start < 0)
        return {};
    const qsizetype end = header.indexOf(")\r\n", start);
    return header.mid(start + 14, end - start - 14);
}

} // namespace

class TestReceivedHeader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout();
    void heloNames_data();
    void heloNames();
    void everyOctetInTheHeloIsContained();
    void addressLiterals_data();
    void addressLiterals();
    void dates_data();
    void dates();
};

void TestReceivedHeader::layout()
{
    QCOMPARE(receivedHeader(fields("client.example")),
        QByteArray("Received: from client.example ([203.0.113.5])\r\n"
                   "\tby mx.example.org with ESMTPS id k3v9x0q1m2abk3v9x0q1m2ab\r\n"
                   "\tfor <alice@mail.example.org>; Tue, 21 Jul 2026 12:00:05 +0000\r\n"));
    QCOMPARE(receivedHeader(fields("bad name")),
        QByteArray("Received: from unknown ([203.0.113.5])\r\n"
                   "\t(invalid HELO bad?name)\r\n"
                   "\tby mx.example.org with ESMTPS id k3v9x0q1m2abk3v9x0q1m2ab\r\n"
                   "\tfor <alice@mail.example.org>; Tue, 21 Jul 2026 12:00:05 +0000\r\n"));
}

void TestReceivedHeader::heloNames_data()
{
    QTest::addColumn<QByteArray>("helo");
    QTest::addColumn<QByteArray>("from"); // what follows "from "
    QTest::addColumn<QByteArray>("comment"); // the sanitised echo; null: none

    QTest::newRow("domain") << QByteArray("mail.example.org") << QByteArray("mail.example.org") << QByteArray();
    QTest::newRow("single-label") << QByteArray("localhost") << QByteArray("localhost") << QByteArray();
    QTest::newRow("hyphens-and-digits") << QByteArray("a-1.b2.example") << QByteArray("a-1.b2.example") << QByteArray();
    QTest::newRow("ipv4-literal") << QByteArray("[192.0.2.1]") << QByteArray("[192.0.2.1]") << QByteArray();
    QTest::newRow("ipv6-literal") << QByteArray("[IPv6:2001:db8::1]") << QByteArray("[IPv6:2001:db8::1]")
                                  << QByteArray();
    QTest::newRow("label-63") << QByteArray(63, 'a') + ".example" << QByteArray(63, 'a') + ".example" << QByteArray();

    QTest::newRow("label-64") << QByteArray(64, 'a') << QByteArray("unknown") << QByteArray(64, 'a');
    QTest::newRow("trailing-dot") << QByteArray("example.org.") << QByteArray("unknown") << QByteArray("example.org.");
    QTest::newRow("leading-hyphen") << QByteArray("-x.example") << QByteArray("unknown") << QByteArray("-x.example");
    QTest::newRow("underscore") << QByteArray("DESKTOP_1") << QByteArray("unknown") << QByteArray("DESKTOP_1");
    QTest::newRow("bad-ipv4-literal") << QByteArray("[999.1.1.1]") << QByteArray("unknown")
                                      << QByteArray("[999.1.1.1]");
    QTest::newRow("ipv6-without-tag") << QByteArray("[2001:db8::1]") << QByteArray("unknown")
                                      << QByteArray("[2001:db8::1]");
    QTest::newRow("general-literal") << QByteArray("[tag:value]") << QByteArray("unknown") << QByteArray("[tag:value]");
    // The attacks: end the header, start another, close the comment, forge the clauses after it.
    QTest::newRow("crlf-injection") << QByteArray("x\r\nBcc: victim@example.org") << QByteArray("unknown")
                                    << QByteArray("x??Bcc:?victim@example.org");
    QTest::newRow("bare-lf") << QByteArray("x\nX-Spam: no") << QByteArray("unknown") << QByteArray("x?X-Spam:?no");
    QTest::newRow("forged-clauses") << QByteArray("x) by trusted.example with ESMTPS id 1; Mon, 1 Jan 2030 (")
                                    << QByteArray("unknown")
                                    << QByteArray("x??by?trusted.example?with?ESMTPS?id?1;?Mon,?1?Jan?2030??");
    QTest::newRow("comment-escape") << QByteArray("a\\)b") << QByteArray("unknown") << QByteArray("a??b");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("unknown") << QByteArray("a?b");
    QTest::newRow("utf8") << QByteArray("b\xc3\xbcro.example") << QByteArray("unknown") << QByteArray("b??ro.example");
    QTest::newRow("long") << QByteArray(400, 'x') + ' ' << QByteArray("unknown")
                          << QByteArray(received_limits::MaxInvalidHeloEcho, 'x') + "...";
}

void TestReceivedHeader::heloNames()
{
    QFETCH(QByteArray, helo);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, comment);
    const QByteArray header = receivedHeader(fields(helo));
    QVERIFY2(foldingProblem(header).isEmpty(), foldingProblem(header).constData());
    QVERIFY(header.startsWith(QByteArray("Received: from " + from + " ([203.0.113.5])\r\n")));
    QCOMPARE(invalidHeloComment(header), comment);
    QCOMPARE(isValidHeloName(helo), comment.isNull());
    // Whatever the name, the relay's own clauses come once each, where they belong.
    QCOMPARE(header.count("\r\n\tby "), 1);
    QCOMPARE(header.count(" with "), 1); // a name with spaces is never copied as it is
    QVERIFY(header.contains("\r\n\tby mx.example.org with ESMTPS id k3v9x0q1m2abk3v9x0q1m2ab\r\n"));
    QVERIFY(header.endsWith("\r\n\tfor <alice@mail.example.org>; Tue, 21 Jul 2026 12:00:05 +0000\r\n"));
}

void TestReceivedHeader::everyOctetInTheHeloIsContained()
{
    // Every octet value, alone and surrounded by text, at every position a parser cares about.
    for (int octet = 0; octet < 256; ++octet) {
        const char c = char(octet);
        const QByteArray one(1, c);
        for (const QByteArray& helo :
            {one, QByteArray("a" + one + "b.example"), QByteArray(one + "x"), QByteArray("x" + one)}) {
            const QByteArray header = receivedHeader(fields(helo));
            const QByteArray problem = foldingProblem(header);
            QVERIFY2(problem.isEmpty(),
                qPrintable(QStringLiteral("octet %1: %2").arg(octet).arg(QString::fromLatin1(problem))));
            const QByteArray comment = invalidHeloComment(header);
            QVERIFY(!comment.contains('(') && !comment.contains(')') && !comment.contains('\\'));
            QCOMPARE(header.count("\r\n\tby "), 1);
        }
    }
}

void TestReceivedHeader::addressLiterals_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("literal");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.1") << QByteArray("[192.0.2.1]");
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << QByteArray("[IPv6:2001:db8::1]");
    QTest::newRow("ipv4-mapped") << QStringLiteral("::ffff:192.0.2.1") << QByteArray("[192.0.2.1]");
    QTest::newRow("scoped-ipv6") << QStringLiteral("fe80::1%lo") << QByteArray("[IPv6:fe80::1]");
    QTest::newRow("loopback-v6") << QStringLiteral("::1") << QByteArray("[IPv6:::1]");
}

void TestReceivedHeader::addressLiterals()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, literal);
    QCOMPARE(addressLiteral(QHostAddress(address)), literal);
}

void TestReceivedHeader::dates_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("epoch") << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC)
                           << QByteArray("Thu, 1 Jan 1970 00:00:00 +0000");
    QTest::newRow("leap-day") << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999), Qt::UTC)
                              << QByteArray("Tue, 29 Feb 2028 23:59:59 +0000");
    QTest::newRow("sunday-december") << QDateTime(QDate(2026, 12, 27), QTime(8, 5, 9), Qt::UTC)
                                     << QByteArray("Sun, 27 Dec 2026 08:05:09 +0000");
}

void TestReceivedHeader::dates()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, text);
    const QByteArray date = rfc5322Date(time.toMSecsSinceEpoch());
    QCOMPARE(date, text);
    // What RFC 5322 parsers read back is the same second.
    QCOMPARE(
        QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date).toSecsSinceEpoch(), time.toSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestReceivedHeader)
#include "tst_receivedheader.moc"

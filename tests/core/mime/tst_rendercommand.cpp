#include "app/cli/RenderCommand.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestRenderCommand final : public QObject
{
    Q_OBJECT

private:
    static int run(const QStringList& args, QString* out, QString* err)
    {
        QTextStream o(out);
        QTextStream e(err);
        const int code = mayfly::cli::runRender(args, o, e);
        o.flush();
        e.flush();
        return code;
    }

private Q_SLOTS:
    void jsonHasEveryField()
    {
        QString out;
        QString err;
        const QString file = mayfly::test::dataPath(u"mail/newsletter-tracking.eml");
        QCOMPARE(run({file, u"--json"_s, u"--recipient"_s, u"alice@mayfly.test"_s}, &out, &err), 0);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        for (const char* key : {"html", "text", "blocked", "trackers", "links", "codes", "attachments", "problems"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QVERIFY(o.value(u"trackers").toArray().contains(u"Mailchimp"_s));
        QVERIFY(o.value(u"blocked").toArray().size() >= 6);
        bool recipientFound = false;
        for (const auto& b : o.value(u"blocked").toArray())
            recipientFound = recipientFound || b.toObject().value(u"reason").toString() == u"recipient-identifier";
        QVERIFY(recipientFound);
        QVERIFY(!o.value(u"html").toString().contains(u"img.example.com"));
    }

    void htmlByDefault()
    {
        QString out;
        QString err;
        QCOMPARE(run({mayfly::test::dataPath(u"mail/verify-link.eml")}, &out, &err), 0);
        QVERIFY(out.contains(u"<a href=\"https://app.example/confirm?token=Zx81kQ0pLm3n&amp;utm_source=email\">"));
    }

    void codesInJson()
    {
        QString out;
        QString err;
        QCOMPARE(run({mayfly::test::dataPath(u"mail/verify-de.eml"), u"--json"_s}, &out, &err), 0);
        const QJsonArray codes = QJsonDocument::fromJson(out.toUtf8()).object().value(u"codes").toArray();
        QVERIFY(!codes.isEmpty());
        QCOMPARE(codes.first().toObject().value(u"value").toString(), u"604218"_s);
    }

    void missingFileIsError()
    {
        QString out;
        QString err;
        QCOMPARE(run({u"/nonexistent/mail.eml"_s}, &out, &err), 1);
        QVERIFY(err.contains(u"cannot read"));
        QCOMPARE(run({mayfly::test::sourceDir()}, &out, &err), 1);
    }

    void usageErrors()
    {
        QString out;
        QString err;
        QCOMPARE(run({}, &out, &err), 2);
        QCOMPARE(run({u"a.eml"_s, u"--bogus"_s}, &out, &err), 2);
    }

    void realBinary()
    {
        QProcess p;
        p.start(mayfly::test::binaryPath(u"mayfly-cli"),
            {u"render"_s, mayfly::test::dataPath(u"mail/verify-ja.eml"), u"--json"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(u"codes").toArray().first().toObject().value(u"value").toString(), u"482716"_s);
    }
};

QTEST_GUILESS_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"

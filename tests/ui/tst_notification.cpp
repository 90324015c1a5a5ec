// Issue 13, defect 5: a notification showed sender and subject, so a code in the subject
// ("453237 is your code") was on the locked screen even with "show the code" off.
#include "ui/Notification.h"

#include <QTest>

using namespace mayfly;

class TestNotification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsSayOnlyWhoGotMail();
    void senderAndSubjectOnlyWhenChosenAndTheCodeMasked();
    void theCodeOnlyWhenChosen();
    void markupIsDefused();
};

namespace {
const QString Address = QStringLiteral("k3x9@mayfly.localhost");
const QString From = QStringLiteral("Shop <noreply@shop.example>");
const QString Subject = QStringLiteral("453237 is your code");
const QString Code = QStringLiteral("453237");
} // namespace

void TestNotification::defaultsSayOnlyWhoGotMail()
{
    const ui::Notification n = ui::notificationFor(Address, From, Subject, Code, ui::AppSettings{});
    QVERIFY(n.title.contains(Address));
    const QString all = n.title + n.body;
    QVERIFY2(!all.contains(Code), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("shop.example")));
    QVERIFY(!all.contains(QStringLiteral("your code")));
    QCOMPARE(n.body, QStringLiteral("A code was received."));
    QCOMPARE(ui::notificationFor(Address, From, QStringLiteral("Hello"), {}, ui::AppSettings{}).body, QString());
}

void TestNotification::senderAndSubjectOnlyWhenChosenAndTheCodeMasked()
{
    ui::AppSettings settings;
    settings.showSenderInNotifications = true;
    const ui::Notification n = ui::notificationFor(Address, From, Subject, Code, settings);
    QVERIFY(n.body.contains(QStringLiteral("shop.example")));
    QVERIFY(n.body.contains(QStringLiteral("is your code")));
    QVERIFY2(!n.body.contains(Code), qPrintable(n.body));
}

void TestNotification::theCodeOnlyWhenChosen()
{
    ui::AppSettings settings;
    settings.showCodeInNotifications = true;
    QVERIFY(ui::notificationFor(Address, From, Subject, Code, settings).body.contains(Code));
    settings.showSenderInNotifications = true;
    QVERIFY(ui::notificationFor(Address, From, Subject, Code, settings).body.contains(Subject));
}

void TestNotification::markupIsDefused()
{
    ui::AppSettings settings;
    settings.showSenderInNotifications = true;
    const ui::Notification n
        = ui::notificationFor(Address, From, QStringLiteral("<b>bold</b> & <img src=x>"), {}, settings);
    QVERIFY(!n.body.contains(u'<'));
    QVERIFY(!n.body.contains(u'&'));
}

QTEST_MAIN(TestNotification)
#include "tst_notification.moc"

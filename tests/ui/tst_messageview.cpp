#include "ui/ClipboardGuard.h"
#include "ui/CodeBanner.h"
#include "ui/LinkDialog.h"
#include "ui/MessageView.h"
#include "ui/PlainText.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace mayfly;

namespace {

QByteArray pngBytes(QColor color)
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestMessageView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesEveryNonCidResource_data();
    void refusesEveryNonCidResource();
    void refusedImageIsNeverReadFromDisk_data();
    void refusedImageIsNeverReadFromDisk();
    void servesCidPartsOfTheCurrentMessageOnly();
    void servesSmallDataImages();
    void linkClickDoesNotNavigate();
    void clipboardSecretIsMarkedAndCleared();
    void clipboardKeepsWhatTheUserCopiedSince();
    void codeBannerCopies();
    void linkDialogShowsRealTarget();
    void headerTextStaysText();
};

void TestMessageView::refusesEveryNonCidResource_data()
{
    QTest::addColumn<QString>("html");
    // The file the hostile mail tries to read; the test checks it is never served.
    const QString local = QStringLiteral("/etc/hostname");
    QTest::newRow("img/remote") << QStringLiteral("<img src=\"https://tracker.example/p.gif\">");
    QTest::newRow("img/absolute-path") << QStringLiteral("<img src=\"%1\">").arg(local);
    QTest::newRow("img/file-url") << QStringLiteral("<img src=\"file://%1\">").arg(local);
    QTest::newRow("img/relative-path") << QStringLiteral("<img src=\"../../../../etc/hostname\">");
    QTest::newRow("body/background") << QStringLiteral("<body background=\"https://t.example/bg.png\">x</body>");
    QTest::newRow("table/background") << QStringLiteral(
        "<table background=\"file:///etc/hostname\"><tr><td>x</td></tr></table>");
    QTest::newRow("css/background-image")
        << QStringLiteral("<p style=\"background-image:url(https://t.example/a.png)\">x</p>");
    QTest::newRow("link/stylesheet") << QStringLiteral("<link rel=\"stylesheet\" href=\"https://t.example/s.css\">x");
    QTest::newRow("data/svg") << QStringLiteral("<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">");
    QTest::newRow("cid/unknown") << QStringLiteral("<img src=\"cid:missing@example\">");
}

void TestMessageView::refusesEveryNonCidResource()
{
    QFETCH(QString, html);
    ui::MessageView view;
    view.resize(600, 400);
    view.show();
    view.showHtml(html);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.document()->adjustSize();
    // The view must have seen (and refused) the request: an override that is bypassed would
    // leave the list empty and Qt would load the resource itself.
    if (!html.contains(QStringLiteral("<link")))
        QVERIFY(!view.resourceRequests().isEmpty());
    for (const auto& request : view.resourceRequests())
        QVERIFY2(!request.served, qPrintable(request.url.toString()));
    QCOMPARE(view.refusedRequestCount(), int(view.resourceRequests().size()));
}

void TestMessageView::refusedImageIsNeverReadFromDisk_data()
{
    QTest::addColumn<QString>("reference"); // %1: the image's absolute path
    QTest::newRow("absolute path") << QStringLiteral("%1");
    QTest::newRow("file url") << QStringLiteral("file://%1");
}

// Qt's image handler falls back to QImage::load(name) when loadResource gives nothing; a real
// image on disk must still never reach the screen.
void TestMessageView::refusedImageIsNeverReadFromDisk()
{
    QFETCH(QString, reference);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.png"));
    QImage red(40, 40, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(path));
    ui::MessageView view;
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showHtml(QStringLiteral("<p>x</p><img src=\"%1\" width=\"40\" height=\"40\">").arg(reference.arg(path)));
    view.document()->adjustSize();
    const QImage shot = view.viewport()->grab().toImage();
    int redPixels = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x)
            redPixels += shot.pixelColor(x, y) == QColor(Qt::red) ? 1 : 0;
    }
    QCOMPARE(redPixels, 0);
    QVERIFY(!view.resourceRequests().isEmpty());
    QCOMPARE(view.refusedRequestCount(), int(view.resourceRequests().size()));
}

void TestMessageView::servesCidPartsOfTheCurrentMessageOnly()
{
    ui::MessageView view;
    const QByteArray red = pngBytes(Qt::red);
    view.showHtml(QStringLiteral("<img src=\"cid:logo@shop.example\">"), {{QStringLiteral("logo@shop.example"), red}});
    view.document()->adjustSize();
    QVERIFY(!view.resourceRequests().isEmpty());
    QVERIFY(view.resourceRequests().constFirst().served);
    QCOMPARE(view.resourceRequests().constFirst().url.scheme(), QStringLiteral("cid"));

    // The next message cannot see the previous message's parts.
    view.showHtml(QStringLiteral("<img src=\"cid:logo@shop.example\">"));
    view.document()->adjustSize();
    QVERIFY(!view.resourceRequests().isEmpty());
    for (const auto& request : view.resourceRequests())
        QVERIFY(!request.served);
}

void TestMessageView::servesSmallDataImages()
{
    ui::MessageView view;
    const QString src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes(Qt::blue).toBase64());
    view.showHtml(QStringLiteral("<img src=\"%1\">").arg(src));
    view.document()->adjustSize();
    QVERIFY(!view.resourceRequests().isEmpty());
    QVERIFY(view.resourceRequests().constFirst().served);
}

void TestMessageView::linkClickDoesNotNavigate()
{
    ui::MessageView view;
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showHtml(QStringLiteral("<p><a href=\"https://shop.example/verify\">VERIFY-LINK-TEXT-XXXXXXXX</a></p>"));
    QSignalSpy activated(&view, &ui::MessageView::linkActivated);
    // Find the link's position and click it.
    QTextCursor cursor = view.document()->find(QStringLiteral("VERIFY"));
    QVERIFY(!cursor.isNull());
    const QRect rect = view.cursorRect(cursor);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center() + QPoint(4, 0));
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toUrl(), QUrl(QStringLiteral("https://shop.example/verify")));
    QVERIFY(view.source().isEmpty());
    QVERIFY(view.toPlainText().contains(QStringLiteral("VERIFY-LINK-TEXT")));
}

void TestMessageView::clipboardSecretIsMarkedAndCleared()
{
    ui::ClipboardGuard guard;
    guard.setClearAfter(1);
    QSignalSpy cleared(&guard, &ui::ClipboardGuard::cleared);
    guard.copySecret(QStringLiteral("482913"));
    QClipboard* clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), QStringLiteral("482913"));
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(cleared.wait(5000));
    QVERIFY(clipboard->text().isEmpty());
}

void TestMessageView::clipboardKeepsWhatTheUserCopiedSince()
{
    ui::ClipboardGuard guard;
    guard.setClearAfter(1);
    QSignalSpy cleared(&guard, &ui::ClipboardGuard::cleared);
    guard.copySecret(QStringLiteral("111222"));
    QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied"));
    QVERIFY(cleared.wait(5000));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something the user copied"));
}

void TestMessageView::codeBannerCopies()
{
    ui::CodeBanner banner;
    QSignalSpy copy(&banner, &ui::CodeBanner::copyRequested);
    banner.showCode(QStringLiteral("<b>774411</b>"));
    auto* label = banner.findChild<QLabel*>(QStringLiteral("codeValue"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    banner.findChild<QPushButton*>(QStringLiteral("copyCodeButton"))->click();
    QCOMPARE(copy.count(), 1);
    QCOMPARE(copy.constFirst().constFirst().toString(), QStringLiteral("<b>774411</b>"));
}

void TestMessageView::linkDialogShowsRealTarget()
{
    ui::LinkDetails link{QStringLiteral("https://bank.example"),
        QUrl(QStringLiteral("https://evil.example/login?utm_source=x")),
        QUrl(QStringLiteral("https://evil.example/login")),
        {QStringLiteral("The text names another host than the target")}};
    ui::LinkDialog dialog(link);
    auto* target = dialog.findChild<QLabel*>(QStringLiteral("linkTarget"));
    auto* cleaned = dialog.findChild<QLabel*>(QStringLiteral("linkCleaned"));
    QVERIFY(target && cleaned);
    QVERIFY(target->text().contains(QStringLiteral("evil.example")));
    QCOMPARE(cleaned->text(), QStringLiteral("https://evil.example/login"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("linkWarning")));
    dialog.findChild<QPushButton*>(QStringLiteral("copyLinkButton"))->click();
    QCOMPARE(dialog.choice(), ui::LinkDialog::Choice::CopyCleaned);
}

void TestMessageView::headerTextStaysText()
{
    const QString subject = QStringLiteral("<img src=x onerror=alert(1)>\u202Egpj.exe\nnext");
    const QString line = ui::singleLine(subject);
    QVERIFY(!line.contains(QChar(0x202E)));
    QVERIFY(!line.contains(u'\n'));
    const QString tip = ui::toolTipText(subject);
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    QVERIFY(tip.contains(QStringLiteral("&lt;img")));
}

QTEST_MAIN(TestMessageView)
#include "tst_messageview.moc"

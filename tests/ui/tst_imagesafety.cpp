// Issue 22: SVG bytes inside "raster" images. With Qt's SVG image plugin installed (scripts/bootstrap
// installs libqt6svg6, so the dangerous configuration is the one tested), QImage::loadFromData hands
// SVG bytes to QtSvg whatever the declared type, and QtSvg opens the files its <image xlink:href>
// elements name: a local picture drawn into the mail, a FIFO or /dev/stdin that blocks the GUI
// thread forever. Mail images must be decoded as PNG, GIF, JPEG or WebP only, chosen by their
// magic bytes, and everything else listed as blocked.
#include "core/html/ImageFormat.h"
#include "core/mime/RenderedMessage.h"
#include "tests/support/TestPaths.h"
#include "ui/ClipboardGuard.h"
#include "ui/MessagePane.h"
#include "ui/MessageView.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mayfly;

namespace {

const QStringList DeclaredTypes
    = {QStringLiteral("png"), QStringLiteral("gif"), QStringLiteral("jpeg"), QStringLiteral("webp")};

QByteArray svgPointingAt(const QString& target)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                          "width=\"64\" height=\"64\"><image xlink:href=\"%1\" width=\"64\" height=\"64\"/></svg>")
        .arg(target)
        .toUtf8();
}

QByteArray pngBytes(QColor color, int size = 8)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// One multipart/related mail: an HTML part with a data: image per declared type and a cid: image
// per declared type (image/svg+xml too), all of them SVG documents pointing at `target`.
QByteArray hostileMail(const QString& target)
{
    const QByteArray svg = svgPointingAt(target).toBase64();
    QByteArray html = "<html><body><p>Hostile images</p>";
    for (const QString& type : DeclaredTypes)
        html += "<img src=\"data:image/" + type.toLatin1() + ";base64," + svg + "\" width=64 height=64>";
    QStringList cidTypes = DeclaredTypes;
    cidTypes << QStringLiteral("svg+xml");
    for (const QString& type : std::as_const(cidTypes))
        html += "<img src=\"cid:" + type.toLatin1() + "@hostile.test\" width=64 height=64>";
    html += "</body></html>";
    QByteArray mail = "From: attacker@example.test\r\nTo: you@mayfly.test\r\nSubject: pictures\r\n"
                      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                      "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + html + "\r\n";
    for (const QString& type : std::as_const(cidTypes)) {
        mail += "--b\r\nContent-Type: image/" + type.toLatin1() + "\r\nContent-Transfer-Encoding: base64\r\n"
            + "Content-ID: <" + type.toLatin1() + "@hostile.test>\r\nContent-Disposition: inline\r\n\r\n" + svg
            + "\r\n";
    }
    mail += "--b--\r\n";
    return mail;
}

struct Targets
{
    QString canary; // a real PNG on disk
    QString fifo;
    QStringList all;
};

Targets makeTargets(const QTemporaryDir& dir)
{
    Targets t;
    t.canary = dir.filePath(QStringLiteral("canary-local.png"));
    QFile canary(t.canary);
    if (canary.open(QIODevice::WriteOnly))
        canary.write(pngBytes(Qt::red, 64));
    t.fifo = dir.filePath(QStringLiteral("canary-fifo"));
    ::mkfifo(QFile::encodeName(t.fifo).constData(), 0600);
    t.all = {t.canary, t.fifo, QStringLiteral("/dev/stdin"), QStringLiteral("/dev/zero")};
    return t;
}

} // namespace

class TestImageSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sniffsOnlyAllowedRasterFormats_data();
    void sniffsOnlyAllowedRasterFormats();
    void refusesImagesAboveThePixelCap();
    void decodesRealRasterImages();
    void renderListsEveryDisguisedImageAsBlocked_data();
    void renderListsEveryDisguisedImageAsBlocked();
    void viewDecodesNoDisguisedImage();
    void windowOpensNoFileTheMailNames();
};

void TestImageSafety::initTestCase()
{
    // The configuration the attack needs: without the SVG plugin the tests below prove nothing.
    QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
        "Qt's SVG image plugin (libqt6svg6) must be installed for these tests; run scripts/bootstrap");
}

void TestImageSafety::sniffsOnlyAllowedRasterFormats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("png") << pngBytes(Qt::blue) << QByteArray("png");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14) << QByteArray("gif");
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0") << QByteArray("jpeg");
    QTest::newRow("webp") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) << QByteArray("webp");
    QTest::newRow("svg") << svgPointingAt(QStringLiteral("/etc/hostname")) << QByteArray();
    QTest::newRow("svg-after-whitespace") << (" \n" + svgPointingAt(QStringLiteral("x.png"))) << QByteArray();
    QTest::newRow("bmp") << QByteArray("BM\x00\x00", 4) << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("png-signature-only") << QByteArray("\x89PNG") << QByteArray();
}

void TestImageSafety::sniffsOnlyAllowedRasterFormats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, format);
    QCOMPARE(core::html::rasterFormatName(core::html::sniffRasterFormat(bytes)), format);
}

void TestImageSafety::refusesImagesAboveThePixelCap()
{
    // A PNG header that declares 10000 x 10000 pixels: refused from the header, nothing decoded.
    QByteArray bomb = pngBytes(Qt::green);
    const auto put32 = [&](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            bomb[at + i] = char((v >> (24 - 8 * i)) & 0xff);
    };
    put32(16, 10000);
    put32(20, 10000);
    QVERIFY(!core::html::checkRasterImage(bomb).allowed);
    QVERIFY(ui::decodeMailImage(bomb, core::html::kMaxInlineImageBytes).isNull());
    // 5000 x 5000 is exactly the cap: the header check lets it through.
    put32(16, 5000);
    put32(20, 5000);
    QVERIFY(core::html::checkRasterImage(bomb).allowed);
    put32(20, 5001);
    QVERIFY(!core::html::checkRasterImage(bomb).allowed);
    // A byte cap too.
    QVERIFY(!core::html::checkRasterImage(pngBytes(Qt::green), 16).allowed);
}

void TestImageSafety::decodesRealRasterImages()
{
    for (const char* format : {"PNG", "JPEG"}) { // Qt writes no GIF
        if (!QImageReader::supportedImageFormats().contains(QByteArray(format).toLower()))
            continue;
        QImage source(12, 7, QImage::Format_RGB32);
        source.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(source.save(&buffer, format));
        const core::html::RasterCheck check = core::html::checkRasterImage(bytes);
        QVERIFY2(check.allowed, format);
        QCOMPARE(check.size, QSize(12, 7));
        const QImage decoded = ui::decodeMailImage(bytes, core::html::kMaxInlineImageBytes);
        QCOMPARE(decoded.size(), QSize(12, 7));
    }
}

void TestImageSafety::renderListsEveryDisguisedImageAsBlocked_data()
{
    QTest::addColumn<QString>("url");
    for (const QString& type : DeclaredTypes)
        QTest::newRow(qPrintable(QStringLiteral("data/") + type)) << QStringLiteral("data:image/") + type;
    for (const QString& type : DeclaredTypes + QStringList{QStringLiteral("svg+xml")})
        QTest::newRow(qPrintable(QStringLiteral("cid/") + type))
            << QStringLiteral("cid:") + type + QStringLiteral("@hostile.test");
}

void TestImageSafety::renderListsEveryDisguisedImageAsBlocked()
{
    QFETCH(QString, url);
    const core::mime::RenderedMessage rendered = core::mime::render(hostileMail(QStringLiteral("/etc/hostname")));
    QVERIFY2(!rendered.html.contains(url, Qt::CaseInsensitive), qPrintable(rendered.html.left(400)));
    bool listed = false;
    for (const auto& b : rendered.report.blocked)
        listed = listed || (b.url.startsWith(url) && b.reason == core::html::BlockReason::DisallowedImageData);
    QVERIFY2(listed, qPrintable(url));

    ui::ClipboardGuard clipboard;
    ui::MessagePane pane(&clipboard);
    pane.showRaw(hostileMail(QStringLiteral("/etc/hostname")));
    QVERIFY2(pane.blockedSummary().contains(QStringLiteral("unsafe image")), qPrintable(pane.blockedSummary()));
}

void TestImageSafety::viewDecodesNoDisguisedImage()
{
    // The view's own rule, without the sanitiser in front of it: handed the hostile images
    // directly, it serves none of them.
    QTemporaryDir dir;
    const Targets targets = makeTargets(dir);
    const QByteArray svg = svgPointingAt(targets.canary);
    QString html;
    QHash<QString, QByteArray> parts;
    for (const QString& type : DeclaredTypes) {
        html += QStringLiteral("<img src=\"data:image/%1;base64,%2\">").arg(type, QString::fromLatin1(svg.toBase64()));
        html += QStringLiteral("<img src=\"cid:%1@x\">").arg(type);
        parts.insert(type + QStringLiteral("@x"), svg);
    }
    html += QStringLiteral("<img src=\"cid:real@x\">");
    parts.insert(QStringLiteral("real@x"), pngBytes(Qt::blue));
    ui::MessageView view;
    view.resize(400, 300);
    view.show();
    view.showHtml(html, parts);
    QVERIFY(!view.grab().isNull());
    int served = 0;
    for (const auto& request : view.resourceRequests()) {
        if (request.served) {
            QCOMPARE(request.url.toString(), QStringLiteral("cid:real@x"));
            ++served;
        }
    }
    QVERIFY(served >= 1);
    QCOMPARE(view.refusedRequestCount(), int(view.resourceRequests().size()) - served);
}

void TestImageSafety::windowOpensNoFileTheMailNames()
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed (scripts/bootstrap installs it)");
    QTemporaryDir dir;
    const Targets targets = makeTargets(dir);
    // One mail per target, all opened by the real app under a file-system trace.
    for (qsizetype i = 0; i < targets.all.size(); ++i) {
        const QString& target = targets.all.at(i);
        const QString name = QStringLiteral("mail-%1").arg(i);
        QFile mail(dir.filePath(name + QStringLiteral(".eml")));
        QVERIFY(mail.open(QIODevice::WriteOnly));
        mail.write(hostileMail(target));
        mail.close();

        const QString log = dir.filePath(name + QStringLiteral(".trace"));
        QProcess mayfly;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("MAYFLY_TRACE_STARTUP"), QStringLiteral("1"));
        env.insert(QStringLiteral("MAYFLY_TRACE_EXIT"), QStringLiteral("1"));
        mayfly.setProcessEnvironment(env);
        mayfly.setWorkingDirectory(dir.path());
        // stdin stays an open pipe nobody writes to: a read of /dev/stdin would block forever.
        mayfly.start(strace,
            {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"), QStringLiteral("trace=%file"),
                QStringLiteral("-o"), log, test::binaryPath(u"mayfly"), mail.fileName()});
        QVERIFY(mayfly.waitForStarted());
        const bool finished = mayfly.waitForFinished(45000);
        if (!finished) {
            mayfly.kill();
            mayfly.waitForFinished();
        }
        QVERIFY2(finished, qPrintable(QStringLiteral("the window hung on a mail naming ") + target));
        const QString err = QString::fromLocal8Bit(mayfly.readAllStandardError());
        QCOMPARE(mayfly.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("shown")), qPrintable(err));
        QFile trace(log);
        QVERIFY(trace.open(QIODevice::ReadOnly));
        const QByteArray calls = trace.readAll();
        QVERIFY2(calls.contains("openat("), "the trace recorded no file calls at all");
        for (const QByteArray& line : calls.split('\n')) {
            // The mail file itself names the target in its content, never in a path.
            QVERIFY2(!line.contains(QFile::encodeName(target)), line.constData());
        }
    }
}

QTEST_MAIN(TestImageSafety)
#include "tst_imagesafety.moc"

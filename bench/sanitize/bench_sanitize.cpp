// Mayfly side of bench/sanitize: writes the shared HTML corpus, sanitises it and times MIME parsing.
// Built and run by ./run; not a test.
#include "core/html/Sanitizer.h"
#include "core/mime/MimeParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace mayfly::core;

namespace {

// A newsletter-like page: nested layout tables, inline styles, images, tracked links, a pixel.
QString newsletter(int blocks)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Digest</title>"
        "<style>body{margin:0;background:#f4f4f4}.btn{background:#0a66c2;color:#fff}"
        "@media (max-width:600px){.col{width:100%!important}}</style></head>"
        "<body style=\"margin:0;padding:0;background-color:#f4f4f4\"><center>"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#f4f4f4\"><tr><td "
        "align=\"center\">"
        "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse\">\n");
    for (int i = 0; i < blocks; ++i) {
        html += QStringLiteral(
            "<tr><td class=\"col\" style=\"padding:16px 24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;"
            "line-height:22px;color:#333333\" valign=\"top\">"
            "<h2 style=\"margin:0 0 8px 0;font-size:20px;color:#111111\">Story number %1: what happened this week</h2>"
            "<img src=\"https://img.example-news.com/stories/%1/hero.jpg\" width=\"552\" height=\"276\" alt=\"Story "
            "%1\" "
            "style=\"display:block;border:0;width:100%;height:auto\">"
            "<p style=\"margin:8px 0\">Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit, sed do "
            "eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
            "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat &amp; more.</p>"
            "<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td class=\"btn\" bgcolor=\"#0a66c2\" "
            "style=\"border-radius:4px;padding:10px 18px\">"
            "<a "
            "href=\"https://click.example-news.com/ls/click?upn=%1abcdef&amp;utm_source=newsletter&amp;utm_medium=email"
            "&amp;utm_campaign=weekly\" style=\"color:#ffffff;text-decoration:none;font-weight:bold\">Read more</a>"
            "</td></tr></table></td></tr>\n")
                    .arg(i);
    }
    html += QStringLiteral(
        "<tr><td style=\"padding:24px;font-size:12px;color:#888888\" align=\"center\">You receive this because you "
        "subscribed. <a href=\"https://example-news.com/unsubscribe?e=alice%40example.com\">Unsubscribe</a></td></tr>"
        "</table></td></tr></table></center>"
        "<img src=\"https://open.example-news.com/o.gif?u=123\" width=\"1\" height=\"1\" alt=\"\"></body></html>\n");
    return html;
}

QByteArray message(qsizetype targetBytes)
{
    // multipart/alternative text+html plus a base64 attachment that fills the rest.
    const QByteArray html = newsletter(20).toUtf8();
    QByteArray raw
        = "From: News <news@example-news.com>\r\nTo: alice@example.com\r\nSubject: Weekly digest\r\n"
          "Date: Tue, 04 Jun 2024 09:15:00 +0000\r\nMessage-ID: <bench@example-news.com>\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\n"
          "Content-Type: multipart/alternative; boundary=\"a\"\r\n\r\n--a\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\nWeekly digest in plain text.\r\n--a\r\n"
          "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
    raw += html; // ASCII-only, valid as quoted-printable apart from '=' which it does not contain
    raw += "\r\n--a--\r\n";
    const qsizetype rest = std::max<qsizetype>(0, targetBytes - raw.size() - 200);
    QByteArray payload(rest * 3 / 4, '\0');
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 131 + 7) & 0xff);
    raw += "--m\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"report.pdf\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray b64 = payload.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 76)
        raw += b64.mid(i, 76) + "\r\n";
    raw += "--m--\r\n";
    return raw;
}

double medianMs(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString outDir = app.arguments().value(1, QStringLiteral("out"));
    QDir().mkpath(outDir);
    QTextStream out(stdout);

    // The shared corpus: 24 newsletter pages of about 97 KB.
    QStringList pages;
    qint64 totalBytes = 0;
    for (int i = 0; i < 24; ++i) {
        QString page = newsletter(94);
        page.replace(QStringLiteral("Story number"), QStringLiteral("Story %1 number").arg(i));
        QFile f(QStringLiteral("%1/page%2.html").arg(outDir).arg(i, 2, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray bytes = page.toUtf8();
        f.write(bytes);
        totalBytes += bytes.size();
        pages.append(page);
    }
    const int rounds = 5;
    html::SanitizeOptions options;
    options.recipient = QStringLiteral("alice@example.com");
    qint64 blocked = 0;
    // The machine is shared: CPU time of this process is reported beside wall time.
    auto cpuSeconds = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    };
    const double cpuStart = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        for (const QString& page : std::as_const(pages)) {
            const auto result = html::Sanitizer::sanitize(page, options);
            blocked += result.report.blocked.size();
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    const double wallMbps = double(totalBytes) * rounds / (1024.0 * 1024.0) / seconds;
    const double mbps = double(totalBytes) * rounds / (1024.0 * 1024.0) / cpu;
    out << QStringLiteral("corpus: %1 pages, %2 KB each, %3 rounds\n")
               .arg(pages.size())
               .arg(double(totalBytes) / pages.size() / 1024.0, 0, 'f', 1)
               .arg(rounds);
    out << QStringLiteral("mayfly (libxml2 parse + sanitise + report): %1 MB/s per CPU second, %2 MB/s wall  (%3 refs "
                          "blocked per page)\n")
               .arg(mbps, 0, 'f', 1)
               .arg(wallMbps, 0, 'f', 1)
               .arg(blocked / (rounds * pages.size()));
    out << QStringLiteral("MAYFLY_MBPS=%1\n").arg(mbps, 0, 'f', 3);

    for (qsizetype size : {qsizetype(300 * 1024), qsizetype(5 * 1024 * 1024)}) {
        const QByteArray raw = message(size);
        QList<double> times;
        for (int i = 0; i < 9; ++i) {
            timer.restart();
            const auto m = mime::MimeParser::parse(raw);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (m.attachments.isEmpty())
                return 2;
        }
        out << QStringLiteral("MIME parse %1 KB message: %2 ms (median of 9)\n")
                   .arg(raw.size() / 1024)
                   .arg(medianMs(times), 0, 'f', 2);
    }
    return 0;
}

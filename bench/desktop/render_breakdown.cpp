// desktop_render_breakdown: where the time to show one message goes, in-process and offscreen.
//   desktop_render_breakdown MESSAGE.eml [SHOT.png]
// Prints, for a few rounds: core::mime::render (parse, sanitise, report, codes), the message
// view's HTML import with its first layout, the view's paint, and MessagePane::showRaw as a whole
// (everything a click on a message runs, minus the store). With SHOT.png it saves the pane as shown.
#include "core/html/Sanitizer.h"
#include "core/mime/MimeParser.h"
#include "core/mime/RenderedMessage.h"
#include "ui/ClipboardGuard.h"
#include "ui/MessagePane.h"
#include "ui/MessageView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>

#include <cstdio>

using namespace mayfly;

namespace {
double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: desktop_render_breakdown MESSAGE.eml [SHOT.png]\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QByteArray raw = file.readAll();
    const QString recipient = QStringLiteral("someone@mayfly.localhost");
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto rendered = core::mime::render(raw, recipient);
        const double render = msSince(timer);
        // Its two largest parts on their own.
        timer.restart();
        const auto message = core::mime::MimeParser::parse(raw);
        const double parse = msSince(timer);
        timer.restart();
        core::html::SanitizeOptions sanitizeOptions;
        sanitizeOptions.recipient = recipient;
        (void)core::html::Sanitizer::sanitize(message.htmlBody, sanitizeOptions);
        const double sanitize = msSince(timer);

        ui::MessageView view;
        view.resize(520, 700);
        view.show();
        QApplication::processEvents();
        timer.restart();
        view.showHtml(rendered.html, {});
        const double import = msSince(timer);
        timer.restart();
        (void)view.grab();
        const double paint = msSince(timer);

        ui::ClipboardGuard clipboard;
        ui::MessagePane pane(&clipboard);
        pane.resize(600, 800);
        pane.show();
        QApplication::processEvents();
        timer.restart();
        pane.showRaw(raw, recipient);
        const QPixmap shot = pane.grab();
        const double whole = msSince(timer);
        if (args.size() > 2 && round == 0)
            shot.save(args.at(2));
        std::printf("round %d: render %.1f ms (MIME parse %.1f, sanitise %.1f), view import+layout %.1f ms, view paint "
                    "%.1f ms | pane showRaw+paint "
                    "%.1f ms (sanitised HTML %lld bytes)\n",
            round + 1, render, parse, sanitize, import, paint, whole, static_cast<long long>(rendered.html.size()));
    }
    return 0;
}

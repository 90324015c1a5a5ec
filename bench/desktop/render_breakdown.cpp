#include "core/mime/RenderedMessage.h"
#include "ui/ClipboardGuard.h"
#include "ui/MessagePane.h"
#include "ui/MessageView.h"
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextDocument>
#include <cstdio>
using namespace mayfly;
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QFile f(QString::fromLocal8Bit(argv[1]));
    f.open(QIODevice::ReadOnly);
    const QByteArray raw = f.readAll();
    for (int round = 0; round < 4; ++round) {
        QElapsedTimer t;
        t.start();
        auto r = core::mime::render(raw, QStringLiteral("someone@mayfly.localhost"));
        const double tRender = t.nsecsElapsed() / 1e6;
        ui::MessageView view;
        view.resize(520, 700);
        view.show();
        QApplication::processEvents();
        t.restart();
        view.showHtml(r.html, {});
        const double tSet = t.nsecsElapsed() / 1e6;
        t.restart();
        view.grab();
        const double tPaint = t.nsecsElapsed() / 1e6;
        // detached document
        t.restart();
        QTextDocument doc;
        doc.setHtml(r.html);
        const double tDetached = t.nsecsElapsed() / 1e6;
        t.restart();
        doc.setTextWidth(500);
        (void)doc.documentLayout()->documentSize();
        const double tLayout = t.nsecsElapsed() / 1e6;
        ui::ClipboardGuard cg;
        ui::MessagePane pane(&cg);
        pane.resize(600, 800);
        pane.show();
        QApplication::processEvents();
        t.restart();
        pane.showRaw(raw, QStringLiteral("someone@mayfly.localhost"));
        const double tPane = t.nsecsElapsed() / 1e6;
        t.restart();
        pane.grab();
        const double tPanePaint = t.nsecsElapsed() / 1e6;
        std::printf("render %.1f  showHtml %.1f  paint %.1f  | detached setHtml %.1f full layout %.1f | pane.showRaw "
                    "%.1f paint %.1f  html %lld bytes\n",
            tRender, tSet, tPaint, tDetached, tLayout, tPane, tPanePaint, (long long)r.html.size());
    }
}

#include "ui/MessageView.h"

#include "core/common/Logging.h"
#include "core/html/ImageFormat.h"

#include <QBuffer>
#include <QEvent>
#include <QImage>
#include <QImageReader>
#include <QScrollBar>
#include <QTextDocument>

namespace mayfly::ui {

namespace {

// A document that never falls back to Qt's default loaders (which open local files).
class SandboxDocument final : public QTextDocument
{
public:
    SandboxDocument(MessageView* view)
        : QTextDocument(view)
        , m_view(view)
    {
        // Belt and braces: should anything bypass loadResource, the provider refuses too.
        setResourceProvider([](const QUrl&) { return QVariant(); });
    }

protected:
    QVariant loadResource(int type, const QUrl& name) override { return m_view->loadResource(type, name); }

private:
    MessageView* m_view;
};

bool isAllowedDataImage(const QUrl& url)
{
    // RFC 2397: data:[<mediatype>][;base64],<data>
    const QString path = url.path();
    static const QStringList allowed = {QStringLiteral("image/png"), QStringLiteral("image/gif"),
        QStringLiteral("image/jpeg"), QStringLiteral("image/webp")};
    for (const QString& type : allowed) {
        if (path.startsWith(type + QStringLiteral(";base64,"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QImage decodeMailImage(const QByteArray& bytes, qsizetype maxBytes)
{
    // The format comes from the magic bytes and is handed to the reader explicitly, with content
    // sniffing and plugin auto-detection off: SVG bytes inside a "PNG" never reach QtSvg, which
    // would open the files its <image> elements name. The header is read before anything is
    // decoded, so a decompression bomb is refused by its declared size.
    const core::html::RasterCheck check = core::html::checkRasterImage(bytes, maxBytes);
    if (!check.allowed)
        return {};
    QByteArray copy = bytes; // QBuffer needs a QByteArray it may point into
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer, core::html::rasterFormatName(check.format));
    reader.setAutoDetectImageFormat(false);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > core::html::kMaxImagePixels)
        return {};
    QImage image;
    if (!reader.read(&image))
        return {};
    return image;
}

MessageView::MessageView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("messageView"));
    setAccessibleName(tr("Message"));
    setDocument(new SandboxDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setSearchPaths({});
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    // A scroll bar that appears after the first layout narrows the viewport and lays the whole
    // message out a second time; long mail is the rule, so it is always there.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) { Q_EMIT linkActivated(url); });
}

MessageView::~MessageView() = default;

void MessageView::showHtml(const QString& sanitizedHtml, const QHash<QString, QByteArray>& inlineParts)
{
    m_inlineParts = inlineParts;
    m_requests.clear();
    m_html = sanitizedHtml;
    // Drop what the previous message cached so one message can never see another's parts.
    document()->clear();
    document()->setBaseUrl(QUrl());
    document()->setHtml(sanitizedHtml);
}

void MessageView::showPlainText(const QString& text)
{
    m_html.clear();
    m_inlineParts.clear();
    m_requests.clear();
    document()->clear();
    document()->setPlainText(text);
}

void MessageView::clearMessage()
{
    m_html.clear();
    m_inlineParts.clear();
    m_requests.clear();
    document()->clear();
}

void MessageView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // Link and text colours are taken from the palette when the HTML is laid out.
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty()) {
        const int scroll = verticalScrollBar()->value();
        showHtml(m_html, m_inlineParts);
        verticalScrollBar()->setValue(scroll);
    }
}

int MessageView::refusedRequestCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [](const auto& r) { return !r.served; }));
}

QVariant MessageView::loadResource(int type, const QUrl& name)
{
    const QVariant value = resolveResource(type, name);
    m_requests.append({name, type, value.isValid()});
    if (value.isValid())
        return value;
    qCDebug(lcUi) << "refused a resource of type" << type << "with scheme" << name.scheme();
    if (type == QTextDocument::ImageResource) {
        // Given nothing, Qt's image handler loads the name itself as a local file path
        // (QImage::load): a refused image gets an empty one instead, which it draws as nothing.
        static const QImage nothing = [] {
            QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            return image;
        }();
        return nothing;
    }
    return value;
}

QVariant MessageView::resolveResource(int type, const QUrl& name)
{
    if (type != QTextDocument::ImageResource)
        return {}; // style sheets, HTML frames and anything else: never
    const QString scheme = name.scheme().toLower();
    if (scheme == u"cid") {
        // RFC 2392: cid:<content-id>, percent-encoded.
        const QString id = QUrl::fromPercentEncoding(name.path().toUtf8());
        const auto it = m_inlineParts.constFind(id);
        if (it == m_inlineParts.cend())
            return {};
        const QImage image = decodeMailImage(*it, core::html::kMaxInlineImageBytes);
        if (image.isNull())
            return {};
        return image;
    }
    if (scheme == u"data" && isAllowedDataImage(name)) {
        const QByteArray encoded = name.path().toLatin1();
        if (encoded.size() > MaxDataImageBytes * 4 / 3 + 64)
            return {};
        const QByteArray bytes = QByteArray::fromBase64(encoded.mid(encoded.indexOf(',') + 1));
        const QImage image = decodeMailImage(bytes, MaxDataImageBytes);
        if (image.isNull())
            return {};
        return image;
    }
    return {};
}

} // namespace mayfly::ui

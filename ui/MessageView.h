#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace mayfly::ui {

// The sandboxed message view. It shows HTML that core/html already sanitised, and still trusts
// nothing: every resource the document asks for goes through one policy (resolveResource) that
// serves only `cid:` parts of the current message and small `data:` images, and refuses the rest,
// including local paths and file: URLs that QTextBrowser would otherwise read from disk
// (PITFALLS.md 3). Links never navigate: a click is reported through linkActivated().
// Decodes image bytes from a message (a cid: part, a data: URL) as PNG, GIF, JPEG or WebP only,
// chosen by magic bytes, never larger than core/html's pixel cap; a null image otherwise. The one
// way the UI turns message bytes into pixels.
[[nodiscard]] QImage decodeMailImage(const QByteArray& bytes, qsizetype maxBytes);

class MessageView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageView)

public:
    // data: images above this size are refused (the sanitiser caps them too).
    static constexpr qsizetype MaxDataImageBytes = 512 * 1024;

    struct ResourceRequest
    {
        QUrl url;
        int type = 0;
        bool served = false;
    };

    explicit MessageView(QWidget* parent = nullptr);
    ~MessageView() override;

    // Shows one message. `inlineParts` maps a Content-ID (without angle brackets) to its bytes.
    void showHtml(const QString& sanitizedHtml, const QHash<QString, QByteArray>& inlineParts = {});
    void showPlainText(const QString& text);
    void clearMessage();

    // Every resource the document asked for since the last showHtml(), in order.
    [[nodiscard]] const QList<ResourceRequest>& resourceRequests() const { return m_requests; }
    [[nodiscard]] int refusedRequestCount() const;

    QVariant loadResource(int type, const QUrl& name) override;

Q_SIGNALS:
    void linkActivated(const QUrl& url);

protected:
    void changeEvent(QEvent* event) override;

private:
    QVariant resolveResource(int type, const QUrl& name);

    QHash<QString, QByteArray> m_inlineParts;
    QList<ResourceRequest> m_requests;
    QString m_html; // what is shown, to lay it out again when the palette changes (light/dark)
};

} // namespace mayfly::ui

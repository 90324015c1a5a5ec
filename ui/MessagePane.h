#pragma once

#include "ui/LinkDialog.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace mayfly::ui {

class ClipboardGuard;
class CodeBanner;
class MessageView;

// One message, shown safely: headers as plain text, the code banner, the bar that names what was
// blocked, the sanitised HTML in the sandboxed view with the text and raw source one click away,
// and the attachments (saved only on request, under a safe name).
class MessagePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePane)

public:
    using DialogRunner = std::function<int(QDialog&)>;

    explicit MessagePane(ClipboardGuard* clipboard, QWidget* parent = nullptr);
    ~MessagePane() override;

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // Parses, sanitises and shows a raw RFC 5322 message. `recipient` helps spot trackers that
    // carry the address (or its hash) in a URL.
    void showRaw(const QByteArray& raw, const QString& recipient = {});
    void clear();

    // Shows a message file read-only in a window of its own (File > Open, drag and drop,
    // `mayfly FILE.eml`). Returns the window, or nullptr after telling the user why not.
    // nullptr when the file cannot be shown; the reason goes through runDialog (default: exec) and
    // to the log.
    static MessagePane* openFileWindow(const QString& path, ClipboardGuard* clipboard, QWidget* dialogParent = nullptr,
        const DialogRunner& runDialog = {});

    [[nodiscard]] MessageView* view() const { return m_view; }
    [[nodiscard]] CodeBanner* banner() const { return m_banner; }
    [[nodiscard]] QString subject() const { return m_subject; }
    [[nodiscard]] QString blockedSummary() const;
    [[nodiscard]] QString foundCode() const { return m_code; }

Q_SIGNALS:
    void codeFound(const QString& code);

private:
    void onLinkActivated(const QUrl& url);
    void openInBrowser(const QUrl& url);
    void saveAttachment(int index);
    void fillCurrentTab();

    ClipboardGuard* m_clipboard;
    DialogRunner m_runDialog;
    QLabel* m_headers;
    QLabel* m_problems;
    CodeBanner* m_banner;
    QLabel* m_blocked;
    QTabWidget* m_tabs;
    MessageView* m_view;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_raw;
    std::optional<QString> m_pendingText; // shown when the Text tab is first opened
    std::optional<QByteArray> m_pendingRaw; // shown when the Source tab is first opened
    QListWidget* m_attachments;

    QString m_subject;
    QString m_code;
    QList<LinkDetails> m_links;
    struct SavedAttachment
    {
        QString safeName;
        QByteArray data;
    };
    QList<SavedAttachment> m_attachmentData;
};

} // namespace mayfly::ui

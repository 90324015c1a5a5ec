#include "ui/MessagePane.h"

#include "ui/ClipboardGuard.h"
#include "ui/CodeBanner.h"
#include "ui/MessageView.h"
#include "ui/PlainText.h"

#include "core/mime/RenderedMessage.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mayfly::ui {

namespace {

constexpr qint64 MaxOpenedFileBytes = 25 * 1024 * 1024; // core/mime's message limit

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// "3 trackers from 2 companies, 5 remote images removed"
QString summarizeBlocked(const core::html::Report& report)
{
    using core::html::BlockReason;
    int trackers = 0;
    int images = 0;
    int unsafeImages = 0;
    int other = 0;
    for (const auto& b : report.blocked) {
        switch (b.reason) {
        case BlockReason::KnownTracker:
        case BlockReason::RecipientIdentifier:
        case BlockReason::TrackingPixel:
            ++trackers;
            break;
        case BlockReason::RemoteImage:
        case BlockReason::BackgroundAttribute:
        case BlockReason::Srcset:
            ++images;
            break;
        case BlockReason::DisallowedImageData:
            ++unsafeImages;
            break;
        default:
            ++other;
            break;
        }
    }
    QStringList parts;
    if (trackers > 0) {
        const int companies = int(report.trackerCompanies.size());
        parts.append(companies > 0 ? MessagePane::tr("%n tracker(s)", nullptr, trackers) + u' '
                    + MessagePane::tr("from %n company(s)", nullptr, companies)
                                   : MessagePane::tr("%n tracker(s)", nullptr, trackers));
    }
    if (images > 0)
        parts.append(MessagePane::tr("%n remote image(s)", nullptr, images));
    if (unsafeImages > 0)
        parts.append(MessagePane::tr("%n unsafe image(s)", nullptr, unsafeImages));
    if (other > 0)
        parts.append(MessagePane::tr("%n other remote reference(s)", nullptr, other));
    if (parts.isEmpty())
        return {};
    return MessagePane::tr("Blocked: %1 removed").arg(QLocale().createSeparatedList(parts));
}

} // namespace

MessagePane::MessagePane(ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_runDialog([](QDialog& dialog) { return dialog.exec(); })
    , m_headers(plainLabel(QStringLiteral("messageHeaders"), this))
    , m_problems(plainLabel(QStringLiteral("problemsBar"), this))
    , m_banner(new CodeBanner(this))
    , m_blocked(plainLabel(QStringLiteral("blockedBar"), this))
    , m_tabs(new QTabWidget(this))
    , m_view(new MessageView(this))
    , m_text(new QPlainTextEdit(this))
    , m_raw(new QPlainTextEdit(this))
    , m_attachments(new QListWidget(this))
{
    setObjectName(QStringLiteral("messagePane"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setReadOnly(true);
    m_raw->setObjectName(QStringLiteral("messageRaw"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFont(QStringLiteral("monospace")));
    m_tabs->setObjectName(QStringLiteral("messageTabs"));
    m_tabs->setAccessibleName(tr("Message, text and source"));
    m_tabs->addTab(m_view, tr("Message"));
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_raw, tr("Source"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MessagePane::fillCurrentTab);
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setMaximumHeight(90);
    m_attachments->setToolTip(tr("Attachments are never opened. Double-click to save one."));

    QFont headerFont = m_headers->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.05);
    m_headers->setFont(headerFont);
    m_blocked->setAutoFillBackground(true);
    m_blocked->setBackgroundRole(QPalette::ToolTipBase);
    m_blocked->setForegroundRole(QPalette::ToolTipText);
    m_blocked->setContentsMargins(6, 3, 6, 3);
    m_problems->setAutoFillBackground(true);
    m_problems->setBackgroundRole(QPalette::ToolTipBase);
    m_problems->setContentsMargins(6, 3, 6, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_headers);
    layout->addWidget(m_problems);
    layout->addWidget(m_banner);
    layout->addWidget(m_blocked);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_attachments);

    connect(m_view, &MessageView::linkActivated, this, &MessagePane::onLinkActivated);
    connect(m_banner, &CodeBanner::copyRequested, this, [this](const QString& value) {
        if (m_clipboard)
            m_clipboard->copySecret(value);
    });
    connect(m_banner, &CodeBanner::openLinkRequested, this, [this](const QString& url) { onLinkActivated(QUrl(url)); });
    connect(m_attachments, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { saveAttachment(m_attachments->row(item)); });
    clear();
}

MessagePane::~MessagePane() = default;

void MessagePane::clear()
{
    m_subject.clear();
    m_code.clear();
    m_links.clear();
    m_attachmentData.clear();
    m_headers->setText(tr("No message selected"));
    m_problems->hide();
    m_banner->clearValue();
    m_blocked->hide();
    m_view->clearMessage();
    m_text->clear();
    m_raw->clear();
    m_pendingText.reset();
    m_pendingRaw.reset();
    m_attachments->clear();
    m_attachments->hide();
}

void MessagePane::showRaw(const QByteArray& raw, const QString& recipient)
{
    clear();
    const core::mime::RenderedMessage rendered = core::mime::render(raw, recipient);
    const core::mime::Message& message = rendered.message;
    const core::html::Report& report = rendered.report;
    QHash<QString, QByteArray> inlineParts;
    for (const auto& part : message.inlineParts)
        inlineParts.insert(part.contentId, part.data);

    m_subject = message.subject;
    QString headers = message.subject.isEmpty() ? tr("(no subject)") : singleLine(message.subject, 300);
    headers += u'\n' + tr("From: %1").arg(singleLine(message.from.toDisplayString(), 200));
    if (message.from.displayNameHasAddress)
        headers += u'\n'
            + tr("Careful: the sender's name contains an address; the real sender is %1").arg(message.from.addrSpec);
    if (message.date.isValid())
        headers += u'\n' + QLocale().toString(message.date.toLocalTime(), QLocale::LongFormat);
    m_headers->setText(headers);

    QStringList problems = rendered.problems;
    if (rendered.plainTextFallback)
        problems.prepend(tr("This message is malformed and is shown as plain text."));
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
    }

    const QString blocked = summarizeBlocked(report);
    if (!blocked.isEmpty()) {
        m_blocked->setText(blocked);
        QStringList details;
        for (const auto& b : report.blocked.mid(0, 40))
            details.append(b.reasonText + QStringLiteral(": ") + b.url.left(120));
        m_blocked->setToolTip(toolTipText(details.join(u'\n')));
        m_blocked->show();
    }

    for (const auto& link : report.links)
        m_links.append({link.text, QUrl(link.target), QUrl(link.cleanedTarget), link.warnings});

    if (!rendered.codes.isEmpty()) {
        m_code = rendered.codes.constFirst().value;
        m_banner->showCode(m_code);
        Q_EMIT codeFound(m_code);
    } else if (!rendered.links.isEmpty()) {
        m_banner->showLink(rendered.links.constFirst().value);
    }

    m_view->showHtml(rendered.html, inlineParts);
    // The text and the source are filled when their tab is first shown: most messages are only read.
    m_pendingText = message.textBody.isEmpty() ? rendered.text : message.textBody;
    m_pendingRaw = raw.left(2 * 1024 * 1024);
    fillCurrentTab();

    for (const auto& attachment : rendered.attachments) {
        m_attachmentData.append({attachment.safeFileName, attachment.data});
        m_attachments->addItem(
            QStringLiteral("%1  (%2, %3)")
                .arg(attachment.safeFileName, attachment.mimeType, QLocale().formattedDataSize(attachment.size)));
    }
    m_attachments->setVisible(!m_attachmentData.isEmpty());
}

MessagePane* MessagePane::openFileWindow(
    const QString& path, ClipboardGuard* clipboard, QWidget* dialogParent, const DialogRunner& runDialog)
{
    auto refuse = [&](const QString& why) -> MessagePane* {
        QMessageBox box(QMessageBox::Warning, tr("Open message file"), why, QMessageBox::Ok, dialogParent);
        box.setObjectName(QStringLiteral("openFileFailed"));
        box.setTextFormat(Qt::PlainText);
        if (runDialog)
            runDialog(box);
        else
            box.exec();
        return nullptr;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 could not be read: %2").arg(path, file.errorString()));
    if (QFileInfo(file).isDir() || file.isSequential())
        return refuse(tr("%1 is not a message file.").arg(path));
    if (file.size() > MaxOpenedFileBytes)
        return refuse(tr("%1 is larger than 25 MiB.").arg(path));
    auto* window = new MessagePane(clipboard);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("openedMessageWindow"));
    window->showRaw(file.readAll());
    const QString title = window->subject().isEmpty() ? QFileInfo(path).fileName() : window->subject();
    window->setWindowTitle(tr("%1 (read-only)").arg(singleLine(title, 120)));
    window->resize(820, 700);
    window->show();
    return window;
}

void MessagePane::fillCurrentTab()
{
    if (m_tabs->currentWidget() == m_text && m_pendingText) {
        m_text->setPlainText(*m_pendingText);
        m_pendingText.reset();
    } else if (m_tabs->currentWidget() == m_raw && m_pendingRaw) {
        m_raw->setPlainText(QString::fromUtf8(*m_pendingRaw));
        m_pendingRaw.reset();
    }
}

QString MessagePane::blockedSummary() const
{
    return m_blocked->isHidden() ? QString() : m_blocked->text();
}

void MessagePane::onLinkActivated(const QUrl& url)
{
    LinkDetails details{url.toString(), url, url, {}};
    for (const LinkDetails& link : std::as_const(m_links)) {
        if (link.target == url) {
            details = link;
            break;
        }
    }
    LinkDialog dialog(details, this);
    m_runDialog(dialog);
    switch (dialog.choice()) {
    case LinkDialog::Choice::OpenCleaned:
        openInBrowser(details.cleanedTarget.isValid() ? details.cleanedTarget : details.target);
        break;
    case LinkDialog::Choice::OpenOriginal:
        openInBrowser(details.target);
        break;
    case LinkDialog::Choice::CopyCleaned:
        if (m_clipboard)
            m_clipboard->copySecret((details.cleanedTarget.isValid() ? details.cleanedTarget : details.target)
                                        .toString(QUrl::FullyEncoded));
        break;
    case LinkDialog::Choice::Cancel:
        break;
    }
}

void MessagePane::openInBrowser(const QUrl& url)
{
    // Only web and mail links leave Mayfly, and only to the user's own browser or mail program.
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https" || scheme == u"http" || scheme == u"mailto")
        QDesktopServices::openUrl(url);
}

void MessagePane::saveAttachment(int index)
{
    if (index < 0 || index >= m_attachmentData.size())
        return;
    const SavedAttachment& attachment = m_attachmentData.at(index);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), attachment.safeName);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment.data) != attachment.data.size() || !file.commit())
        m_problems->setText(tr("Saving the attachment failed: %1").arg(file.errorString()));
}

} // namespace mayfly::ui

#include "ui/CodeBanner.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mayfly::ui {

CodeBanner::CodeBanner(QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_valueLabel(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_open(new QPushButton(tr("Open link..."), this))
{
    setObjectName(QStringLiteral("codeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_valueLabel->setObjectName(QStringLiteral("codeValue"));
    m_valueLabel->setTextFormat(Qt::PlainText);
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_valueLabel->setFont(mono);
    m_caption->setTextFormat(Qt::PlainText);
    m_copy->setObjectName(QStringLiteral("copyCodeButton"));
    m_copy->setAccessibleName(tr("Copy the code"));
    m_open->setObjectName(QStringLiteral("openCodeLinkButton"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_valueLabel, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_copy);

    connect(m_copy, &QPushButton::clicked, this, [this] { Q_EMIT copyRequested(m_value); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openLinkRequested(m_value); });
    clearValue();
}

CodeBanner::~CodeBanner() = default;

void CodeBanner::showCode(const QString& code)
{
    m_value = code;
    m_isLink = false;
    m_caption->setText(tr("Verification code:"));
    m_valueLabel->setText(code);
    m_open->hide();
    show();
}

void CodeBanner::showLink(const QString& url)
{
    m_value = url;
    m_isLink = true;
    m_caption->setText(tr("Confirmation link:"));
    m_valueLabel->setText(fontMetrics().elidedText(url, Qt::ElideMiddle, 420));
    m_valueLabel->setToolTip(url.toHtmlEscaped());
    m_open->show();
    show();
}

void CodeBanner::clearValue()
{
    m_value.clear();
    m_valueLabel->clear();
    hide();
}

} // namespace mayfly::ui

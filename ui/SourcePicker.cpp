#include "ui/SourcePicker.h"

#include "ui/PlainText.h"

#include "core/providers/ProviderFactory.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mayfly::ui {

using core::net::ProxySettings;
using core::providers::PrivacyLabel;

namespace {

QString privacyText(PrivacyLabel label)
{
    switch (label) {
    case PrivacyLabel::Private:
        return SourcePicker::tr("Private mailbox");
    case PrivacyLabel::Token:
        return SourcePicker::tr("Readable with its session token");
    case PrivacyLabel::Public:
        return SourcePicker::tr("Public inbox: anyone who knows the address can read it");
    }
    return {};
}

struct Option
{
    QString id;
    QString title;
    QString line;
};

} // namespace

SourcePicker::SourcePicker(QWidget* parent)
    : QWidget(parent)
    , m_sources(new QButtonGroup(this))
    , m_url(new QLineEdit(this))
    , m_creationKey(new QLineEdit(this))
    , m_proxyType(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
{
    setObjectName(QStringLiteral("sourcePicker"));

    QList<Option> options;
    options.append({QString::fromLatin1(LocalSource), tr("This computer"),
        tr("A relay on this computer, for testing your own application's mail. Private; nothing "
           "leaves this machine; addresses live 24 hours.")});
    for (const auto& info : core::providers::knownProviders()) {
        QString title = info.displayName;
        if (info.id == u"relay")
            title = tr("Your own relay");
        options.append({info.id, title, privacyText(info.privacy) + QStringLiteral(". ") + info.retention});
    }

    // The options scroll on small screens rather than squeezing their explanations.
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Where addresses come from"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* sourceBox = new QGroupBox(tr("Addresses from"), scroll);
    scroll->setWidget(sourceBox);
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    for (int i = 0; i < options.size(); ++i) {
        auto* radio = new QRadioButton(options.at(i).title, sourceBox);
        radio->setObjectName(QStringLiteral("source_") + options.at(i).id);
        radio->setAccessibleDescription(options.at(i).line);
        QLabel* line = noteLabel(options.at(i).line, sourceBox);
        line->setContentsMargins(24, 0, 0, 6);
        line->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        m_sources->addButton(radio, i);
        m_sourceIds.append(options.at(i).id);
        sourceLayout->addWidget(radio);
        sourceLayout->addWidget(line);
    }

    m_url->setObjectName(QStringLiteral("providerUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://relay.example.org"));
    m_creationKey->setObjectName(QStringLiteral("creationKey"));
    m_creationKey->setEchoMode(QLineEdit::Password);
    m_creationKey->setToolTip(tr("Kept encrypted in your profile, never in plain text."));
    auto* serverForm = new QFormLayout;
    serverForm->addRow(tr("Server URL:"), m_url);
    serverForm->addRow(tr("Creation key:"), m_creationKey);

    auto* proxyBox = new QGroupBox(tr("Connection"), this);
    auto* proxyForm = new QFormLayout(proxyBox);
    m_proxyType->setObjectName(QStringLiteral("proxyType"));
    m_proxyType->addItem(tr("Direct (no proxy)"), int(ProxySettings::Type::None));
    m_proxyType->addItem(tr("System proxy"), int(ProxySettings::Type::System));
    m_proxyType->addItem(tr("SOCKS5, names resolved by the proxy (Tor)"), int(ProxySettings::Type::Socks5));
    m_proxyType->addItem(tr("HTTP proxy"), int(ProxySettings::Type::Http));
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setText(QStringLiteral("127.0.0.1"));
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(9050);
    proxyForm->addRow(tr("Proxy:"), m_proxyType);
    proxyForm->addRow(tr("Host:"), m_proxyHost);
    proxyForm->addRow(tr("Port:"), m_proxyPort);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(serverForm);
    layout->addWidget(proxyBox);

    connect(m_sources, &QButtonGroup::idToggled, this, [this](int, bool) { updateFields(); });
    connect(m_proxyType, &QComboBox::currentIndexChanged, this, [this](int) { updateFields(); });
    m_sources->button(0)->setChecked(true);
    updateFields();
}

SourcePicker::~SourcePicker() = default;

void SourcePicker::selectSource(const QString& source)
{
    const int index = int(m_sourceIds.indexOf(source));
    if (index >= 0)
        m_sources->button(index)->setChecked(true);
}

void SourcePicker::updateFields()
{
    const QString source = m_sourceIds.value(m_sources->checkedId());
    const bool needsUrl = source == u"relay" || source == u"mailpit" || source == u"inbucket";
    m_url->setEnabled(needsUrl);
    m_creationKey->setEnabled(source == u"relay");
    const bool proxy = m_proxyType->currentData().toInt() == int(ProxySettings::Type::Socks5)
        || m_proxyType->currentData().toInt() == int(ProxySettings::Type::Http);
    m_proxyHost->setEnabled(proxy);
    m_proxyPort->setEnabled(proxy);
}

void SourcePicker::setChoice(const Choice& choice)
{
    selectSource(choice.source);
    m_url->setText(choice.baseUrl.toString());
    m_creationKey->setText(choice.creationKey);
    m_proxyType->setCurrentIndex(m_proxyType->findData(int(choice.proxy.type)));
    if (!choice.proxy.host.isEmpty())
        m_proxyHost->setText(choice.proxy.host);
    if (choice.proxy.port > 0)
        m_proxyPort->setValue(choice.proxy.port);
    updateFields();
}

SourcePicker::Choice SourcePicker::choice() const
{
    Choice c;
    c.source = m_sourceIds.value(m_sources->checkedId(), QString::fromLatin1(LocalSource));
    if (m_url->isEnabled())
        c.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_creationKey->isEnabled())
        c.creationKey = m_creationKey->text();
    c.proxy.type = ProxySettings::Type(m_proxyType->currentData().toInt());
    if (c.proxy.type == ProxySettings::Type::Socks5 || c.proxy.type == ProxySettings::Type::Http) {
        c.proxy.host = m_proxyHost->text().trimmed();
        c.proxy.port = quint16(m_proxyPort->value());
    }
    return c;
}

} // namespace mayfly::ui

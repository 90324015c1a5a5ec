#include "core/crypto/Random.h"
#include "core/store/Store.h"
#include "ui/FirstRunDialog.h"
#include "ui/SourceSettings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace mayfly;

class TestFirstRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsToThisComputer();
    void everyOptionExplainsItsPrivacy();
    void ownRelayNeedsUrlAndKey();
    void choiceRoundTripsThroughTheStore();
    void noChoiceMeansFirstRun();
};

namespace {

std::unique_ptr<core::store::Store> memoryStore()
{
    auto store = core::store::Store::open({});
    if (!store || !(*store)->setMasterKey(core::crypto::randomKey(32), QStringLiteral("memory")))
        return nullptr;
    return std::move(*store);
}

} // namespace

void TestFirstRun::defaultsToThisComputer()
{
    ui::FirstRunDialog dialog;
    const auto choice = dialog.choice();
    QCOMPARE(choice.source, QStringLiteral("local"));
    QCOMPARE(ui::providerIdForSource(choice.source), QStringLiteral("relay"));
    QCOMPARE(choice.proxy.type, core::net::ProxySettings::Type::None);
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("source_local"))->isChecked());
}

void TestFirstRun::everyOptionExplainsItsPrivacy()
{
    ui::FirstRunDialog dialog;
    const QStringList ids = {QStringLiteral("local"), QStringLiteral("mailtm"), QStringLiteral("mailgw"),
        QStringLiteral("guerrilla"), QStringLiteral("relay")};
    for (const QString& id : ids) {
        auto* radio = dialog.findChild<QRadioButton*>(QStringLiteral("source_") + id);
        QVERIFY2(radio, qPrintable(id));
        QVERIFY2(!radio->accessibleDescription().isEmpty(), qPrintable(id));
    }
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("source_guerrilla"))
                ->accessibleDescription()
                .contains(QStringLiteral("Public")));
}

void TestFirstRun::ownRelayNeedsUrlAndKey()
{
    ui::FirstRunDialog dialog;
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("providerUrl"));
    auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("creationKey"));
    QVERIFY(!url->isEnabled() && !key->isEnabled());
    dialog.selectSource(QStringLiteral("relay"));
    QVERIFY(url->isEnabled() && key->isEnabled());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    url->setText(QStringLiteral("https://relay.example.org"));
    key->setText(QStringLiteral("s3cret"));
    auto* proxy = dialog.findChild<QComboBox*>(QStringLiteral("proxyType"));
    proxy->setCurrentIndex(proxy->findData(int(core::net::ProxySettings::Type::Socks5)));
    const auto choice = dialog.choice();
    QCOMPARE(choice.source, QStringLiteral("relay"));
    QCOMPARE(choice.baseUrl, QUrl(QStringLiteral("https://relay.example.org")));
    QCOMPARE(choice.creationKey, QStringLiteral("s3cret"));
    QCOMPARE(choice.proxy.type, core::net::ProxySettings::Type::Socks5);
    QCOMPARE(choice.proxy.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(choice.proxy.port, quint16(9050));
}

void TestFirstRun::choiceRoundTripsThroughTheStore()
{
    auto store = memoryStore();
    QVERIFY(store);
    ui::FirstRunDialog::Choice choice;
    choice.source = QStringLiteral("mailtm");
    choice.creationKey = QStringLiteral("never stored");
    choice.proxy = {core::net::ProxySettings::Type::Http, QStringLiteral("10.0.0.1"), 3128};
    QVERIFY(ui::saveSourceChoice(*store, choice).ok());
    const auto loaded = ui::loadSourceChoice(*store);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->source, QStringLiteral("mailtm"));
    QCOMPARE(loaded->proxy, choice.proxy);
    // The creation key is a secret: the plaintext settings never hold it.
    QVERIFY(loaded->creationKey.isEmpty());
}

void TestFirstRun::noChoiceMeansFirstRun()
{
    auto store = memoryStore();
    QVERIFY(store);
    QVERIFY(!ui::loadSourceChoice(*store).has_value());
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"

#include "core/crypto/Random.h"
#include "core/crypto/SealedBox.h"

#include <QTest>

using namespace mayfly::core;
using namespace mayfly::core::crypto;

class TestSealedBox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void publicKeyOfMatches();
    void eachBoxUsesAFreshEphemeralKey();
    void wrongKeyFails();
    void wrongAssociatedDataFails();
    void tamperedFails_data();
    void tamperedFails();
    void lowOrderPublicKeyRejected();
};

void TestSealedBox::roundTrip()
{
    const auto pair = SealedBox::generateKeyPair();
    QCOMPARE(pair.publicKey.size(), SealedBox::KeySize);
    const QByteArray mail = QByteArrayLiteral("Subject: code\r\n\r\nYour code is 482913\r\n");
    const auto box = SealedBox::seal(pair.publicKey, mail, QByteArrayLiteral("msg-1"));
    QVERIFY(box.ok());
    QCOMPARE(box->size(), mail.size() + SealedBox::Overhead);
    QVERIFY(!box->contains("482913"));
    const auto opened = SealedBox::open(pair.privateKey, *box, QByteArrayLiteral("msg-1"));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QCOMPARE(*opened, mail);
}

void TestSealedBox::publicKeyOfMatches()
{
    const auto pair = SealedBox::generateKeyPair();
    const auto pub = SealedBox::publicKeyOf(pair.privateKey);
    QVERIFY(pub.ok());
    QCOMPARE(*pub, pair.publicKey);
}

void TestSealedBox::eachBoxUsesAFreshEphemeralKey()
{
    const auto pair = SealedBox::generateKeyPair();
    const auto a = SealedBox::seal(pair.publicKey, QByteArrayLiteral("same"));
    const auto b = SealedBox::seal(pair.publicKey, QByteArrayLiteral("same"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->mid(1, SealedBox::KeySize) != b->mid(1, SealedBox::KeySize));
}

void TestSealedBox::wrongKeyFails()
{
    const auto alice = SealedBox::generateKeyPair();
    const auto mallory = SealedBox::generateKeyPair();
    const auto box = SealedBox::seal(alice.publicKey, QByteArrayLiteral("for alice"));
    QVERIFY(box.ok());
    const auto opened = SealedBox::open(mallory.privateKey, *box);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Crypto);
}

void TestSealedBox::wrongAssociatedDataFails()
{
    const auto pair = SealedBox::generateKeyPair();
    const auto box = SealedBox::seal(pair.publicKey, QByteArrayLiteral("x"), QByteArrayLiteral("a"));
    QVERIFY(box.ok());
    QVERIFY(!SealedBox::open(pair.privateKey, *box, QByteArrayLiteral("b")).ok());
}

void TestSealedBox::tamperedFails_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("version") << 0;
    QTest::newRow("ephemeral-key") << 5;
    QTest::newRow("inner-nonce") << 1 + SealedBox::KeySize + 3;
    QTest::newRow("tag") << -1;
}

void TestSealedBox::tamperedFails()
{
    QFETCH(int, offset);
    const auto pair = SealedBox::generateKeyPair();
    auto box = SealedBox::seal(pair.publicKey, QByteArrayLiteral("payload"));
    QVERIFY(box.ok());
    QByteArray bytes = *box;
    const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
    bytes[at] = char(bytes.at(at) ^ 0x40);
    QVERIFY(!SealedBox::open(pair.privateKey, bytes).ok());
}

void TestSealedBox::lowOrderPublicKeyRejected()
{
    // The all-zero point gives an all-zero shared secret (RFC 7748 section 6.1).
    const auto box = SealedBox::seal(QByteArray(SealedBox::KeySize, '\0'), QByteArrayLiteral("x"));
    QVERIFY(!box.ok());
}

QTEST_GUILESS_MAIN(TestSealedBox)
#include "tst_sealedbox.moc"

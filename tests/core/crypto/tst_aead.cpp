#include "core/crypto/Aead.h"
#include "core/crypto/Random.h"

#include <QTest>

using namespace mayfly::core;
using namespace mayfly::core::crypto;

class TestAead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void noncesDiffer();
    void tamperedBoxFails_data();
    void tamperedBoxFails();
    void wrongKeyFails();
    void wrongAssociatedDataFails();
    void rejectsShortKeyAndShortBox();
};

void TestAead::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("ad");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("short/no-ad") << QByteArrayLiteral("hello") << QByteArray();
    QTest::newRow("short/ad") << QByteArrayLiteral("hello") << QByteArrayLiteral("row:42");
    QTest::newRow("binary-1MiB") << randomBytes(1 << 20) << QByteArrayLiteral("msg");
}

void TestAead::roundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, ad);
    const SecureBuffer key = randomKey(Aead::KeySize);
    const auto box = Aead::seal(key, plain, ad);
    QVERIFY(box.ok());
    QCOMPARE(box->size(), plain.size() + Aead::Overhead);
    if (plain.size() >= 5)
        QVERIFY(!box->contains(plain.left(16)));
    const auto opened = Aead::open(key, *box, ad);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QCOMPARE(*opened, plain);
}

void TestAead::noncesDiffer()
{
    const SecureBuffer key = randomKey(Aead::KeySize);
    const auto a = Aead::seal(key, QByteArrayLiteral("same"));
    const auto b = Aead::seal(key, QByteArrayLiteral("same"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
}

void TestAead::tamperedBoxFails_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("version") << 0;
    QTest::newRow("nonce") << 3;
    QTest::newRow("ciphertext") << 1 + Aead::NonceSize + 2;
    QTest::newRow("tag") << -1;
}

void TestAead::tamperedBoxFails()
{
    QFETCH(int, offset);
    const SecureBuffer key = randomKey(Aead::KeySize);
    auto box = Aead::seal(key, QByteArrayLiteral("a verification code: 482913"));
    QVERIFY(box.ok());
    QByteArray bytes = *box;
    const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    const auto opened = Aead::open(key, bytes);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Crypto);
}

void TestAead::wrongKeyFails()
{
    const auto box = Aead::seal(randomKey(Aead::KeySize), QByteArrayLiteral("secret"));
    QVERIFY(box.ok());
    QVERIFY(!Aead::open(randomKey(Aead::KeySize), *box).ok());
}

void TestAead::wrongAssociatedDataFails()
{
    // A sealed value copied into another row must not open there.
    const SecureBuffer key = randomKey(Aead::KeySize);
    const auto box = Aead::seal(key, QByteArrayLiteral("subject"), QByteArrayLiteral("message:1"));
    QVERIFY(box.ok());
    QVERIFY(!Aead::open(key, *box, QByteArrayLiteral("message:2")).ok());
    QVERIFY(!Aead::open(key, *box).ok());
}

void TestAead::rejectsShortKeyAndShortBox()
{
    QVERIFY(!Aead::seal(randomKey(16), QByteArrayLiteral("x")).ok());
    QVERIFY(!Aead::open(randomKey(Aead::KeySize), QByteArrayLiteral("short")).ok());
}

QTEST_GUILESS_MAIN(TestAead)
#include "tst_aead.moc"

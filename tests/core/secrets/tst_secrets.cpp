#include "core/crypto/Random.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/PassphraseKey.h"
#include "core/store/Profile.h"
#include "tests/support/TempProfile.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QTest>

using namespace mayfly;
using namespace mayfly::core;

namespace {

// QVERIFY2 evaluates its message even when the check passes.
template <typename R>
QByteArray why(const R& r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

// Cheap scrypt for tests; the defaults are checked once in passphraseDefaults().
secrets::ScryptParams fastScrypt()
{
    secrets::ScryptParams p;
    p.n = 1024;
    return p;
}

// A keychain that fails the way the caller says (QtKeychain's codes mapped by KeychainSecretStore).
class FakeKeychain final : public secrets::SecretStore
{
public:
    std::optional<ErrorCode> readError;
    std::optional<ErrorCode> writeError;
    secrets::MemorySecretStore backing;
    int writes = 0;

    Result<SecureBuffer> read(const QString& key) override
    {
        if (readError)
            return makeError(*readError, QStringLiteral("fake"));
        return backing.read(key);
    }
    Result<void> write(const QString& key, const SecureBuffer& value) override
    {
        ++writes;
        if (writeError)
            return makeError(*writeError, QStringLiteral("fake"));
        return backing.write(key, value);
    }
    Result<void> remove(const QString& key) override { return backing.remove(key); }
    QString backendName() const override { return QStringLiteral("fake"); }
    bool isPersistent() const override { return true; }
};

providers::Mailbox mailbox(const QString& address)
{
    providers::Mailbox m;
    m.address = address;
    m.providerId = QStringLiteral("relay");
    m.credentials = QByteArrayLiteral("token-secret");
    return m;
}

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreRoundTrip();
    void passphraseWrapUnwrap();
    void passphraseRejects_data();
    void passphraseRejects();
    void passphraseDefaults();
    void profileWithKeychain();
    void existingDataWithoutKey_data();
    void existingDataWithoutKey();
    void freshProfileFailsClosed();
    void passphraseProfile();
    void memoryOnlyWritesNothing();
    void wipeRemovesKeychainEntry();
};

void TestSecrets::memoryStoreRoundTrip()
{
    secrets::MemorySecretStore store;
    QCOMPARE(store.read(QStringLiteral("a")).error().code, ErrorCode::NotFound);
    QVERIFY(store.write(QStringLiteral("a"), SecureBuffer::fromByteArray("xyz")).ok());
    QCOMPARE(store.read(QStringLiteral("a"))->toByteArray(), QByteArray("xyz"));
    QVERIFY(store.remove(QStringLiteral("a")).ok());
    QVERIFY(store.remove(QStringLiteral("a")).ok());
    QCOMPARE(store.count(), 0);
}

void TestSecrets::passphraseWrapUnwrap()
{
    const SecureBuffer key = crypto::randomKey(32);
    auto blob = secrets::PassphraseKey::wrap(key, QStringLiteral("correct horse"), fastScrypt());
    QVERIFY(blob.ok());
    QVERIFY(!blob->contains(key.toByteArray()));
    auto back = secrets::PassphraseKey::unwrap(*blob, QStringLiteral("correct horse"));
    QVERIFY(back.ok());
    QCOMPARE(back->toByteArray(), key.toByteArray());
}

void TestSecrets::passphraseRejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("code");
    QTest::newRow("wrong-passphrase") << QString() << qint64(0) << int(ErrorCode::Crypto);
    QTest::newRow("n-too-large") << QStringLiteral("n") << (qint64(1) << 30) << int(ErrorCode::InvalidInput);
    QTest::newRow("n-not-power-of-two") << QStringLiteral("n") << qint64(1000) << int(ErrorCode::InvalidInput);
    QTest::newRow("r-zero") << QStringLiteral("r") << qint64(0) << int(ErrorCode::InvalidInput);
    QTest::newRow("version-unknown") << QStringLiteral("v") << qint64(9) << int(ErrorCode::InvalidInput);
}

void TestSecrets::passphraseRejects()
{
    QFETCH(QString, field);
    QFETCH(qint64, value);
    QFETCH(int, code);
    auto blob = secrets::PassphraseKey::wrap(crypto::randomKey(32), QStringLiteral("pw"), fastScrypt());
    QVERIFY(blob.ok());
    QByteArray bytes = *blob;
    QString passphrase = QStringLiteral("pw");
    if (field.isEmpty()) {
        passphrase = QStringLiteral("wrong");
    } else {
        QCborMap map = QCborValue::fromCbor(bytes).toMap();
        map.insert(field, value);
        bytes = map.toCborValue().toCbor();
    }
    auto r = secrets::PassphraseKey::unwrap(bytes, passphrase);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
}

void TestSecrets::passphraseDefaults()
{
    const SecureBuffer key = crypto::randomKey(32);
    auto blob = secrets::PassphraseKey::wrap(key, QStringLiteral("pw"));
    QVERIFY(blob.ok());
    QCOMPARE(QCborValue::fromCbor(*blob).toMap().value(QStringLiteral("n")).toInteger(), qint64(1) << 15);
    QVERIFY(secrets::PassphraseKey::unwrap(*blob, QStringLiteral("pw")).ok());
}

void TestSecrets::profileWithKeychain()
{
    test::TempProfile home;
    auto keychain = std::make_shared<FakeKeychain>();
    store::ProfileOptions options;
    options.directory = home.profileDir();
    options.keychain = keychain;
    {
        auto profile = store::Profile::open(options);
        QVERIFY2(profile.ok(), why(profile).constData());
        QCOMPARE((*profile)->keyMode(), QStringLiteral("keychain"));
        QVERIFY((*profile)
                    ->store()
                    .addAddress(mailbox(QStringLiteral("a@x.test")), {}, providers::PrivacyLabel::Private)
                    .ok());
        QCOMPARE(keychain->writes, 1);
    }
    auto again = store::Profile::open(options);
    QVERIFY(again.ok());
    QCOMPARE(keychain->writes, 1); // the existing key was read, not replaced
    auto list = (*again)->store().addresses();
    QVERIFY2(list.ok(), why(list).constData());
    QCOMPARE(list->size(), 1);
}

void TestSecrets::existingDataWithoutKey_data()
{
    QTest::addColumn<int>("readError");
    QTest::newRow("entry-not-found(locked-keyring)") << int(ErrorCode::NotFound);
    QTest::newRow("other-error(no-bus)") << int(ErrorCode::KeychainUnavailable);
}

void TestSecrets::existingDataWithoutKey()
{
    QFETCH(int, readError);
    test::TempProfile home;
    auto keychain = std::make_shared<FakeKeychain>();
    store::ProfileOptions options;
    options.directory = home.profileDir();
    options.keychain = keychain;
    {
        auto profile = store::Profile::open(options);
        QVERIFY(profile.ok());
        QVERIFY((*profile)
                    ->store()
                    .addAddress(mailbox(QStringLiteral("keep@x.test")), {}, providers::PrivacyLabel::Private)
                    .ok());
    }
    keychain->readError = ErrorCode(readError);
    auto failed = store::Profile::open(options);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(keychain->writes, 1); // no new key was made

    keychain->readError.reset();
    auto profile = store::Profile::open(options);
    QVERIFY(profile.ok());
    QCOMPARE((*profile)->store().addresses()->size(), 1);
}

void TestSecrets::freshProfileFailsClosed()
{
    test::TempProfile home;
    auto keychain = std::make_shared<FakeKeychain>();
    keychain->readError = ErrorCode::KeychainUnavailable;
    keychain->writeError = ErrorCode::KeychainUnavailable;
    store::ProfileOptions options;
    options.directory = home.profileDir() + QStringLiteral("/new");
    options.keychain = keychain;
    auto r = store::Profile::open(options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY(r.error().detail.contains(QLatin1String("MAYFLY_PASSPHRASE")));
    QVERIFY(!QFile::exists(options.directory));

    // Not found, then the write fails (a locked keyring): also closed.
    keychain->readError = ErrorCode::NotFound;
    r = store::Profile::open(options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::KeychainUnavailable);
}

void TestSecrets::passphraseProfile()
{
    test::TempProfile home;
    auto keychain = std::make_shared<FakeKeychain>();
    keychain->readError = ErrorCode::KeychainUnavailable;
    keychain->writeError = ErrorCode::KeychainUnavailable;
    store::ProfileOptions options;
    options.directory = home.profileDir();
    options.keychain = keychain;
    options.passphrase = QStringLiteral("tr0ub4dor");
    options.scrypt = fastScrypt();
    {
        auto profile = store::Profile::open(options);
        QVERIFY2(profile.ok(), why(profile).constData());
        QCOMPARE((*profile)->keyMode(), QStringLiteral("passphrase"));
        QVERIFY((*profile)
                    ->store()
                    .addAddress(mailbox(QStringLiteral("p@x.test")), {}, providers::PrivacyLabel::Private)
                    .ok());
    }
    QCOMPARE(keychain->writes, 0);

    options.passphrase = QStringLiteral("wrong");
    auto wrong = store::Profile::open(options);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::Crypto);
    QVERIFY(wrong.error().detail.contains(QLatin1String("wrong passphrase")));

    options.passphrase.clear();
    auto missing = store::Profile::open(options);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().detail.contains(QLatin1String("MAYFLY_PASSPHRASE")));

    options.passphrase = QStringLiteral("tr0ub4dor");
    auto right = store::Profile::open(options);
    QVERIFY(right.ok());
    QCOMPARE(
        (*right)->store().findAddress(QStringLiteral("p@x.test"))->mailbox.credentials, QByteArray("token-secret"));
}

void TestSecrets::memoryOnlyWritesNothing()
{
    test::TempProfile home;
    const QStringList before = home.files();
    store::ProfileOptions options;
    options.memoryOnly = true;
    options.directory = home.profileDir();
    {
        auto profile = store::Profile::open(options);
        QVERIFY(profile.ok());
        auto id
            = (*profile)->store().addAddress(mailbox(QStringLiteral("m@x.test")), {}, providers::PrivacyLabel::Private);
        QVERIFY(id.ok());
        providers::MessageSummary s;
        s.id = QStringLiteral("1");
        s.subject = QStringLiteral("hello");
        QVERIFY((*profile)->store().addMessage(*id, s, QByteArrayLiteral("Subject: hello\r\n\r\nbody")).ok());
        QVERIFY((*profile)->store().purgeExpired().ok());
        QCOMPARE((*profile)->store().messages()->size(), 1);
        QCOMPARE(home.files(), before);
    }
    QCOMPARE(home.files(), before);
    QVERIFY(QDir(home.profileDir()).isEmpty());
}

void TestSecrets::wipeRemovesKeychainEntry()
{
    test::TempProfile home;
    auto keychain = std::make_shared<FakeKeychain>();
    store::ProfileOptions options;
    options.directory = home.profileDir() + QStringLiteral("/w");
    options.keychain = keychain;
    auto profile = store::Profile::open(options);
    QVERIFY(profile.ok());
    QCOMPARE(keychain->backing.count(), 1);
    QVERIFY((*profile)->wipe().ok());
    QCOMPARE(keychain->backing.count(), 0);
    QVERIFY(!QFile::exists(options.directory));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"

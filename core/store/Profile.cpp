#include "core/store/Profile.h"

#include "core/common/Logging.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Random.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mayfly::core::store {

namespace {
const QString ModeKeychain = QStringLiteral("keychain");
const QString ModePassphrase = QStringLiteral("passphrase");
const QString ModeMemory = QStringLiteral("memory");
} // namespace

Profile::~Profile() = default;

QString Profile::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("mayfly"));
}

QString Profile::keychainKey() const
{
    return QStringLiteral("master-key-") + m_store->profileId();
}

Result<std::unique_ptr<Profile>> Profile::open(const ProfileOptions& options)
{
    std::unique_ptr<Profile> profile(new Profile());
    profile->m_memoryOnly = options.memoryOnly;
    if (options.memoryOnly) {
        profile->m_secrets = std::make_shared<secrets::MemorySecretStore>();
        auto store = Store::open(StoreOptions{QString(), options.clock});
        if (!store)
            return store.error();
        profile->m_store = std::move(store).value();
        profile->m_keyMode = ModeMemory;
        if (auto r = profile->m_store->setMasterKey(crypto::randomKey(crypto::Aead::KeySize), ModeMemory); !r)
            return r.error();
        return profile;
    }

    profile->m_directory = options.directory.isEmpty() ? defaultDirectory() : QDir(options.directory).absolutePath();
    profile->m_secrets = options.keychain
        ? options.keychain
        : std::make_shared<secrets::KeychainSecretStore>(QString::fromLatin1(KeychainService));
    const QString dbPath = QDir(profile->m_directory).filePath(QString::fromLatin1(DatabaseName));
    const bool existed = QFileInfo::exists(dbPath);
    const bool dirExisted = QFileInfo::exists(profile->m_directory);
    auto store = Store::open(StoreOptions{dbPath, options.clock});
    if (!store)
        return store.error();
    profile->m_store = std::move(store).value();
    if (auto r = profile->unlock(options); !r) {
        if (options.allowLocked && existed) {
            qCInfo(lcStore) << "profile opened locked:" << r.error().toString();
            return profile;
        }
        // A profile created by this very attempt holds nothing: leave no empty store behind.
        if (!existed && !profile->m_store->hasMasterKey()) {
            (void)profile->m_store->wipe();
            if (!dirExisted)
                QDir().rmdir(profile->m_directory);
        }
        return r.error();
    }
    return profile;
}

Result<void> Profile::unlock(const ProfileOptions& options)
{
    Store& store = *m_store;
    if (store.hasMasterKey()) {
        m_keyMode = store.keyMode();
        if (m_keyMode == ModePassphrase) {
            if (options.passphrase.isEmpty())
                return makeError(ErrorCode::InvalidInput,
                    tr("this profile is protected by a passphrase: set MAYFLY_PASSPHRASE "
                       "(or type it when asked)"));
            auto key = secrets::PassphraseKey::unwrap(store.wrappedKey(), options.passphrase);
            if (!key)
                return key.error();
            return store.setMasterKey(std::move(key).value(), ModePassphrase);
        }
        auto key = m_secrets->read(keychainKey());
        if (!key) {
            if (key.error().code == ErrorCode::NotFound)
                // Never a first run: a locked Secret Service answers "not found" too, and starting
                // over would orphan every address the user holds.
                return makeError(ErrorCode::KeychainUnavailable,
                    tr("the keychain has no key for this profile although it holds data (%1). "
                       "Unlock your keyring (a locked keyring answers \"not found\") and try again; "
                       "Mayfly never starts over while data exists")
                        .arg(key.error().detail));
            return makeError(ErrorCode::KeychainUnavailable,
                tr("cannot read this profile's key from the keychain (%1). "
                   "Start or unlock your keyring and try again")
                    .arg(key.error().detail));
        }
        return store.setMasterKey(std::move(key).value(), ModeKeychain);
    }

    // A fresh profile.
    SecureBuffer key = crypto::randomKey(crypto::Aead::KeySize);
    if (!options.passphrase.isEmpty()) {
        auto wrapped = secrets::PassphraseKey::wrap(key, options.passphrase, options.scrypt);
        if (!wrapped)
            return wrapped.error();
        m_keyMode = ModePassphrase;
        return store.setMasterKey(std::move(key), ModePassphrase, *wrapped);
    }
    const QString howToContinue
        = tr("Choose a passphrase instead (set MAYFLY_PASSPHRASE) or run with --memory-only, which writes nothing");
    auto existing = m_secrets->read(keychainKey());
    if (existing) {
        key = std::move(existing).value();
    } else if (existing.error().code != ErrorCode::NotFound) {
        return makeError(ErrorCode::KeychainUnavailable,
            //: %1 is the keychain's own reason (technical); %2 says how to go on
            tr("no usable keychain (%1). %2").arg(existing.error().detail, howToContinue));
    } else if (auto w = m_secrets->write(keychainKey(), key); !w) {
        return makeError(ErrorCode::KeychainUnavailable,
            //: %1 is the keychain's own reason (technical); %2 says how to go on
            tr("cannot store a key in the keychain (%1). %2").arg(w.error().detail, howToContinue));
    }
    m_keyMode = ModeKeychain;
    return store.setMasterKey(std::move(key), ModeKeychain);
}

Result<void> Profile::wipe()
{
    const QString entry = m_store->isUnlocked() || !m_store->profileId().isEmpty() ? keychainKey() : QString();
    if (auto r = m_store->wipe(); !r)
        return r;
    if (!m_memoryOnly && m_keyMode == ModeKeychain && !entry.isEmpty()) {
        if (auto r = m_secrets->remove(entry); !r)
            return makeError(r.error().code,
                tr("the store is wiped but the keychain entry could not be removed (%1)").arg(r.error().detail));
    }
    if (!m_directory.isEmpty())
        QDir().rmdir(m_directory); // only if empty: --profile may point at a folder with other files
    return {};
}

} // namespace mayfly::core::store

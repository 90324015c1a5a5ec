#pragma once

#include "core/common/Result.h"
#include "core/secrets/PassphraseKey.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>

#include <memory>

namespace mayfly::core::store {

struct ProfileOptions
{
    QString directory; // empty: <generic data location>/mayfly, shared by the GUI and the CLI
    bool memoryOnly = false; // nothing is written anywhere; everything is gone when the process ends
    // Non-empty: the store is (or becomes, on a fresh profile) protected by this passphrase
    // instead of the keychain.
    QString passphrase;
    secrets::ScryptParams scrypt;
    // The keychain to use; nullptr: the OS keychain (KeychainSecretStore). Tests pass fakes.
    std::shared_ptr<secrets::SecretStore> keychain;
    const Clock* clock = nullptr;
    // Keep the profile open even when it cannot be unlocked (for wiping a profile whose key is
    // gone): sealed reads then fail, wipe() works.
    bool allowLocked = false;
};

// One user profile: its folder, its store and where its master key lives. Opening decides how the
// store is unlocked and fails closed:
//  - a profile whose store already holds sealed data never starts over: a keychain that answers
//    "not found" (a locked keyring does, docs/PITFALLS item 4) or not at all is an error;
//  - a fresh profile takes a new random key into the keychain, or, when a passphrase is given,
//    wraps it with scrypt; without either it is an error that names both ways out (and
//    --memory-only). Nothing secret is ever written in plaintext; setInsecureFallback is never used.
class Profile final
{
    // Error details meant for the user are translated (English where no translator is installed).
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::store::Profile)

public:
    static constexpr const char* KeychainService = "Mayfly";
    static constexpr const char* DatabaseName = "mayfly.db";

    ~Profile();
    Profile(const Profile&) = delete;
    Profile& operator=(const Profile&) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Profile>> open(const ProfileOptions& options);
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] Store& store() { return *m_store; }
    [[nodiscard]] const Store& store() const { return *m_store; }
    [[nodiscard]] secrets::SecretStore& secrets() { return *m_secrets; }
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] bool isMemoryOnly() const { return m_memoryOnly; }
    // "keychain", "passphrase" or "memory".
    [[nodiscard]] QString keyMode() const { return m_keyMode; }
    // The keychain entry that holds this profile's master key (keychain mode only).
    [[nodiscard]] QString keychainKey() const;

    // Deletes every row, the keychain entry, then the store's files and the folder if it is empty.
    [[nodiscard]] Result<void> wipe();

private:
    Profile() = default;
    [[nodiscard]] Result<void> unlock(const ProfileOptions& options);

    QString m_directory;
    bool m_memoryOnly = false;
    QString m_keyMode;
    std::shared_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<Store> m_store;
};

} // namespace mayfly::core::store

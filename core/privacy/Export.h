#pragma once

#include "core/common/Result.h"
#include "core/secrets/PassphraseKey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mayfly::core::store {
class Store;
}

namespace mayfly::core::privacy {

struct ExportOptions
{
    QString parentDirectory; // the export becomes a new folder inside it
    // Provider credentials (passwords, tokens, relay keys) are left out unless asked for; then they
    // go into credentials.mayfly-sealed, encrypted under this passphrase (scrypt + AES-256-GCM).
    bool includeCredentials = false;
    QString passphrase;
    secrets::ScryptParams scrypt;
};

struct ExportReport
{
    QString folder;
    int addresses = 0;
    int messages = 0;
    bool credentials = false;
    QStringList files; // relative to folder
};

// "Export my data" (right of access): everything the user owns, readable without Mayfly.
//
//   README.txt                      what is where, and how to open the credentials file
//   addresses.json                  address, provider, label, created, expires, privacy label
//   messages/<address>/<n>.eml      each message's raw RFC 5322 source
//   credentials.mayfly-sealed       only when asked for
//
// The folder is created with owner-only permissions: it holds the user's mail in plaintext, which
// is the point of an export, so it goes where the user chose and nowhere else.
class Export final
{
public:
    static constexpr const char* CredentialsFile = "credentials.mayfly-sealed";
    static constexpr const char* CredentialsFormat = "mayfly-credentials-1";
    static constexpr int MinPassphraseChars = 8;

    [[nodiscard]] static Result<ExportReport> toFolder(const store::Store& store, const ExportOptions& options);

    // Opens a credentials file written by toFolder: the JSON array of {address, provider,
    // credentials (base64)}. Crypto error on a wrong passphrase.
    [[nodiscard]] static Result<QByteArray> openCredentials(const QByteArray& file, const QString& passphrase);
};

} // namespace mayfly::core::privacy

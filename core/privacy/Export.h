#pragma once

#include "core/common/Result.h"
#include "core/secrets/PassphraseKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mayfly::core::store {
class Store;
}

namespace mayfly::core::privacy {

struct ExportOptions
{
    QString parentDirectory; // the export becomes a new folder (or .zip file) inside it
    bool zip = false; // one .zip file (ZipWriter) instead of a folder
    // Provider credentials (passwords, tokens, relay keys) are left out unless asked for; then they
    // go into credentials.mayfly-sealed, encrypted under this passphrase (scrypt + AES-256-GCM).
    bool includeCredentials = false;
    QString passphrase;
    secrets::ScryptParams scrypt;
};

struct ExportReport
{
    QString path; // the folder, or the .zip file
    int addresses = 0;
    int messages = 0;
    bool credentials = false;
    QStringList files; // relative to the folder (inside the zip: below its one top folder)
};

// "Export my data" (right of access): everything the user owns, readable without Mayfly.
//
//   README.txt                      what is where, and how to open the credentials file
//   addresses.json                  address, provider, label, created, expires, privacy label
//   messages/<address>/<n>.eml      each message's raw RFC 5322 source
//   credentials.mayfly-sealed       only when asked for
//
// With `zip`, the same tree sits below one top folder inside mayfly-export-....zip. Folder and zip
// are created with owner-only permissions: they hold the user's mail in plaintext, which is the
// point of an export, so they go where the user chose and nowhere else.
class Export final
{
    // Error details meant for the user are translated (English where no translator is installed).
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::privacy::Export)

public:
    static constexpr const char* CredentialsFile = "credentials.mayfly-sealed";
    static constexpr const char* CredentialsFormat = "mayfly-credentials-1";
    static constexpr int MinPassphraseChars = 8;

    [[nodiscard]] static Result<ExportReport> run(const store::Store& store, const ExportOptions& options);

    // Opens a credentials file written by run(): the JSON array of {address, provider,
    // credentials (base64)}. Crypto error on a wrong passphrase.
    [[nodiscard]] static Result<QByteArray> openCredentials(const QByteArray& file, const QString& passphrase);
};

} // namespace mayfly::core::privacy

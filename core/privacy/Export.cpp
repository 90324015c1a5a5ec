#include "core/privacy/Export.h"

#include "core/common/Logging.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Random.h"
#include "core/privacy/ZipWriter.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mayfly::core::privacy {

namespace {

// Binds the sealed credentials to their purpose: this box opens as nothing else.
constexpr char CredentialsAd[] = "mayfly export credentials v1";

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir = OwnerOnly | QFileDevice::ExeOwner;

Result<void> writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("mayfly::core::privacy::Export", "cannot write %1: %2")
                .arg(path, file.errorString()));
    file.setPermissions(OwnerOnly);
    if (file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("mayfly::core::privacy::Export", "cannot write %1: %2")
                .arg(path, file.errorString()));
    return {};
}

// A file-system-safe folder name for an address (addresses are ASCII here, but a provider could
// hand back anything).
QString safeName(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'@'
            || c == u'.' || c == u'-' || c == u'_' || c == u'+';
        out += ok ? c : u'_';
    }
    if (out.isEmpty() || out.startsWith(u'.'))
        out.prepend(u'_');
    return out.left(120);
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QByteArray readme(bool credentials)
{
    QByteArray text = "Mayfly data export\n"
                      "==================\n\n"
                      "This folder holds everything Mayfly kept for you, in plain, readable form.\n"
                      "Anyone who can read this folder can read your mail: keep it safe, delete it when done.\n\n"
                      "addresses.json      your throwaway addresses: address, provider, label, created,\n"
                      "                    expires (empty: no expiry), privacy label, messages (count)\n"
                      "messages/ADDRESS/   one .eml file per message: the raw RFC 5322 source as received.\n"
                      "                    Any mail program opens them, and so does `mayfly FILE.eml`.\n";
    if (credentials) {
        text += "credentials.mayfly-sealed\n"
                "                    the provider passwords, tokens and relay keys, encrypted with\n"
                "                    the passphrase you chose: JSON with `wrappedKey` (the data key,\n"
                "                    wrapped with an scrypt-derived key; N, r, p and salt inside)\n"
                "                    and `box` (AES-256-GCM: version byte, 12-byte nonce,\n"
                "                    ciphertext, 16-byte tag; associated data \"";
        text += CredentialsAd;
        text += "\").\n";
    } else {
        text += "\nProvider credentials were not exported (you did not ask for them).\n";
    }
    text += "\nNot included: Mayfly's master key (it only protects Mayfly's own database) and the\n"
            "network activity log (it is never stored).\n";
    return text;
}

} // namespace

Result<ExportReport> Export::run(const store::Store& store, const ExportOptions& options)
{
    if (options.includeCredentials && options.passphrase.size() < MinPassphraseChars)
        return makeError(ErrorCode::InvalidInput,
            tr("the credentials need a passphrase of at least %n characters", nullptr, MinPassphraseChars));
    const QDir parent(options.parentDirectory);
    if (options.parentDirectory.isEmpty() || !parent.exists())
        return makeError(ErrorCode::Io, tr("no such folder: %1").arg(options.parentDirectory));

    auto addresses = store.addresses();
    if (!addresses)
        return addresses.error();
    auto messages = store.messages();
    if (!messages)
        return messages.error();

    // Everything is gathered first, so a failure half-way leaves no half-written export behind.
    QList<std::pair<QString, QByteArray>> files;
    ExportReport report;
    QJsonArray list;
    QJsonArray secrets;
    QHash<qint64, QString> folders;
    for (const store::AddressRecord& a : std::as_const(*addresses)) {
        qint64 count = 0;
        for (const store::MessageRecord& m : std::as_const(*messages))
            count += m.addressId == a.id ? 1 : 0;
        list.append(QJsonObject{
            {QStringLiteral("address"), a.mailbox.address},
            {QStringLiteral("provider"), a.mailbox.providerId},
            {QStringLiteral("label"), a.label},
            {QStringLiteral("created"), iso(a.mailbox.createdAt)},
            {QStringLiteral("expires"), iso(a.mailbox.expiresAt)},
            {QStringLiteral("privacy"), providers::privacyLabelName(a.privacy)},
            {QStringLiteral("messages"), count},
        });
        if (options.includeCredentials && !a.mailbox.credentials.isEmpty()) {
            secrets.append(QJsonObject{
                {QStringLiteral("address"), a.mailbox.address},
                {QStringLiteral("provider"), a.mailbox.providerId},
                {QStringLiteral("providerUrl"), a.providerUrl.toString()},
                {QStringLiteral("credentials"), QString::fromLatin1(a.mailbox.credentials.toBase64())},
            });
        }
        folders.insert(a.id, QStringLiteral("messages/") + safeName(a.mailbox.address));
        ++report.addresses;
    }
    files.append({QStringLiteral("addresses.json"), QJsonDocument(list).toJson(QJsonDocument::Indented)});
    for (const store::MessageRecord& m : std::as_const(*messages)) {
        auto raw = store.rawMessage(m.id);
        if (!raw)
            return raw.error();
        const QString folder = folders.value(m.addressId, QStringLiteral("messages/unknown"));
        files.append({folder + u'/' + QString::number(m.id) + QStringLiteral(".eml"), *raw});
        ++report.messages;
    }
    if (options.includeCredentials) {
        // A fresh data key, wrapped with the passphrase (the same scheme as a passphrase profile),
        // seals the list; the passphrase itself never touches the disk.
        const SecureBuffer dataKey = crypto::randomKey(crypto::Aead::KeySize);
        auto wrapped = secrets::PassphraseKey::wrap(dataKey, options.passphrase, options.scrypt);
        if (!wrapped)
            return wrapped.error();
        auto box = crypto::Aead::seal(
            dataKey, QJsonDocument(secrets).toJson(QJsonDocument::Compact), QByteArray(CredentialsAd));
        if (!box)
            return box.error();
        const QJsonObject file{
            {QStringLiteral("format"), QString::fromLatin1(CredentialsFormat)},
            {QStringLiteral("wrappedKey"), QString::fromLatin1(wrapped->toBase64())},
            {QStringLiteral("box"), QString::fromLatin1(box->toBase64())},
        };
        files.append({QString::fromLatin1(CredentialsFile), QJsonDocument(file).toJson(QJsonDocument::Indented)});
        report.credentials = true;
    }
    files.prepend({QStringLiteral("README.txt"), readme(report.credentials)});
    for (const auto& [name, bytes] : std::as_const(files))
        report.files.append(name);

    const QDateTime now = store.clock().now();
    const QString base = QStringLiteral("mayfly-export-") + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = options.zip ? QStringLiteral(".zip") : QString();
    QString name = base;
    for (int n = 2; parent.exists(name + suffix); ++n)
        name = base + u'-' + QString::number(n);
    report.path = parent.filePath(name + suffix);

    if (options.zip) {
        QSaveFile file(report.path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(report.path, file.errorString()));
        file.setPermissions(OwnerOnly);
        ZipWriter zip(&file);
        for (const auto& [path, bytes] : std::as_const(files)) {
            if (auto r = zip.add(name + u'/' + path, bytes, now); !r)
                return r.error();
        }
        if (auto r = zip.finish(); !r)
            return r.error();
        if (!file.commit())
            return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(report.path, file.errorString()));
    } else {
        if (!parent.mkdir(name))
            return makeError(ErrorCode::Io, tr("cannot create %1").arg(report.path));
        QFile::setPermissions(report.path, OwnerOnlyDir);
        const QDir root(report.path);
        for (const auto& [path, bytes] : std::as_const(files)) {
            const QString folder = QFileInfo(path).path();
            if (folder != u"." && !root.exists(folder)) {
                if (!root.mkpath(folder))
                    return makeError(ErrorCode::Io, tr("cannot create %1").arg(root.filePath(folder)));
                // Each level below the export: messages/ and messages/ADDRESS/.
                for (QString level = folder; level != u"." && !level.isEmpty(); level = QFileInfo(level).path())
                    QFile::setPermissions(root.filePath(level), OwnerOnlyDir);
            }
            if (auto r = writeFile(root.filePath(path), bytes); !r)
                return r.error();
        }
    }
    qCInfo(lcPrivacy) << "exported" << report.addresses << "addresses and" << report.messages << "messages"
                      << (options.zip ? "as a zip" : "as a folder");
    return report;
}

Result<QByteArray> Export::openCredentials(const QByteArray& file, const QString& passphrase)
{
    const QJsonObject json = QJsonDocument::fromJson(file).object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(CredentialsFormat))
        return makeError(ErrorCode::InvalidInput, tr("not a Mayfly credentials file"));
    const QByteArray wrapped = QByteArray::fromBase64(json.value(QStringLiteral("wrappedKey")).toString().toLatin1());
    const QByteArray box = QByteArray::fromBase64(json.value(QStringLiteral("box")).toString().toLatin1());
    auto key = secrets::PassphraseKey::unwrap(wrapped, passphrase);
    if (!key)
        return key.error();
    return crypto::Aead::open(*key, box, QByteArray(CredentialsAd));
}

} // namespace mayfly::core::privacy

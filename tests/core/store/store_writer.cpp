// Writes messages into a store as fast as it can and prints "committed <id>" after each commit,
// so tst_storefaults can SIGKILL it mid-write and then check that every acknowledged message is
// there and the file is consistent.  store_writer DB KEYHEX [BODYBYTES]
#include "core/crypto/Random.h"
#include "core/store/Store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace mayfly::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto s = store::Store::open(store::StoreOptions{args.at(1), nullptr});
    if (!s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error().toString()));
        return 1;
    }
    auto& st = **s;
    if (!st.setMasterKey(
            SecureBuffer::fromByteArray(QByteArray::fromHex(args.at(2).toLatin1())), QStringLiteral("keychain")))
        return 1;
    auto address = st.findAddress(QStringLiteral("writer@x.test"));
    qint64 addressId = 0;
    if (address) {
        addressId = address->id;
    } else {
        providers::Mailbox m;
        m.address = QStringLiteral("writer@x.test");
        m.providerId = QStringLiteral("relay");
        auto id = st.addAddress(m, {}, providers::PrivacyLabel::Private);
        if (!id)
            return 1;
        addressId = *id;
    }
    const int bodyBytes = args.value(3, QStringLiteral("3000")).toInt();
    for (int i = 0;; ++i) {
        providers::MessageSummary summary;
        summary.id = QString::number(i) + u'-' + QString::fromLatin1(crypto::randomBytes(4).toHex());
        summary.subject = QStringLiteral("message %1").arg(i);
        auto id = st.addMessage(addressId, summary, crypto::randomBytes(bodyBytes));
        if (!id) {
            std::printf("error %s\n", qPrintable(id.error().toString()));
            std::fflush(stdout);
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}

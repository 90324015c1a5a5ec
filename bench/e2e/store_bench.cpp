// Store figures at 10,000 messages: insert (one transaction per message, as mail arrives), open
// the list (decrypts every summary), search (decrypts summaries and raw sources), wipe. Side by
// side with the peer: the same schema in plain SQLite, no sealing, LIKE search.
//   store_bench [COUNT] [DIR]
#include "core/crypto/Random.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace mayfly::core;

namespace {

QByteArray makeRaw(int i)
{
    // About 2 KB, like a sign-up mail's text part.
    QByteArray body;
    for (int line = 0; line < 28; ++line)
        body += "Thanks for signing up. Please confirm your address within the next 24 hours. "
            + QByteArray::number(line) + "\r\n";
    return "From: Shop <noreply@shop.test>\r\nTo: user@mayfly.test\r\nSubject: Welcome " + QByteArray::number(i)
        + "\r\nMessage-ID: <" + QByteArray::number(i) + "@shop.test>\r\n\r\n" + body
        + (i == 7777 ? "NEEDLE-4711\r\n" : "");
}

void report(const char* what, const char* who, qint64 ns, int count)
{
    std::printf("%-8s %-22s %9.1f ms  (%.1f us/message)\n", what, who, double(ns) / 1e6, double(ns) / 1e3 / count);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir tmp(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX") : QString());
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a folder for the benchmark: %s\n", qPrintable(tmp.errorString()));
        return 1;
    }
    std::printf("store benchmark: %d messages of ~2 KB, one transaction each (synchronous=FULL), files in %s\n\n",
        count, qPrintable(tmp.path()));

    // Mayfly's store.
    {
        auto opened
            = store::Store::open(store::StoreOptions{QDir(tmp.path()).filePath(QStringLiteral("mayfly.db")), nullptr});
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
            return 1;
        }
        auto& st = **opened;
        if (!st.setMasterKey(crypto::randomKey(32), QStringLiteral("memory")))
            return 1;
        providers::Mailbox mb;
        mb.address = QStringLiteral("user@mayfly.test");
        mb.providerId = QStringLiteral("relay");
        mb.credentials = crypto::randomBytes(64);
        const qint64 addressId = *st.addAddress(mb, {}, providers::PrivacyLabel::Private);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < count; ++i) {
            providers::MessageSummary s;
            s.id = QString::number(i);
            s.from = QStringLiteral("Shop <noreply@shop.test>");
            s.subject = QStringLiteral("Welcome %1").arg(i);
            s.preview = QStringLiteral("Thanks for signing up. Please confirm your address");
            if (!st.addMessage(addressId, s, makeRaw(i))) {
                std::fprintf(stderr, "insert failed\n");
                return 1;
            }
        }
        report("insert", "mayfly (sealed)", t.nsecsElapsed(), count);
        t.restart();
        auto list = st.messages(addressId);
        report("list", "mayfly (sealed)", t.nsecsElapsed(), count);
        t.restart();
        auto hits = st.search(QStringLiteral("needle-4711"));
        report("search", "mayfly (sealed)", t.nsecsElapsed(), count);
        if (!list || list->size() != count || !hits || hits->size() != (count > 7777 ? 1 : 0)) {
            std::fprintf(stderr, "wrong results\n");
            return 1;
        }
        t.restart();
        if (!st.wipe())
            return 1;
        report("wipe", "mayfly (sealed)", t.nsecsElapsed(), count);
    }
    std::printf("\n");
    // The peer: plain SQLite, same pragmas, plaintext columns.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peer"));
        const QString path = QDir(tmp.path()).filePath(QStringLiteral("plain.db"));
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
            q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
            q.exec(QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, sender TEXT, subject TEXT, "
                                  "preview TEXT, received INTEGER, raw BLOB)"));
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < count; ++i) {
                q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                q.prepare(QStringLiteral(
                    "INSERT INTO messages (sender, subject, preview, received, raw) VALUES (?, ?, ?, ?, ?)"));
                q.addBindValue(QStringLiteral("Shop <noreply@shop.test>"));
                q.addBindValue(QStringLiteral("Welcome %1").arg(i));
                q.addBindValue(QStringLiteral("Thanks for signing up. Please confirm your address"));
                q.addBindValue(i);
                q.addBindValue(makeRaw(i));
                q.exec();
                q.exec(QStringLiteral("COMMIT"));
            }
            report("insert", "plain sqlite (peer)", t.nsecsElapsed(), count);
            t.restart();
            q.exec(
                QStringLiteral("SELECT id, sender, subject, preview, received FROM messages ORDER BY received DESC"));
            int rows = 0;
            while (q.next())
                ++rows;
            report("list", "plain sqlite (peer)", t.nsecsElapsed(), count);
            t.restart();
            q.prepare(QStringLiteral("SELECT id FROM messages WHERE subject LIKE ? OR CAST(raw AS TEXT) LIKE ?"));
            q.addBindValue(QStringLiteral("%needle-4711%"));
            q.addBindValue(QStringLiteral("%needle-4711%"));
            q.exec();
            int hits = 0;
            while (q.next())
                ++hits;
            report("search", "plain sqlite (peer)", t.nsecsElapsed(), count);
            t.restart();
            q.exec(QStringLiteral("DELETE FROM messages"));
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            q.finish();
            report("wipe", "plain sqlite (peer)", t.nsecsElapsed(), count);
            if (rows != count || hits != (count > 7777 ? 1 : 0))
                std::fprintf(stderr, "peer: wrong results\n");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peer"));
    return 0;
}

#include "core/extract/CodeExtractor.h"
#include "core/html/LinkAnalyzer.h"
#include "core/mime/RenderedMessage.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QtTest>

using namespace mayfly::core;
using namespace mayfly::core::extract;
using namespace Qt::StringLiterals;

class TestCodeExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: no candidate at 0.5 or more

        // English
        QTest::newRow("en/basic") << u""_s << u"Your verification code is 482913."_s << u"482913"_s;
        QTest::newRow("en/own-line") << u"Sign in"_s << u"Use this code:\n\n  771204  \n\nThanks"_s << u"771204"_s;
        QTest::newRow("en/code-after") << u""_s << u"482913 is your Example security code."_s << u"482913"_s;
        QTest::newRow("en/subject-only") << u"Your code: 5521"_s << u"Welcome aboard."_s << u"5521"_s;
        QTest::newRow("en/grouped-digits") << u""_s << u"Your one-time passcode is 123 456"_s << u"123456"_s;
        QTest::newRow("en/alnum") << u""_s << u"Your login code: A7K9QZ"_s << u"A7K9QZ"_s;
        QTest::newRow("en/alnum-hyphen") << u""_s << u"Verification code: K7Q2-ZP9X"_s << u"K7Q2ZP9X"_s;
        QTest::newRow("en/letters-after-colon") << u""_s << u"Your confirmation code: XKCDQP"_s << u"XKCDQP"_s;
        QTest::newRow("en/google-style") << u""_s << u"G-839201 is your Google verification code."_s << u"839201"_s;
        QTest::newRow("en/nearest-keyword-wins")
            << u""_s << u"Account 88812345 created.\nYour verification code is 902211.\nReference 55123"_s
            << u"902211"_s;
        // Misleading numbers
        QTest::newRow("reject/year") << u""_s << u"Verification code update for 2024"_s << u""_s;
        QTest::newRow("reject/date-slash") << u""_s << u"code sent on 12/05/2024"_s << u""_s;
        QTest::newRow("reject/date-iso") << u""_s << u"code valid until 2024-06-04"_s << u""_s;
        QTest::newRow("reject/date-compact") << u""_s << u"code batch 20240604"_s << u""_s;
        QTest::newRow("reject/time") << u""_s << u"your code expires at 10:45"_s << u""_s;
        QTest::newRow("reject/price-dollar") << u""_s << u"code for $1999 discount"_s << u""_s;
        QTest::newRow("reject/price-decimal") << u""_s << u"code price 1999.99"_s << u""_s;
        QTest::newRow("reject/price-euro-after") << u""_s << u"code Betrag 4990 €"_s << u""_s;
        QTest::newRow("reject/phone-plus") << u""_s << u"code questions: +1 555 123 4567"_s << u""_s;
        QTest::newRow("reject/phone-groups") << u""_s << u"for a code call 0800 123 4567"_s << u""_s;
        QTest::newRow("reject/order-hash") << u""_s << u"code for order #55512345"_s << u""_s;
        QTest::newRow("reject/order-word") << u""_s << u"Your code for invoice 7718899"_s << u""_s;
        QTest::newRow("reject/postcode") << u""_s << u"code postal 75001"_s << u""_s;
        QTest::newRow("reject/zip") << u""_s << u"verification of ZIP 90210"_s << u""_s;
        QTest::newRow("reject/url") << u""_s << u"code at https://x.example/p/48291337"_s << u""_s;
        QTest::newRow("reject/email") << u""_s << u"code sent to user4829@example.com"_s << u""_s;
        QTest::newRow("reject/no-keyword")
            << u"Newsletter"_s << u"We sold 48291 units this week, 12 more than last."_s << u""_s;
        QTest::newRow("reject/plain-word") << u""_s << u"Your code is ready: Please continue"_s << u""_s;
        // German
        QTest::newRow("de/basic") << u"Ihr Bestätigungscode"_s << u"Ihr Bestätigungscode lautet 604218."_s
                                  << u"604218"_s;
        QTest::newRow("de/misleading") << u""_s << u"Bestellnummer: 88812345\nPLZ 10115\nIhr Sicherheitscode: 330917"_s
                                       << u"330917"_s;
        // French
        QTest::newRow("fr/basic") << u""_s << u"Votre code de vérification est : 917350"_s << u"917350"_s;
        QTest::newRow("fr/misleading") << u""_s << u"Commande n° 4471234, total 59,00 €.\nVotre code : 118822"_s
                                       << u"118822"_s;
        // Spanish
        QTest::newRow("es/basic") << u""_s << u"Tu código de verificación es 246810."_s << u"246810"_s;
        QTest::newRow("es/misleading") << u""_s << u"Pedido 99887766. Válido hasta las 14:30. Código: 557733"_s
                                       << u"557733"_s;
        // Portuguese
        QTest::newRow("pt/basic") << u""_s << u"Seu código de verificação é 135792."_s << u"135792"_s;
        QTest::newRow("pt/misleading") << u""_s << u"CEP 01310-100, valor R$ 199,90.\nCódigo: 664411"_s << u"664411"_s;
        // Russian
        QTest::newRow("ru/basic") << u""_s << u"Ваш код подтверждения: 864209"_s << u"864209"_s;
        QTest::newRow("ru/misleading") << u""_s << u"Номер заказа 5553331, сумма 1500 руб.\nКод: 229911"_s
                                       << u"229911"_s;
        // Chinese
        QTest::newRow("zh/basic") << u""_s << u"您的验证码是：739154，请在10分钟内输入。"_s << u"739154"_s;
        QTest::newRow("zh/no-space") << u""_s << u"验证码204817"_s << u"204817"_s;
        QTest::newRow("zh/misleading") << u""_s << u"订单号 20240603123，金额 ¥128.00。验证码 551204"_s << u"551204"_s;
        // Japanese
        QTest::newRow("ja/fullwidth") << u""_s << u"認証コード：４８２７１６"_s << u"482716"_s;
        QTest::newRow("ja/misleading") << u""_s << u"注文番号 7654321、合計 ¥3,980。〒100-0001\n確認コード 903311"_s
                                       << u"903311"_s;
    }

    void codes()
    {
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<CodeCandidate> candidates = CodeExtractor::extractCodes(subject, text);
        QString best;
        if (!candidates.isEmpty() && candidates.constFirst().confidence >= 0.5)
            best = candidates.constFirst().value;
        QString all;
        for (const auto& c : candidates)
            all += c.value + u'=' + QString::number(c.confidence) + u' ';
        QVERIFY2(best == expected, qPrintable(u"got '"_s + best + u"' from: "_s + all));
        for (const auto& c : candidates)
            QVERIFY(c.confidence >= 0.0 && c.confidence <= 1.0);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"verify-en.eml"_s << u"381924"_s;
        QTest::newRow("de") << u"verify-de.eml"_s << u"604218"_s;
        QTest::newRow("fr") << u"verify-fr.eml"_s << u"917350"_s;
        QTest::newRow("es") << u"verify-es.eml"_s << u"246810"_s;
        QTest::newRow("pt") << u"verify-pt.eml"_s << u"135792"_s;
        QTest::newRow("ru") << u"verify-ru.eml"_s << u"864209"_s;
        QTest::newRow("zh") << u"verify-zh.eml"_s << u"739154"_s;
        QTest::newRow("ja") << u"verify-ja.eml"_s << u"482716"_s;
        QTest::newRow("alnum") << u"verify-alnum.eml"_s << u"K7Q2ZP9X"_s;
        QTest::newRow("misleading") << u"verify-misleading.eml"_s << u"5082"_s;
        QTest::newRow("koi8r") << u"koi8r.eml"_s << u"731904"_s;
        QTest::newRow("gb2312") << u"gb2312.eml"_s << u"204817"_s;
        QTest::newRow("shift-jis") << u"shift-jis.eml"_s << u"558213"_s;
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFile f(mayfly::test::dataPath(QString(u"mail/"_s + file)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const mime::RenderedMessage r = mime::render(f.readAll());
        QVERIFY(!r.codes.isEmpty());
        QCOMPARE(r.codes.constFirst().value, expected);
        QVERIFY(r.codes.constFirst().confidence >= 0.5);
    }

    void links_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("found");
        QTest::newRow("en/text") << u"Confirm your email"_s << u"https://app.example/e/abc"_s << true;
        QTest::newRow("en/path") << u"Click here"_s << u"https://app.example/verify?token=abcdef123456"_s << true;
        QTest::newRow("en/magic") << u"Sign in to Example"_s << u"https://app.example/magic/abc"_s << true;
        QTest::newRow("de") << u"E-Mail-Adresse bestätigen"_s << u"https://app.example/x"_s << true;
        QTest::newRow("fr") << u"Confirmer mon adresse"_s << u"https://app.example/x"_s << true;
        QTest::newRow("es") << u"Confirmar correo"_s << u"https://app.example/x"_s << true;
        QTest::newRow("pt") << u"Ativar conta"_s << u"https://app.example/x"_s << true;
        QTest::newRow("ru") << u"Подтвердить адрес"_s << u"https://app.example/x"_s << true;
        QTest::newRow("zh") << u"验证邮箱"_s << u"https://app.example/x"_s << true;
        QTest::newRow("ja") << u"メールアドレスを確認"_s << u"https://app.example/x"_s << true;
        QTest::newRow("unsubscribe") << u"Unsubscribe"_s << u"https://app.example/confirm-unsubscribe"_s << false;
        QTest::newRow("privacy") << u"Privacy policy"_s << u"https://app.example/privacy"_s << false;
        QTest::newRow("plain") << u"Our blog"_s << u"https://app.example/blog"_s << false;
        QTest::newRow("mailto") << u"Confirm by mail"_s << u"mailto:confirm@app.example"_s << false;
    }

    void links()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(bool, found);
        const html::LinkInfo link = html::LinkAnalyzer::analyse(text, target);
        const QList<CodeCandidate> candidates = CodeExtractor::findLinks({link});
        QCOMPARE(!candidates.isEmpty() && candidates.constFirst().confidence >= 0.5, found);
        if (found) {
            QCOMPARE(candidates.constFirst().kind, CandidateKind::Link);
            QCOMPARE(candidates.constFirst().value, link.cleanedTarget);
        }
    }

    void linkCleanedOfTracking()
    {
        const html::LinkInfo link
            = html::LinkAnalyzer::analyse(u"Verify"_s, u"https://app.example/verify?t=abc&utm_source=mail"_s);
        const QList<CodeCandidate> candidates = CodeExtractor::findLinks({link});
        QCOMPARE(candidates.constFirst().value, u"https://app.example/verify?t=abc"_s);
    }

    void newestMessageWins()
    {
        const QDateTime t0 = QDateTime(QDate(2024, 6, 1), QTime(10, 0), Qt::UTC);
        QList<MessageCandidates> messages = {
            {t0, {{u"111111"_s, 0.9, CandidateKind::Code}}},
            {t0.addSecs(120), {{u"222222"_s, 0.8, CandidateKind::Code}}},
            {t0.addSecs(60), {{u"333333"_s, 0.95, CandidateKind::Code}}},
            {t0.addSecs(300), {{u"https://x.example/verify"_s, 0.9, CandidateKind::Link}}},
        };
        const auto code = CodeExtractor::newest(messages, CandidateKind::Code);
        QVERIFY(code.has_value());
        QCOMPARE(code->value, u"222222"_s);
        const auto link = CodeExtractor::newest(messages, CandidateKind::Link);
        QCOMPARE(link->value, u"https://x.example/verify"_s);
        messages.append({t0.addSecs(600), {{u"444444"_s, 0.2, CandidateKind::Code}}});
        QCOMPARE(CodeExtractor::newest(messages, CandidateKind::Code)->value, u"222222"_s);
    }

    void hugeTextIsBounded()
    {
        QString text = u"Your code is 123456\n"_s;
        text += QString(3 * 1024 * 1024, u'9');
        const auto candidates = CodeExtractor::extractCodes({}, text);
        QCOMPARE(candidates.constFirst().value, u"123456"_s);
    }
};

QTEST_GUILESS_MAIN(TestCodeExtractor)
#include "tst_codeextractor.moc"

#include "core/extract/CodeExtractor.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace mayfly::core::extract {

namespace {

constexpr qsizetype kMaxScanChars = 200 * 1024; // codes sit near the top; long mails are cut here
constexpr int kMaxCandidates = 20;
constexpr double kMinConfidence = 0.3;

// Lower-case keywords that announce a code. Latin and Cyrillic ones must stand as words.
const QStringList& codeKeywords()
{
    static const QStringList words = {
        // English
        QStringLiteral("verification code"),
        QStringLiteral("security code"),
        QStringLiteral("confirmation code"),
        QStringLiteral("login code"),
        QStringLiteral("sign-in code"),
        QStringLiteral("one-time"),
        QStringLiteral("one time"),
        QStringLiteral("passcode"),
        QStringLiteral("otp"),
        QStringLiteral("code"),
        QStringLiteral("pin"),
        QStringLiteral("verify"),
        QStringLiteral("verification"),
        QStringLiteral("token"),
        // German
        QStringLiteral("bestätigungscode"),
        QStringLiteral("verifizierungscode"),
        QStringLiteral("sicherheitscode"),
        QStringLiteral("einmalcode"),
        QStringLiteral("anmeldecode"),
        QStringLiteral("einmalpasswort"),
        QStringLiteral("bestätigen"),
        // French
        QStringLiteral("code de vérification"),
        QStringLiteral("code de confirmation"),
        QStringLiteral("vérification"),
        // Spanish, Portuguese
        QStringLiteral("código"),
        QStringLiteral("verificación"),
        QStringLiteral("verificação"),
        QStringLiteral("clave"),
        // Russian
        QStringLiteral("код"),
        QStringLiteral("кода"),
        QStringLiteral("подтверждения"),
        QStringLiteral("проверочный"),
        QStringLiteral("пароль"),
        // Chinese
        QStringLiteral("验证码"),
        QStringLiteral("校验码"),
        QStringLiteral("动态码"),
        QStringLiteral("确认码"),
        QStringLiteral("驗證碼"),
        QStringLiteral("验证"),
        QStringLiteral("代码"),
        // Japanese
        QStringLiteral("認証コード"),
        QStringLiteral("確認コード"),
        QStringLiteral("認証番号"),
        QStringLiteral("確認番号"),
        QStringLiteral("ワンタイムパスワード"),
        QStringLiteral("コード"),
        QStringLiteral("パスコード"),
        QStringLiteral("暗証番号"),
    };
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han && c.script() != QChar::Script_Hiragana
        && c.script() != QChar::Script_Katakana;
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

QList<Span> findKeywords(const QString& lower)
{
    QList<Span> spans;
    for (const QString& keyword : codeKeywords()) {
        const bool needsBoundary = isWordChar(keyword.front());
        qsizetype pos = 0;
        while ((pos = lower.indexOf(keyword, pos)) >= 0) {
            const qsizetype end = pos + keyword.size();
            const bool startOk = !needsBoundary || pos == 0 || !isWordChar(lower[pos - 1]);
            const bool endOk = !needsBoundary || end >= lower.size() || !isWordChar(lower[end]);
            if (startOk && endOk)
                spans.append({pos, end});
            pos = end;
            if (spans.size() > 500)
                return spans;
        }
    }
    return spans;
}

bool nearWord(const QString& lower, qsizetype pos, qsizetype window, const QStringList& words)
{
    // Only the same line: "Order 123" on one line says nothing about a code on the next.
    const qsizetype lineStart = pos > 0 ? lower.lastIndexOf(u'\n', pos - 1) + 1 : 0;
    const qsizetype start = std::max<qsizetype>(lineStart, pos - window);
    const QString before = lower.mid(start, pos - start);
    for (const QString& w : words) {
        if (before.contains(w))
            return true;
    }
    return false;
}

const QStringList& orderWords()
{
    static const QStringList words = {
        QStringLiteral("order"),
        QStringLiteral("invoice"),
        QStringLiteral("bestellung"),
        QStringLiteral("rechnung"),
        QStringLiteral("auftrag"),
        QStringLiteral("commande"),
        QStringLiteral("facture"),
        QStringLiteral("pedido"),
        QStringLiteral("factura"),
        QStringLiteral("encomenda"),
        QStringLiteral("fatura"),
        QStringLiteral("заказ"),
        QStringLiteral("счёт"),
        QStringLiteral("счет"),
        QStringLiteral("订单"),
        QStringLiteral("注文"),
        QStringLiteral("tracking"),
        QStringLiteral("ticket"),
        QStringLiteral("reference"),
        QStringLiteral("ref."),
        QStringLiteral("customer id"),
        QStringLiteral("customer number"),
        QStringLiteral("kundennummer"),
        QStringLiteral("account number"),
        QStringLiteral("sendungsnummer"),
        QStringLiteral("номер заказа"),
        QStringLiteral("n° de"),
        QStringLiteral("nº"),
    };
    return words;
}

const QStringList& phoneWords()
{
    static const QStringList words = {
        QStringLiteral("phone"),
        QStringLiteral("tel"),
        QStringLiteral("call"),
        QStringLiteral("telefon"),
        QStringLiteral("téléphone"),
        QStringLiteral("teléfono"),
        QStringLiteral("telefone"),
        QStringLiteral("телефон"),
        QStringLiteral("电话"),
        QStringLiteral("電話"),
        QStringLiteral("fax"),
        QStringLiteral("hotline"),
        QStringLiteral("whatsapp"),
    };
    return words;
}

const QStringList& postcodeWords()
{
    static const QStringList words = {
        QStringLiteral("postcode"),
        QStringLiteral("postal"),
        QStringLiteral("zip"),
        QStringLiteral("plz"),
        QStringLiteral("postleitzahl"),
        QStringLiteral("cep"),
        QStringLiteral("почтов"),
        QStringLiteral("индекс"),
        QStringLiteral("邮编"),
        QStringLiteral("郵便"),
        QStringLiteral("〒"),
    };
    return words;
}

bool isCurrency(QChar c)
{
    return QStringView(u"$€£¥₽₹₩¢").contains(c);
}

// The whitespace-delimited word around [start, end) is a URL or an address.
bool insideUrlOrAddress(const QString& text, qsizetype start, qsizetype end)
{
    qsizetype a = start;
    while (a > 0 && !text[a - 1].isSpace() && start - a < 400)
        --a;
    qsizetype b = end;
    while (b < text.size() && !text[b].isSpace() && b - end < 400)
        ++b;
    const QStringView word = QStringView(text).mid(a, b - a);
    return word.contains(u"://") || word.contains(u"www.") || word.contains(u'@') || word.contains(u'/')
        || word.contains(u'=');
}

bool rejectByContext(const QString& text, const QString& lower, qsizetype start, qsizetype end, const QString& value)
{
    static const QRegularExpression year(QStringLiteral(R"(^(19|20)[0-9]{2}$)"));
    static const QRegularExpression ymd(QStringLiteral(R"(^(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$)"));
    if (year.match(value).hasMatch() || ymd.match(value).hasMatch())
        return true;
    const QChar prev = start > 0 ? text[start - 1] : QChar();
    const QChar prev2 = start > 1 ? text[start - 2] : QChar();
    const QChar next = end < text.size() ? text[end] : QChar();
    const QChar next2 = end + 1 < text.size() ? text[end + 1] : QChar();
    // Dates, times, decimals: a separator joined to another number.
    if ((QStringView(u"/.:,").contains(prev) && prev2.isDigit())
        || (QStringView(u"/.:,").contains(next) && next2.isDigit()))
        return true;
    if ((prev == u'-' && prev2.isDigit()) || (next == u'-' && next2.isDigit()))
        return true;
    // Prices: currency sign or code next to the number.
    if (isCurrency(prev) || (prev == u' ' && isCurrency(prev2)) || isCurrency(next)
        || (next == u' ' && isCurrency(next2)))
        return true;
    static const QRegularExpression currencyAfter(
        QStringLiteral(R"(^\s?(usd|eur|gbp|chf|rub|руб|jpy|cny|brl|円|元|euro|dollar|r\$))"),
        QRegularExpression::CaseInsensitiveOption);
    if (currencyAfter.match(QStringView(lower).mid(end, 8)).hasMatch())
        return true;
    if (prev == u'$' || (prev2 == u'R' && prev == u'$'))
        return true;
    // Phone numbers: a leading +, a bracketed area code, or many digit groups in a row.
    if (prev == u'+' || prev == u'(' || next == u')' || (prev == u' ' && prev2 == u')'))
        return true;
    qsizetype a = start;
    int digits = 0;
    while (a > 0 && (text[a - 1].isDigit() || QStringView(u" -.()+").contains(text[a - 1])) && start - a < 20) {
        if (text[a - 1].isDigit())
            ++digits;
        --a;
    }
    qsizetype b = end;
    while (b < text.size() && (text[b].isDigit() || QStringView(u" -.()").contains(text[b])) && b - end < 20) {
        if (text[b].isDigit())
            ++digits;
        ++b;
    }
    if (value.size() + digits >= 9 && digits >= 3
        && std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }))
        return true;
    if (prev == u'#' || (prev == u' ' && prev2 == u'#') || prev == u'№' || (prev == u' ' && prev2 == u'№'))
        return true;
    if (nearWord(lower, start, 25, orderWords()) || nearWord(lower, start, 20, phoneWords())
        || nearWord(lower, start, 20, postcodeWords()))
        return true;
    return insideUrlOrAddress(text, start, end);
}

struct Scored
{
    QString value;
    double confidence;
    qsizetype position;
};

void scan(const QString& raw, bool isSubject, QList<Scored>& out)
{
    // Full-width CJK punctuation would fold to ASCII ',' and '.', which look like decimal marks.
    QString folded = raw.left(kMaxScanChars);
    folded.replace(QChar(0xFF0C), QChar(0x3001))
        .replace(QChar(0xFF0E), QChar(0x3002))
        .replace(QChar(0xFF1A), QChar(0x3000));
    const QString text = folded.normalized(QString::NormalizationForm_KC);
    const QString lower = text.toLower();
    if (lower.size() != text.size())
        return; // case mapping changed the length; positions would not line up
    const QList<Span> keywords = findKeywords(lower);
    // Digits in groups ("123 456", "123-456") are one code; otherwise single alphanumeric tokens.
    static const QRegularExpression tokenRe(QStringLiteral(
        R"((?<![A-Za-z0-9])([0-9]{3,4}[ \-][0-9]{3,4}|[A-Z0-9]{4}-[A-Z0-9]{4}|[A-Za-z0-9]{4,12})(?![A-Za-z0-9]))"));
    for (auto it = tokenRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart(1);
        const qsizetype end = m.capturedEnd(1);
        QString value = m.captured(1);
        value.remove(u' ').remove(u'-');
        if (value.size() < 4 || value.size() > 12)
            continue;
        const bool hasDigit = std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
        const bool allUpper
            = std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit() || c.isUpper(); });
        // Nearest keyword, before (preferred) or after the token.
        double proximity = 0.0;
        qsizetype adjacent = 1 << 20;
        for (const Span& k : keywords) {
            if (k.end <= start) {
                const qsizetype d = start - k.end;
                adjacent = std::min(adjacent, d);
                proximity = std::max(proximity, 1.0 - double(d) / 80.0);
            } else if (k.start >= end) {
                const qsizetype d = k.start - end;
                proximity = std::max(proximity, 0.85 * (1.0 - double(d) / 60.0));
            }
        }
        if (!hasDigit && !(allUpper && adjacent <= 3 && value.size() >= 5))
            continue; // words are not codes unless they directly follow "code:"
        if (rejectByContext(text, lower, start, end, value))
            continue;
        double confidence = 0.15 + 0.6 * std::max(0.0, proximity);
        const bool digitsOnly = std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
        if (digitsOnly && value.size() >= 4 && value.size() <= 8)
            confidence += 0.1;
        if (!digitsOnly && hasDigit && (value.front().isLower() && value.back().isLower()) && value.size() < 6)
            confidence -= 0.1; // "mp3s", "h264": words with digits
        // A code on a line of its own is how most services print it.
        const qsizetype lineStart = text.lastIndexOf(u'\n', start) + 1;
        qsizetype lineEnd = text.indexOf(u'\n', end);
        if (lineEnd < 0)
            lineEnd = text.size();
        if (QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed().size() == end - start)
            confidence += 0.1;
        if (isSubject && proximity > 0)
            confidence += 0.05;
        confidence = std::clamp(confidence, 0.0, 1.0);
        if (confidence >= kMinConfidence)
            out.append({value, confidence, isSubject ? -1 : start});
        if (out.size() > 200)
            return;
    }
}

const QStringList& linkKeywords()
{
    static const QStringList words = {
        QStringLiteral("verify"),
        QStringLiteral("verification"),
        QStringLiteral("confirm"),
        QStringLiteral("activate"),
        QStringLiteral("activation"),
        QStringLiteral("magic"),
        QStringLiteral("sign in"),
        QStringLiteral("sign-in"),
        QStringLiteral("signin"),
        QStringLiteral("log in"),
        QStringLiteral("login"),
        QStringLiteral("validate"),
        QStringLiteral("bestätig"),
        QStringLiteral("verifizier"),
        QStringLiteral("aktivier"),
        QStringLiteral("confirmer"),
        QStringLiteral("vérifier"),
        QStringLiteral("activer"),
        QStringLiteral("confirmar"),
        QStringLiteral("verificar"),
        QStringLiteral("activar"),
        QStringLiteral("ativar"),
        QStringLiteral("подтверд"),
        QStringLiteral("активир"),
        QStringLiteral("验证"),
        QStringLiteral("确认"),
        QStringLiteral("激活"),
        QStringLiteral("認証"),
        QStringLiteral("確認"),
        QStringLiteral("有効化"),
        QStringLiteral("ログイン"),
    };
    return words;
}

const QStringList& linkExclusions()
{
    static const QStringList words = {
        QStringLiteral("unsubscribe"),
        QStringLiteral("abmelden"),
        QStringLiteral("désabonner"),
        QStringLiteral("desinscri"),
        QStringLiteral("darse de baja"),
        QStringLiteral("descadastr"),
        QStringLiteral("отписаться"),
        QStringLiteral("退订"),
        QStringLiteral("配信停止"),
        QStringLiteral("privacy"),
        QStringLiteral("terms"),
        QStringLiteral("preferences"),
        QStringLiteral("view in browser"),
        QStringLiteral("datenschutz"),
        QStringLiteral("impressum"),
        QStringLiteral("opt-out"),
        QStringLiteral("optout"),
    };
    return words;
}

} // namespace

QList<CodeCandidate> CodeExtractor::extractCodes(const QString& subject, const QString& text)
{
    QList<Scored> scored;
    scan(subject, true, scored);
    scan(text, false, scored);
    std::stable_sort(
        scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.confidence > b.confidence; });
    QList<CodeCandidate> result;
    for (const Scored& s : std::as_const(scored)) {
        const bool seen
            = std::any_of(result.begin(), result.end(), [&](const CodeCandidate& c) { return c.value == s.value; });
        if (!seen)
            result.append({s.value, s.confidence, CandidateKind::Code});
        if (result.size() >= kMaxCandidates)
            break;
    }
    return result;
}

QList<CodeCandidate> CodeExtractor::findLinks(const QList<html::LinkInfo>& links)
{
    QList<CodeCandidate> result;
    for (const html::LinkInfo& link : links) {
        const QString target = link.cleanedTarget.isEmpty() ? link.target : link.cleanedTarget;
        const QUrl url(target);
        if (url.scheme() != u"https" && url.scheme() != u"http")
            continue;
        const QString text = link.text.toLower();
        const QString path = QUrl::fromPercentEncoding((url.path() + u'?' + url.query()).toUtf8()).toLower();
        auto containsAny = [](const QString& s, const QStringList& words) {
            return std::any_of(words.begin(), words.end(), [&](const QString& w) { return s.contains(w); });
        };
        if (containsAny(text, linkExclusions()) || containsAny(path, linkExclusions()))
            continue;
        const bool inText = containsAny(text, linkKeywords());
        const bool inPath = containsAny(path, linkKeywords());
        if (!inText && !inPath)
            continue;
        double confidence = inText && inPath ? 0.85 : inText ? 0.65 : 0.55;
        static const QRegularExpression token(QStringLiteral(R"((token|code|key|otp|hash|sig)=[^&]{8,})"));
        if (token.match(url.query()).hasMatch())
            confidence += 0.1;
        if (!link.warningKinds.isEmpty() && link.warningKinds.contains(html::LinkWarning::HostMismatch))
            confidence -= 0.3;
        confidence = std::clamp(confidence, 0.0, 1.0);
        if (std::none_of(result.begin(), result.end(), [&](const CodeCandidate& c) { return c.value == target; }))
            result.append({target, confidence, CandidateKind::Link});
    }
    std::stable_sort(result.begin(), result.end(),
        [](const CodeCandidate& a, const CodeCandidate& b) { return a.confidence > b.confidence; });
    return result;
}

std::optional<CodeCandidate> CodeExtractor::newest(
    QList<MessageCandidates> messages, CandidateKind kind, double minimumConfidence)
{
    std::stable_sort(messages.begin(), messages.end(),
        [](const MessageCandidates& a, const MessageCandidates& b) { return a.date > b.date; });
    for (const MessageCandidates& m : std::as_const(messages)) {
        for (const CodeCandidate& c : m.candidates) {
            if (c.kind == kind && c.confidence >= minimumConfidence)
                return c; // candidates are best first
        }
    }
    return std::nullopt;
}

} // namespace mayfly::core::extract

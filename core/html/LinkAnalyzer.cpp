#include "core/html/LinkAnalyzer.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace mayfly::core::html {

namespace {

constexpr int kMaxUnwrapRounds = 5; // wrappers inside wrappers; more is not a real link

QString queryValue(const QUrl& url, const QStringList& names)
{
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const QString& name : names) {
        for (const auto& item : items) {
            if (item.first.compare(name, Qt::CaseInsensitive) == 0)
                return item.second;
        }
    }
    return {};
}

bool isHttpUrl(const QString& s)
{
    return s.startsWith(u"http://", Qt::CaseInsensitive) || s.startsWith(u"https://", Qt::CaseInsensitive);
}

// Proofpoint URL Defense v2 encodes the destination with '-' for '%' and '_' for '/'.
QString decodeProofpointV2(QString value)
{
    value.replace(u'_', u'/').replace(u'-', u'%');
    return QUrl::fromPercentEncoding(value.toUtf8());
}

// One round of unwrapping, or an empty string when url is not a known wrapper.
QString unwrapOnce(const QUrl& url)
{
    const QString host = url.host().toLower();
    const QString path = url.path();
    auto hostIs = [&](QStringView domain) { return host == domain || host.endsWith(u'.' + domain.toString()); };

    QString candidate;
    static const QRegularExpression google(QStringLiteral(R"(^(www\.)?google\.[a-z.]{2,6}$)"));
    if (google.match(host).hasMatch() && path == u"/url")
        candidate = queryValue(url, {QStringLiteral("q"), QStringLiteral("url")});
    else if ((host == u"l.facebook.com" || host == u"lm.facebook.com" || host == u"l.messenger.com")
        && path == u"/l.php")
        candidate = queryValue(url, {QStringLiteral("u")});
    else if (host == u"l.instagram.com")
        candidate = queryValue(url, {QStringLiteral("u")});
    else if (hostIs(u"safelinks.protection.outlook.com"))
        candidate = queryValue(url, {QStringLiteral("url")});
    else if (host == u"urldefense.proofpoint.com" && path.startsWith(u"/v2/url"))
        candidate = decodeProofpointV2(QUrlQuery(url).queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded));
    else if (host == u"urldefense.com" && path.startsWith(u"/v3/__")) {
        const QString whole = QUrl::fromPercentEncoding(url.toString(QUrl::FullyEncoded).toUtf8());
        const qsizetype start = whole.indexOf(QStringLiteral("/v3/__"));
        const qsizetype end = whole.indexOf(QStringLiteral("__;"), start + 6);
        if (start >= 0 && end > start)
            candidate = whole.mid(start + 6, end - start - 6);
    } else if (host == u"out.reddit.com" || host == u"slack-redir.net" || host == u"steamcommunity.com"
        || host == u"www.linkedin.com" || host == u"go.redirectingat.com")
        candidate = queryValue(url, {QStringLiteral("url"), QStringLiteral("u")});
    else if ((host == u"www.youtube.com" || host == u"youtube.com") && path == u"/redirect")
        candidate = queryValue(url, {QStringLiteral("q")});
    else if (host == u"t.umblr.com")
        candidate = queryValue(url, {QStringLiteral("z")});
    else if (host == u"away.vk.com" || (host == u"vk.com" && path == u"/away.php"))
        candidate = queryValue(url, {QStringLiteral("to")});
    else if (host == u"click.linksynergy.com")
        candidate = queryValue(url, {QStringLiteral("murl")});
    else if (hostIs(u"deref-gmx.net") || hostIs(u"deref-web.de"))
        candidate = queryValue(url, {QStringLiteral("redirectUrl")});
    else if (!TrackerDomains::companyFor(host).isEmpty())
        // ESP click trackers that carry the destination in the clear.
        candidate = queryValue(url,
            {QStringLiteral("url"), QStringLiteral("u"), QStringLiteral("redirect"), QStringLiteral("redirect_url"),
                QStringLiteral("target"), QStringLiteral("dest"), QStringLiteral("destination"), QStringLiteral("to"),
                QStringLiteral("link"), QStringLiteral("goto"), QStringLiteral("r")});
    candidate = candidate.trimmed();
    return isHttpUrl(candidate) ? candidate : QString();
}

bool isIpLiteral(const QString& host)
{
    if (host.isEmpty() || !(host.front().isDigit() || host.contains(u':')))
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return true;
    // Dotted forms browsers accept as IPv4: decimal, octal, hex (http://0x7f.1/, http://2130706433/).
    static const QRegularExpression numeric(QStringLiteral(R"(^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$)"),
        QRegularExpression::CaseInsensitiveOption);
    return numeric.match(host).hasMatch();
}

bool isMixedScript(const QString& unicodeHost)
{
    const QStringList labels = unicodeHost.split(u'.');
    for (const QString& label : labels) {
        QChar::Script seen = QChar::Script_Unknown;
        const auto ucs4 = label.toUcs4();
        for (char32_t c : ucs4) {
            const QChar::Script script = QChar::script(c);
            if (script == QChar::Script_Common || script == QChar::Script_Inherited)
                continue;
            if (seen == QChar::Script_Unknown)
                seen = script;
            else if (seen != script)
                return true;
        }
    }
    return false;
}

QString stripWww(QString host)
{
    host = host.toLower();
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

bool sameSite(const QString& a, const QString& b)
{
    const QString x = stripWww(a);
    const QString y = stripWww(b);
    return x == y || x.endsWith(u'.' + y) || y.endsWith(u'.' + x);
}

// A host the visible text names, e.g. "www.paypal.com" in "Log in at www.paypal.com".
QString hostNamedIn(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:https?://)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{2,30}))(?![\p{L}\p{N}-]))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(text);
    if (!match.hasMatch())
        return {};
    // "e.g." and file names are not hosts: require a scheme, a www. prefix, or a common TLD-looking
    // tail after a letter label.
    const QString host = match.captured(1);
    if (host.contains(u'@'))
        return {};
    return host;
}

} // namespace

QString linkWarningName(LinkWarning warning)
{
    switch (warning) {
    case LinkWarning::HostMismatch:
        return QStringLiteral("host-mismatch");
    case LinkWarning::IdnHost:
        return QStringLiteral("idn-host");
    case LinkWarning::MixedScript:
        return QStringLiteral("mixed-script");
    case LinkWarning::IpLiteral:
        return QStringLiteral("ip-literal");
    case LinkWarning::NotHttps:
        return QStringLiteral("not-https");
    case LinkWarning::UserInfo:
        return QStringLiteral("userinfo");
    case LinkWarning::ClickTracker:
        return QStringLiteral("click-tracker");
    case LinkWarning::Unwrapped:
        return QStringLiteral("unwrapped");
    }
    return {};
}

bool LinkAnalyzer::isTrackingParameter(const QString& nameIn)
{
    const QString name = nameIn.toLower();
    if (name.startsWith(u"utm_") || name.startsWith(u"__hs") || name.startsWith(u"_hs") || name.startsWith(u"mc_")
        || name.startsWith(u"oly_") || name.startsWith(u"vero_") || name.startsWith(u"sc_") || name.startsWith(u"ss_")
        || name.startsWith(u"ml_subscriber"))
        return true;
    static const QSet<QString> exact = {
        QStringLiteral("fbclid"),
        QStringLiteral("gclid"),
        QStringLiteral("gclsrc"),
        QStringLiteral("dclid"),
        QStringLiteral("gbraid"),
        QStringLiteral("wbraid"),
        QStringLiteral("msclkid"),
        QStringLiteral("yclid"),
        QStringLiteral("twclid"),
        QStringLiteral("ttclid"),
        QStringLiteral("li_fat_id"),
        QStringLiteral("mkt_tok"),
        QStringLiteral("igshid"),
        QStringLiteral("_ga"),
        QStringLiteral("_gl"),
        QStringLiteral("_kx"),
        QStringLiteral("rb_clickid"),
        QStringLiteral("s_cid"),
        QStringLiteral("trk"),
        QStringLiteral("trkcampaign"),
        QStringLiteral("ck_subscriber_id"),
        QStringLiteral("wickedid"),
        QStringLiteral("ref_src"),
        QStringLiteral("hsctatracking"),
        QStringLiteral("mbid"),
        QStringLiteral("cmpid"),
        QStringLiteral("spm"),
        QStringLiteral("_bta_tid"),
        QStringLiteral("_bta_c"),
        QStringLiteral("ebisu"),
    };
    return exact.contains(name);
}

QString LinkAnalyzer::cleanUrl(const QString& input, bool* unwrapped)
{
    if (unwrapped)
        *unwrapped = false;
    QUrl url(input, QUrl::TolerantMode);
    if (!url.isValid())
        return input;
    for (int round = 0; round < kMaxUnwrapRounds; ++round) {
        const QString inner = unwrapOnce(url);
        if (inner.isEmpty())
            break;
        const QUrl next(inner, QUrl::TolerantMode);
        if (!next.isValid() || next.host().isEmpty())
            break;
        url = next;
        if (unwrapped)
            *unwrapped = true;
    }
    if (url.hasQuery()) {
        QUrlQuery query(url);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QList<QPair<QString, QString>> kept;
        for (const auto& item : items) {
            if (!isTrackingParameter(QUrl::fromPercentEncoding(item.first.toUtf8())))
                kept.append(item);
        }
        if (kept.size() != items.size()) {
            QUrlQuery cleaned;
            cleaned.setQueryItems(kept);
            url.setQuery(kept.isEmpty() ? QString() : cleaned.query(QUrl::FullyEncoded), QUrl::StrictMode);
            if (kept.isEmpty())
                url.setQuery(QString());
        }
    }
    return url.toString(QUrl::FullyEncoded);
}

LinkInfo LinkAnalyzer::analyse(const QString& text, const QString& target)
{
    LinkInfo info;
    info.text = text;
    info.target = target;
    bool unwrapped = false;
    info.cleanedTarget = cleanUrl(target, &unwrapped);
    const QUrl url(target, QUrl::TolerantMode);
    const QUrl destination(info.cleanedTarget, QUrl::TolerantMode);
    auto warn = [&](LinkWarning kind, const QString& sentence) {
        if (!info.warningKinds.contains(kind)) {
            info.warningKinds.append(kind);
            info.warnings.append(sentence);
        }
    };
    if (url.scheme().compare(u"mailto", Qt::CaseInsensitive) == 0)
        return info;

    info.company = TrackerDomains::companyFor(url.host());
    if (!info.company.isEmpty())
        warn(LinkWarning::ClickTracker, tr("goes through %1's click tracking").arg(info.company));
    if (unwrapped)
        warn(LinkWarning::Unwrapped, tr("redirect wrapper removed; destination %1").arg(destination.host()));

    const QList<QUrl> urls = destination == url ? QList<QUrl>{url} : QList<QUrl>{url, destination};
    for (const QUrl& u : urls) {
        const QString host = u.host(QUrl::FullyDecoded);
        const QString ace = QString::fromLatin1(QUrl::toAce(host));
        if (isIpLiteral(host))
            warn(LinkWarning::IpLiteral, tr("the host is an IP address (%1)").arg(host));
        if (ace.contains(QStringLiteral("xn--")))
            warn(LinkWarning::IdnHost, tr("internationalised host; its real name is %1").arg(ace));
        const QString unicode = ace.contains(QStringLiteral("xn--")) ? QUrl::fromAce(ace.toLatin1()) : ace;
        if (isMixedScript(unicode) || isMixedScript(host))
            warn(LinkWarning::MixedScript, tr("the host mixes scripts (%1)").arg(ace));
        if (u.scheme().compare(u"http", Qt::CaseInsensitive) == 0)
            warn(LinkWarning::NotHttps, tr("not encrypted (http)"));
        if (!u.userInfo().isEmpty())
            warn(LinkWarning::UserInfo, tr("the part before @ is not the host; the real host is %1").arg(u.host()));
    }

    const QString named = text.contains(u'.') ? hostNamedIn(text) : QString();
    if (!named.isEmpty()) {
        const QString namedAce = QString::fromLatin1(QUrl::toAce(named.toLower()));
        const QString realHost = QString::fromLatin1(QUrl::toAce(destination.host()));
        const bool opaqueTracker = !info.company.isEmpty() && !unwrapped;
        if (!opaqueTracker && !realHost.isEmpty() && !namedAce.isEmpty() && !sameSite(namedAce, realHost))
            warn(LinkWarning::HostMismatch, tr("the text names %1 but the link goes to %2").arg(named, realHost));
    }
    return info;
}

} // namespace mayfly::core::html

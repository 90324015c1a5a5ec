#include "core/settings/ProfileSettings.h"

#include "core/store/Store.h"

namespace mayfly::core::settings {

namespace {
const QString SourceKey = QStringLiteral("source/id");
const QString UrlKey = QStringLiteral("source/url");
const QString CreationKeyKey = QStringLiteral("source/creationKey"); // sealed
const QString ProxyTypeKey = QStringLiteral("proxy/type");
const QString ProxyHostKey = QStringLiteral("proxy/host");
const QString ProxyPortKey = QStringLiteral("proxy/port");

bool isValidRetention(qint64 seconds)
{
    using store::Retention;
    return seconds == Retention::UntilAddressExpires
        || (seconds >= Retention::MinSeconds && seconds <= Retention::MaxSeconds);
}
} // namespace

net::ProxySettings loadProxy(const store::Store& store)
{
    using Type = net::ProxySettings::Type;
    net::ProxySettings proxy;
    const int type = store.setting(ProxyTypeKey, QStringLiteral("0")).valueOr(QStringLiteral("0")).toInt();
    proxy.type = type >= int(Type::None) && type <= int(Type::Http) ? Type(type) : Type::None;
    proxy.host = store.setting(ProxyHostKey).valueOr(QString());
    proxy.port = quint16(store.setting(ProxyPortKey).valueOr(QString()).toUInt());
    return proxy;
}

std::optional<SourceChoice> loadSourceChoice(const store::Store& store)
{
    const auto source = store.setting(SourceKey);
    if (!source || source->isEmpty())
        return std::nullopt;
    SourceChoice choice;
    choice.source = *source;
    choice.baseUrl = QUrl(store.setting(UrlKey).valueOr(QString()));
    // A locked store or a box that does not open leaves the key empty: the relay then refuses to
    // create addresses and says why, which is better than not starting.
    choice.creationKey = store.secretSetting(CreationKeyKey).valueOr(QString());
    choice.proxy = loadProxy(store);
    return choice;
}

Result<void> saveSourceChoice(store::Store& store, const SourceChoice& choice)
{
    const QList<QPair<QString, QString>> values = {
        {SourceKey, choice.source},
        {UrlKey, choice.baseUrl.toString()},
        {ProxyTypeKey, QString::number(int(choice.proxy.type))},
        {ProxyHostKey, choice.proxy.host},
        {ProxyPortKey, QString::number(choice.proxy.port)},
    };
    for (const auto& [key, value] : values) {
        if (auto saved = store.setSetting(key, value); !saved)
            return saved;
    }
    return store.setSecretSetting(CreationKeyKey, choice.source == u"relay" ? choice.creationKey : QString());
}

QString providerIdForSource(const QString& source)
{
    return source == QLatin1String(LocalSource) ? QStringLiteral("relay") : source;
}

Result<net::ProxySettings> parseProxy(const QString& text)
{
    using Type = net::ProxySettings::Type;
    const QString t = text.trimmed();
    net::ProxySettings proxy;
    if (t.isEmpty() || t.compare(u"none", Qt::CaseInsensitive) == 0)
        return proxy;
    if (t.compare(u"system", Qt::CaseInsensitive) == 0) {
        proxy.type = Type::System;
        return proxy;
    }
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"socks5" || scheme == u"socks5h" || scheme == u"socks")
        proxy.type = Type::Socks5;
    else if (scheme == u"http")
        proxy.type = Type::Http;
    if (proxy.type == Type::None || url.host().isEmpty() || url.port() <= 0 || !url.userInfo().isEmpty()
        || (!url.path().isEmpty() && url.path() != u"/"))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("a proxy is none, system, socks5://HOST:PORT or http://HOST:PORT (e.g. "
                           "socks5://127.0.0.1:9050 for Tor)"));
    proxy.host = url.host();
    proxy.port = quint16(url.port());
    return proxy;
}

QString proxyToString(const net::ProxySettings& proxy)
{
    using Type = net::ProxySettings::Type;
    switch (proxy.type) {
    case Type::None:
        return QStringLiteral("none");
    case Type::System:
        return QStringLiteral("system");
    case Type::Socks5:
        return QStringLiteral("socks5://%1:%2").arg(proxy.host).arg(proxy.port);
    case Type::Http:
        return QStringLiteral("http://%1:%2").arg(proxy.host).arg(proxy.port);
    }
    return QStringLiteral("none");
}

std::optional<qint64> loadDefaultRetention(const store::Store& store)
{
    const QString chosen = store.setting(QString::fromLatin1(RetentionSetting)).valueOr(QString());
    bool ok = false;
    const qint64 seconds = chosen.toLongLong(&ok);
    if (!ok || !isValidRetention(seconds))
        return std::nullopt;
    return seconds;
}

Result<void> saveDefaultRetention(store::Store& store, qint64 seconds)
{
    if (!isValidRetention(seconds))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("retention must be 10 minutes to 30 days"));
    return store.setSetting(QString::fromLatin1(RetentionSetting), QString::number(seconds));
}

} // namespace mayfly::core::settings

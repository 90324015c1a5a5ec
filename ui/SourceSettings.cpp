#include "ui/SourceSettings.h"

#include "core/store/Store.h"

namespace mayfly::ui {

namespace {
const QString SourceKey = QStringLiteral("source/id");
const QString UrlKey = QStringLiteral("source/url");
const QString ProxyTypeKey = QStringLiteral("proxy/type");
const QString ProxyHostKey = QStringLiteral("proxy/host");
const QString ProxyPortKey = QStringLiteral("proxy/port");
} // namespace

std::optional<FirstRunDialog::Choice> loadSourceChoice(const core::store::Store& store)
{
    const auto source = store.setting(SourceKey);
    if (!source || source->isEmpty())
        return std::nullopt;
    FirstRunDialog::Choice choice;
    choice.source = *source;
    choice.baseUrl = QUrl(store.setting(UrlKey).valueOr(QString()));
    using Type = core::net::ProxySettings::Type;
    const int type = store.setting(ProxyTypeKey, QStringLiteral("0")).valueOr(QStringLiteral("0")).toInt();
    choice.proxy.type = type >= int(Type::None) && type <= int(Type::Http) ? Type(type) : Type::None;
    choice.proxy.host = store.setting(ProxyHostKey).valueOr(QString());
    choice.proxy.port = quint16(store.setting(ProxyPortKey).valueOr(QString()).toUInt());
    return choice;
}

core::Result<void> saveSourceChoice(core::store::Store& store, const FirstRunDialog::Choice& choice)
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
    return {};
}

QString providerIdForSource(const QString& source)
{
    return source == QLatin1String(FirstRunDialog::LocalSource) ? QStringLiteral("relay") : source;
}

} // namespace mayfly::ui

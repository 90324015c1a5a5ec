#include "ui/SourceSettings.h"

#include "core/store/Store.h"

#include <QComboBox>
#include <QCoreApplication>

namespace mayfly::ui {

namespace {
const QString SourceKey = QStringLiteral("source/id");
const QString UrlKey = QStringLiteral("source/url");
const QString CreationKeyKey = QStringLiteral("source/creationKey"); // sealed
const QString ProxyTypeKey = QStringLiteral("proxy/type");
const QString ProxyHostKey = QStringLiteral("proxy/host");
const QString ProxyPortKey = QStringLiteral("proxy/port");

constexpr qint64 RetentionChoices[] = {3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600, 0};

// The context the retention choices are translated in (shared by Settings and the dashboard).
class RetentionChoice
{
    Q_DECLARE_TR_FUNCTIONS(RetentionChoice)
};

bool isValidRetention(qint64 seconds)
{
    using core::store::Retention;
    return seconds == Retention::UntilAddressExpires
        || (seconds >= Retention::MinSeconds && seconds <= Retention::MaxSeconds);
}
} // namespace

std::optional<SourcePicker::Choice> loadSourceChoice(const core::store::Store& store)
{
    const auto source = store.setting(SourceKey);
    if (!source || source->isEmpty())
        return std::nullopt;
    SourcePicker::Choice choice;
    choice.source = *source;
    choice.baseUrl = QUrl(store.setting(UrlKey).valueOr(QString()));
    // A locked store or a box that does not open leaves the key empty: the relay then refuses to
    // create addresses and says why, which is better than not starting.
    choice.creationKey = store.secretSetting(CreationKeyKey).valueOr(QString());
    using Type = core::net::ProxySettings::Type;
    const int type = store.setting(ProxyTypeKey, QStringLiteral("0")).valueOr(QStringLiteral("0")).toInt();
    choice.proxy.type = type >= int(Type::None) && type <= int(Type::Http) ? Type(type) : Type::None;
    choice.proxy.host = store.setting(ProxyHostKey).valueOr(QString());
    choice.proxy.port = quint16(store.setting(ProxyPortKey).valueOr(QString()).toUInt());
    return choice;
}

core::Result<void> saveSourceChoice(core::store::Store& store, const SourcePicker::Choice& choice)
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
    return source == QLatin1String(SourcePicker::LocalSource) ? QStringLiteral("relay") : source;
}

std::optional<qint64> loadDefaultRetention(const core::store::Store& store)
{
    const QString chosen = store.setting(QString::fromLatin1(RetentionSetting)).valueOr(QString());
    bool ok = false;
    const qint64 seconds = chosen.toLongLong(&ok);
    if (!ok || !isValidRetention(seconds))
        return std::nullopt;
    return seconds;
}

core::Result<void> saveDefaultRetention(core::store::Store& store, qint64 seconds)
{
    if (!isValidRetention(seconds))
        return core::makeError(
            core::ErrorCode::InvalidInput, QStringLiteral("retention must be 10 minutes to 30 days"));
    return store.setSetting(QString::fromLatin1(RetentionSetting), QString::number(seconds));
}

void addRetentionChoices(QComboBox* combo)
{
    for (const qint64 seconds : RetentionChoices) {
        if (seconds == core::store::Retention::UntilAddressExpires)
            combo->addItem(RetentionChoice::tr("until the address expires"), seconds);
        else if (seconds < 24 * 3600)
            combo->addItem(RetentionChoice::tr("%n hour(s)", nullptr, int(seconds / 3600)), seconds);
        else
            combo->addItem(RetentionChoice::tr("%n day(s)", nullptr, int(seconds / (24 * 3600))), seconds);
    }
}

void selectRetention(QComboBox* combo, std::optional<qint64> seconds)
{
    const int index = combo->findData(seconds.value_or(core::store::Retention::DefaultSeconds));
    combo->setCurrentIndex(index >= 0 ? index : combo->findData(core::store::Retention::DefaultSeconds));
}

} // namespace mayfly::ui

#pragma once

#include "core/html/Report.h"

#include <QCoreApplication>
#include <QString>

namespace mayfly::core::html {

// Offline link analysis: never makes a request. Its warnings are translated with tr() (English in
// the CLI, which installs no translator); linkWarningName() is the stable identifier.
class LinkAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::html::LinkAnalyzer)

public:
    // Fills cleanedTarget, warnings and company of a link whose text and target are set.
    [[nodiscard]] static LinkInfo analyse(const QString& text, const QString& target);
    // Redirect wrappers unwrapped (known ones, and ESP click trackers that carry the destination in
    // a query parameter), tracking parameters removed. *unwrapped is set when a wrapper was removed.
    [[nodiscard]] static QString cleanUrl(const QString& url, bool* unwrapped = nullptr);
    [[nodiscard]] static bool isTrackingParameter(const QString& name);
};

// Well-known mail trackers and ESP click/open-tracking domains (see TrackerDomains.cpp for sources).
class TrackerDomains final
{
public:
    // The company behind host or one of its parent domains; empty when unknown.
    [[nodiscard]] static QString companyFor(const QString& host);
};

} // namespace mayfly::core::html

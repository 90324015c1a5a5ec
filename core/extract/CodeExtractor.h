#pragma once

#include "core/html/Report.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mayfly::core::extract {

enum class CandidateKind
{
    Code,
    Link
};

struct CodeCandidate
{
    QString value; // the code (separators removed) or the confirmation URL
    double confidence = 0.0; // 0..1
    CandidateKind kind = CandidateKind::Code;
};

// The candidates of one message, for choosing across several.
struct MessageCandidates
{
    QDateTime date;
    QList<CodeCandidate> candidates;
};

// Finds the verification code or confirmation link a sign-up mail carries. Keyword-anchored in
// English, German, French, Spanish, Portuguese, Russian, Chinese and Japanese; rejects years, dates,
// times, prices, phone, order and postcode numbers. Best candidate first.
class CodeExtractor final
{
public:
    [[nodiscard]] static QList<CodeCandidate> extractCodes(const QString& subject, const QString& text);
    [[nodiscard]] static QList<CodeCandidate> findLinks(const QList<html::LinkInfo>& links);
    // The best candidate of the given kind from the newest message that has one.
    [[nodiscard]] static std::optional<CodeCandidate> newest(
        QList<MessageCandidates> messages, CandidateKind kind, double minimumConfidence = 0.5);
};

[[nodiscard]] inline QList<CodeCandidate> extractCodes(const QString& subject, const QString& text)
{
    return CodeExtractor::extractCodes(subject, text);
}
[[nodiscard]] inline QList<CodeCandidate> findLinks(const QList<html::LinkInfo>& links)
{
    return CodeExtractor::findLinks(links);
}

} // namespace mayfly::core::extract

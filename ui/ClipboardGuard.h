#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mayfly::ui {

// Puts a secret (a verification code, a link with a token) on the clipboard marked so clipboard
// managers do not keep it (x-kde-passwordManagerHint, the macOS concealed type, Windows'
// ExcludeClipboardContentFromMonitorProcessing), and clears it after a delay unless the user has
// copied something else since.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    static constexpr int DefaultClearSeconds = 30;

    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;

    void setClearAfter(int seconds); // 0: never clear
    [[nodiscard]] int clearAfter() const { return m_clearSeconds; }

    void copySecret(const QString& text);
    void copyPlain(const QString& text);
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    void clearIfStillOurs();

    QTimer m_timer;
    QString m_text;
    int m_clearSeconds = DefaultClearSeconds;
};

} // namespace mayfly::ui

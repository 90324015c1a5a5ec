#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace mayfly::ui {

// The strip above a message that shows the verification code or confirmation link the pipeline
// found, with one-click copy.
class CodeBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeBanner)

public:
    explicit CodeBanner(QWidget* parent = nullptr);
    ~CodeBanner() override;

    void showCode(const QString& code);
    void showLink(const QString& url);
    void clearValue();
    [[nodiscard]] QString value() const { return m_value; }
    [[nodiscard]] bool isLink() const { return m_isLink; }

Q_SIGNALS:
    void copyRequested(const QString& value);
    void openLinkRequested(const QString& url);

private:
    QLabel* m_caption;
    QLabel* m_valueLabel;
    QPushButton* m_copy;
    QPushButton* m_open;
    QString m_value;
    bool m_isLink = false;
};

} // namespace mayfly::ui

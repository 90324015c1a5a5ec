#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace mayfly::ui {

// "Send a test message": delivers a sample sign-up mail (a code, a tracking pixel, a tracked
// link) to an address on the local relay over SMTP, so a new user sees every feature at once.
class SampleMail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleMail)

public:
    explicit SampleMail(QObject* parent = nullptr);
    ~SampleMail() override;

    [[nodiscard]] static QByteArray compose(const QString& to, const QString& code);
    void send(quint16 smtpPort, const QString& to, const QString& code);

Q_SIGNALS:
    void finished(bool ok, const QString& detail);
};

} // namespace mayfly::ui

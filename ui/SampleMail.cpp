#include "ui/SampleMail.h"

#include <QDateTime>
#include <QTcpSocket>
#include <memory>

namespace mayfly::ui {

SampleMail::SampleMail(QObject* parent)
    : QObject(parent)
{ }

SampleMail::~SampleMail() = default;

QByteArray SampleMail::compose(const QString& to, const QString& code)
{
    const QByteArray date = QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1();
    const QByteArray toBytes = to.toUtf8();
    const QByteArray codeBytes = code.toLatin1();
    QByteArray mail;
    mail += "From: \"Example Shop\" <welcome@shop.example>\r\n"
            "To: "
        + toBytes
        + "\r\n"
          "Subject: Confirm your account <b>now</b>\r\n"
          "Date: "
        + date
        + "\r\n"
          "Message-ID: <sample."
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch())
        + "@shop.example>\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: multipart/alternative; boundary=\"mayfly-sample\"\r\n"
          "\r\n"
          "--mayfly-sample\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n"
          "\r\n"
          "Welcome to Example Shop!\r\n"
          "Your verification code is "
        + codeBytes
        + ".\r\n"
          "Or confirm here: https://shop.example/account/verify?token=abc123&utm_source=email&utm_campaign=welcome\r\n"
          "\r\n"
          "--mayfly-sample\r\n"
          "Content-Type: text/html; charset=utf-8\r\n"
          "\r\n"
          "<html><head><style>body{font-family:sans-serif}</style></head><body>\r\n"
          "<h2>Welcome to Example Shop!</h2>\r\n"
          "<p>Your verification code is <b>"
        + codeBytes
        + "</b>.</p>\r\n"
          "<p><a "
          "href=\"https://click.mailchimp.example/"
          "track?url=https%3A%2F%2Fshop.example%2Faccount%2Fverify%3Ftoken%3Dabc123"
          "&amp;utm_source=email\">Confirm my account</a></p>\r\n"
          "<p>Order number 2026-4471 ships Tuesday, call +1 555 0100 with questions.</p>\r\n"
          "<img src=\"https://pixel.example-tracker.com/open.gif?id=42\" width=\"1\" height=\"1\" alt=\"\">\r\n"
          "<script>alert('never runs')</script>\r\n"
          "</body></html>\r\n"
          "\r\n"
          "--mayfly-sample--\r\n";
    return mail;
}

void SampleMail::send(quint16 smtpPort, const QString& to, const QString& code)
{
    // A tiny SMTP client (RFC 5321) for our own loopback relay only.
    auto* socket = new QTcpSocket(this);
    const QList<QByteArray> commands = {
        QByteArrayLiteral("EHLO mayfly.localhost\r\n"),
        QByteArrayLiteral("MAIL FROM:<welcome@shop.example>\r\n"),
        "RCPT TO:<" + to.toUtf8() + ">\r\n",
        QByteArrayLiteral("DATA\r\n"),
        compose(to, code) + ".\r\n",
        QByteArrayLiteral("QUIT\r\n"),
    };
    auto step = std::make_shared<int>(0);
    auto buffer = std::make_shared<QByteArray>();
    auto finish = [this, socket](bool ok, const QString& detail) {
        socket->disconnect(this);
        socket->disconnectFromHost();
        socket->deleteLater();
        Q_EMIT finished(ok, detail);
    };
    connect(socket, &QTcpSocket::readyRead, this, [socket, step, buffer, commands, finish] {
        buffer->append(socket->readAll());
        while (true) {
            const qsizetype eol = buffer->indexOf("\r\n");
            if (eol < 0)
                return;
            const QByteArray line = buffer->left(eol);
            buffer->remove(0, eol + 2);
            // Only the last line of a multi-line reply has a space after the code (RFC 5321 4.2.1).
            if (line.size() >= 4 && line.at(3) == '-')
                continue;
            const int want = *step == 0 ? 220 : (*step == 4 ? 354 : 250);
            if (line.left(3).toInt() != want) {
                finish(false, QString::fromUtf8(line));
                return;
            }
            socket->write(commands.at(*step));
            if (*step == 5) {
                finish(true, QString());
                return;
            }
            ++*step;
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this,
        [socket, finish](QAbstractSocket::SocketError) { finish(false, socket->errorString()); });
    socket->connectToHost(QHostAddress::LocalHost, smtpPort);
}

} // namespace mayfly::ui

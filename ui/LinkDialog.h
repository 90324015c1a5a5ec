#pragma once

#include <QDialog>
#include <QStringList>
#include <QUrl>

namespace mayfly::ui {

// What the pipeline knows about one link of a message.
struct LinkDetails
{
    QString text; // what the mail shows
    QUrl target; // where it really goes
    QUrl cleanedTarget; // tracking parameters removed, redirect wrappers unwrapped (offline)
    QStringList warnings;
};

// Shown for every click on a link in a message: nothing opens without it.
class LinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDialog)

public:
    enum class Choice
    {
        Cancel,
        OpenCleaned,
        OpenOriginal,
        CopyCleaned,
    };

    explicit LinkDialog(const LinkDetails& link, QWidget* parent = nullptr);
    ~LinkDialog() override;

    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] const LinkDetails& link() const { return m_link; }

private:
    void choose(Choice choice);

    LinkDetails m_link;
    Choice m_choice = Choice::Cancel;
};

} // namespace mayfly::ui

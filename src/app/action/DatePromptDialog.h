#pragma once

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class DatePromptDialog;
}

namespace mamori {

// Asks for one date and, when shown, one line of text (a publication's address): the adoption
// date of a policy version, a publication, a withdrawal.
class DatePromptDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns the problem with the entry, or an empty string when it can be accepted.
    using Check = std::function<QString(const QDate &date, const QString &text)>;

    DatePromptDialog(const QString &title, const QString &prompt, const QDate &date,
                     QWidget *parent = nullptr);
    ~DatePromptDialog() override;

    void setMaximumDate(const QDate &date);
    void showTextField(const QString &label, const QString &placeholder, const QString &text);
    void setNote(const QString &note);
    void setCheck(Check check) { m_check = std::move(check); }

    QDate date() const;
    QString text() const; // trimmed
    void accept() override;

private:
    std::unique_ptr<Ui::DatePromptDialog> m_ui;
    Check m_check;
};

} // namespace mamori

#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace mamori {

// Every message box and file dialog of the application goes through here, so GUI tests can
// answer them without a person (KeePassXC's MessageBox::setNextAnswer idea).
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    static void showError(QWidget *parent, const QString &title, const Error &error);
    static void showInformation(QWidget *parent, const QString &title, const QString &text);
    // Asks before a destructive action; true when the user chose `confirmText`.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &confirmText);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    // `selectedFilter`, when given, receives the filter the user chose (one of `filter`'s).
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter, QString *selectedFilter = nullptr);

    // Test seams: with automatic answers on, nothing is shown and the queued answers are used.
    static void setAutomaticAnswers(bool enabled);
    static void setNextConfirmation(bool answer);
    // `selectedFilter`: what a save dialog reports as chosen; empty for its first filter.
    static void setNextFileName(const QString &fileName, const QString &selectedFilter = {});
    // Titles and texts of the messages shown (or answered automatically) since the last call.
    static QStringList takeShownMessages();
};

} // namespace mamori

#include "Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

namespace mamori {

namespace {

struct Seams
{
    bool automatic = false;
    QQueue<bool> confirmations;
    QQueue<QString> fileNames;
    QQueue<QString> selectedFilters; // one per file name
    QStringList shown;
};

Seams &seams()
{
    static Seams instance;
    return instance;
}

void remember(const QString &title, const QString &text)
{
    seams().shown << title + QStringLiteral(": ") + text;
}

} // namespace

void Dialogs::showError(QWidget *parent, const QString &title, const Error &error)
{
    remember(title, error.message);
    if (seams().automatic)
        return;
    QMessageBox box(QMessageBox::Critical, title, error.message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void Dialogs::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    remember(title, text);
    if (seams().automatic)
        return;
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &confirmText)
{
    remember(title, text);
    if (seams().automatic)
        return !seams().confirmations.isEmpty() && seams().confirmations.dequeue();
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *accept = box.addButton(confirmText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // destructive actions never happen on a stray Enter
    box.exec();
    return box.clickedButton() == accept;
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                              const QString &filter)
{
    if (seams().automatic) {
        if (seams().fileNames.isEmpty())
            return {};
        seams().selectedFilters.dequeue();
        return seams().fileNames.dequeue();
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &folder,
                              const QString &filter, QString *selectedFilter)
{
    if (seams().automatic) {
        if (seams().fileNames.isEmpty())
            return {};
        const QString chosen = seams().selectedFilters.dequeue();
        if (selectedFilter)
            *selectedFilter =
                chosen.isEmpty() ? filter.section(QStringLiteral(";;"), 0, 0) : chosen;
        return seams().fileNames.dequeue();
    }
    // Mamori refuses existing files itself, with a clearer message than an overwrite prompt.
    return QFileDialog::getSaveFileName(parent, caption, folder, filter, selectedFilter,
                                        QFileDialog::DontConfirmOverwrite);
}

void Dialogs::setAutomaticAnswers(bool enabled)
{
    seams() = Seams{};
    seams().automatic = enabled;
}

void Dialogs::setNextConfirmation(bool answer)
{
    seams().confirmations.enqueue(answer);
}

void Dialogs::setNextFileName(const QString &fileName, const QString &selectedFilter)
{
    seams().fileNames.enqueue(fileName);
    seams().selectedFilters.enqueue(selectedFilter);
}

QStringList Dialogs::takeShownMessages()
{
    return std::exchange(seams().shown, {});
}

} // namespace mamori

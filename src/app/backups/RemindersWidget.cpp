#include "RemindersWidget.h"

#include "Clock.h"
#include "Dialogs.h"
#include "backups/BackupDocument.h"

#include "ui_RemindersWidget.h"

#include <QDir>
#include <QEvent>
#include <QLocale>

namespace mamori {

namespace {

QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("backups"))
        return RemindersWidget::tr("Backups");
    if (source == QLatin1String("action"))
        return RemindersWidget::tr("SECURITY ACTION");
    if (source == QLatin1String("inventory"))
        return RemindersWidget::tr("Assets");
    return source;
}

} // namespace

RemindersWidget::RemindersWidget(BackupDocument &document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RemindersWidget>()), m_document(document)
{
    m_ui->setupUi(this);
    m_ui->remindersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->remindersTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->remindersTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_ui->remindersTable, &QTableWidget::itemSelectionChanged, this,
            &RemindersWidget::updateButtons);
    connect(m_ui->remindersTable, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem *item) {
                const int row = item->row();
                if (row >= 0 && row < m_reminders.size())
                    emit recordActivated(m_reminders.at(row).record);
            });
    connect(m_ui->snoozeButton, &QPushButton::clicked, this, &RemindersWidget::snooze);
    connect(m_ui->doneButton, &QPushButton::clicked, this, &RemindersWidget::markDone);
    connect(m_ui->exportCalendarButton, &QPushButton::clicked, this,
            &RemindersWidget::exportCalendar);
    // Hidden, the list waits until it is shown: opening a database with 100,000 devices sends
    // several changes, and each read costs a few hundred ms on the GUI thread before the first
    // paint (docs/performance.md, dashboard).
    connect(&m_document, &BackupDocument::remindersChanged, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    updateButtons();
}

RemindersWidget::~RemindersWidget() = default;

void RemindersWidget::refresh()
{
    m_stale = false;
    const QStringList keep = [this] {
        QStringList keys;
        for (const Reminder &reminder : selected())
            keys << reminder.key;
        return keys;
    }();
    auto all = m_document.reminders(Clock::today());
    m_reminders = all ? *all : QList<Reminder>();
    QTableWidget *table = m_ui->remindersTable;
    table->setRowCount(int(m_reminders.size()));
    for (int row = 0; row < m_reminders.size(); ++row) {
        const Reminder &reminder = m_reminders.at(row);
        QString state = reminders::label(reminder.state);
        if (reminder.state == ReminderState::Snoozed)
            state = tr("Snoozed until %1")
                        .arg(QLocale().toString(reminder.snoozedUntil, QLocale::ShortFormat));
        const QStringList cells{QLocale().toString(reminder.due, QLocale::ShortFormat), state,
                                reminder.title, sourceLabel(reminder.source)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!reminder.detail.isEmpty())
                item->setToolTip(reminder.detail);
            if (reminder.state == ReminderState::Overdue && column <= 1)
                item->setForeground(palette().brush(QPalette::Active, QPalette::Link));
            table->setItem(row, column, item);
        }
        if (keep.contains(reminder.key))
            table->selectRow(row);
    }
    if (!all)
        m_ui->remindersExplanationLabel->setText(
            tr("The reminders cannot be read: %1").arg(all.error().fullText()));
    else
        m_ui->retranslateUi(this);
    updateButtons();
}

void RemindersWidget::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void RemindersWidget::select(const QString &key)
{
    for (int row = 0; row < m_reminders.size(); ++row) {
        if (m_reminders.at(row).key == key) {
            m_ui->remindersTable->selectRow(row);
            m_ui->remindersTable->scrollToItem(m_ui->remindersTable->item(row, 0));
            return;
        }
    }
}

QList<Reminder> RemindersWidget::selected() const
{
    QList<Reminder> chosen;
    const auto rows = m_ui->remindersTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.row() < m_reminders.size())
            chosen << m_reminders.at(index.row());
    }
    return chosen;
}

void RemindersWidget::snooze()
{
    const QDate until = Clock::today().addDays(7);
    for (const Reminder &reminder : selected())
        m_document.snooze(reminder, until);
}

void RemindersWidget::markDone()
{
    for (const Reminder &reminder : selected())
        m_document.markDone(reminder);
}

void RemindersWidget::exportCalendar()
{
    const QString file = Dialogs::saveFileName(this, tr("Export Calendar"),
                                               QDir::home().filePath(QStringLiteral("mamori.ics")),
                                               tr("iCalendar files (*.ics)"));
    if (file.isEmpty())
        return;
    if (Status written = m_document.exportCalendar(file); !written) {
        Dialogs::showError(this, tr("Calendar not exported"), written.error());
        return;
    }
    Dialogs::showInformation(this, tr("Calendar exported"),
                             tr("Wrote %1. Import it into Outlook or Google Calendar; importing "
                                "a newer export updates the same events.")
                                 .arg(QDir::toNativeSeparators(file)));
}

void RemindersWidget::updateButtons()
{
    const bool any = !selected().isEmpty();
    m_ui->snoozeButton->setEnabled(any);
    m_ui->doneButton->setEnabled(any);
    m_ui->exportCalendarButton->setEnabled(m_document.isOpen());
}

void RemindersWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace mamori

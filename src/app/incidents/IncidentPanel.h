#pragma once

#include "incidents/Contacts.h"
#include "incidents/IncidentFile.h"

#include <QWidget>

#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class IncidentPanel;
}

namespace mamori {

class IncidentDocument;
class TimelineEntryBar;

// The Incidents tab: the incidents and exercises (open first: severity, when the firm became
// aware, the next clock) above the one selected: its facts, the reporting clocks (overdue in
// red), the information at risk, and the checklist beside the timeline with the quick entry line
// under it. Nothing modal stands in the way of logging; the steps tick with Space.
class IncidentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentPanel(IncidentDocument &document, QWidget *parent = nullptr);
    ~IncidentPanel() override;

    void reload();
    bool selectIncident(qint64 id);
    qint64 currentIncidentId() const;
    const std::optional<IncidentFile> &currentFile() const { return m_file; }
    bool selectStep(int number);
    bool selectEntry(qint64 entryId);
    bool selectClock(const QString &key);
    void focusEntryLine();
    TimelineEntryBar *entryBar() const;

    // The actions of the buttons, for the shortcuts and the tests.
    void tickSelectedStep();
    void markSelectedStepNotApplicable();
    void openSelectedStep();
    void markSelectedClockSent();
    void addClock();
    void correctSelectedEntry();
    void showPpcDraft();
    void closeIncident();
    void editDetails();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadList();
    void showIncident(qint64 id);
    void fillHeader();
    void fillClocks();
    void fillRisk();
    void fillChecklist();
    void fillTimeline();
    void showSelectedStep();
    void showSelectedClock();
    void updateButtons();
    const IncidentStep *selectedStep() const;
    const ReportingClock *selectedClock() const;
    const TimelineEntry *selectedEntry() const;
    QString contactLine(const QString &key) const;
    void saveExerciseNotes();
    void retranslate();

    std::unique_ptr<Ui::IncidentPanel> m_ui;
    IncidentDocument &m_document;
    std::optional<IncidentFile> m_file;
    QList<Contact> m_contacts;
    bool m_filling = false;
};

} // namespace mamori

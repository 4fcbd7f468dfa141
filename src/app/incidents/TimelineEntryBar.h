#pragma once

#include "incidents/Contacts.h"
#include "incidents/Incident.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class TimelineEntryBar;
}

namespace mamori {

class IncidentDocument;

// The quick "add entry" line under an incident's timeline: a kind, one line of text, Enter adds
// it. A decision asks inline who decided and why, a contact whom, evidence a file (its path and
// SHA-256 are recorded, the file is not copied). What is typed is kept per incident while the
// user moves between incidents, and stays when a write fails. "Correct…" turns the next entry
// into a correction of the selected one.
class TimelineEntryBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineEntryBar(QWidget *parent = nullptr);
    ~TimelineEntryBar() override;

    void setDocument(IncidentDocument *document) { m_document = document; }
    // Keeps what was typed for the incident shown so far and shows what was typed for `id`.
    void setIncident(qint64 id, bool writable);
    void setContacts(const QList<Contact> &contacts);
    void setCorrectable(bool correctable);
    // The next entry corrects `entry` (its text is offered to edit when nothing is typed yet).
    void beginCorrection(const TimelineEntry &entry);
    void focusEntry();
    // Adds what is typed; false when nothing was written (something is missing, or the write
    // failed, in which case the text stays).
    bool submit();

    QString text() const;
    void setKind(EntryKind kind);

signals:
    void correctRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        EntryKind kind = EntryKind::Note;
        QString text;
        QString decidedBy;
        QString why;
        QString contactKey;
        QString evidencePath;
        QString evidenceSha256;
        std::optional<qint64> corrects;
        QString correctsText;
    };

    Draft currentDraft() const;
    void showDraft(const Draft &draft);
    void showKind();
    bool chooseEvidence();
    void retranslate();

    std::unique_ptr<Ui::TimelineEntryBar> m_ui;
    IncidentDocument *m_document = nullptr;
    qint64 m_incidentId = 0;
    QHash<qint64, Draft> m_drafts;
    // The chosen evidence file and the correction target of the incident shown.
    QString m_evidencePath;
    QString m_evidenceSha256;
    std::optional<qint64> m_corrects;
    QString m_correctsText;
};

} // namespace mamori

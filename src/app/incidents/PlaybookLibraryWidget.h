#pragma once

#include "incidents/IncidentFile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PlaybookLibraryWidget;
}

namespace mamori {

class IncidentDocument;

// The Playbooks tab: the library (bundled playbooks and the firm's copies, a copy marked when
// Mamori ships a newer bundled text) and the chosen playbook's steps by phase. The firm makes
// its own copy, edits it (PlaybookEditorDialog) or goes back to the bundled version.
class PlaybookLibraryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlaybookLibraryWidget(IncidentDocument &document, QWidget *parent = nullptr);
    ~PlaybookLibraryWidget() override;

    void reload();
    bool selectPlaybook(const QString &id);
    QString currentPlaybookId() const;
    bool confirmDiscard() { return true; } // edits are saved by the editor's OK

    void makeCopy();
    void editCopy();
    void restoreBundled();

signals:
    void startRequested(const QString &playbookId);

protected:
    void changeEvent(QEvent *event) override;

private:
    const PlaybookEntry *currentEntry() const;
    void showPlaybook();

    std::unique_ptr<Ui::PlaybookLibraryWidget> m_ui;
    IncidentDocument &m_document;
    QList<PlaybookEntry> m_entries;
};

} // namespace mamori

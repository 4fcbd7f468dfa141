#pragma once

#include "incidents/Contacts.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ContactsWidget;
}

namespace mamori {

class IncidentDocument;
class ReportsDocument;

// The Contacts tab: the firm's roles and the public bodies, with what the firm filled in
// (organisation, person, phone, e-mail, web page, notes, checked). A bundled contact says "check
// before use" until it is checked. The firm adds its own contacts, removes them, and resets a
// bundled one to what Mamori ships. "Print contacts sheet…" saves the report engine's contacts
// sheet (as `mamori-cli report contacts` does) and records it as an issued report.
class ContactsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsWidget(IncidentDocument &document, QWidget *parent = nullptr);
    ~ContactsWidget() override;

    void reload();
    bool selectContact(const QString &key);
    QString currentKey() const;
    bool hasUnsavedChanges() const;
    // Asks whether to discard unsaved edits; true when they may be dropped.
    bool confirmDiscard();

    bool save();
    void addContact();
    void removeContact();
    void printSheet();

signals:
    // A sheet was saved: where, how many pages, its fingerprint (for the page's state line).
    void sheetSaved(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    const Contact *currentContact() const;
    Contact editedContact() const;
    void showContact();
    void updateButtons();

    std::unique_ptr<Ui::ContactsWidget> m_ui;
    IncidentDocument &m_document;
    ReportsDocument *m_reports;
    QList<Contact> m_contacts;
    QStringList m_storedKeys;
    QString m_shownKey;
    bool m_filling = false;
};

} // namespace mamori

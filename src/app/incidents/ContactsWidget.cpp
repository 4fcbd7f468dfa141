#include "ContactsWidget.h"

#include "Clock.h"
#include "Dialogs.h"
#include "IncidentDocument.h"
#include "WrappingItemDelegate.h"
#include "incidents/ContactDirectory.h"
#include "reports/ReportSaving.h"
#include "reports/ReportsDocument.h"

#include "ui_ContactsWidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>

namespace mamori {

namespace {

constexpr int keyRole = Qt::UserRole;
const auto splitterKey = QStringLiteral("incidents/contactsSplitter");

} // namespace

ContactsWidget::ContactsWidget(IncidentDocument &document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ContactsWidget>()), m_document(document),
      m_reports(new ReportsDocument(document.session(), this))
{
    m_ui->setupUi(this);
    QPalette warning = m_ui->checkBeforeUseLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_ui->checkBeforeUseLabel->setPalette(warning);
    // Public bodies have long names ("IPA Cybersecurity Consultation Desk for …"): wrap them
    // rather than cut them off beside the short columns.
    WrappingItemDelegate::install(m_ui->contactsTreeWidget);
    m_ui->contactsTreeWidget->header()->setStretchLastSection(false);
    m_ui->contactsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_ui->contactsTreeWidget->header()->setSectionResizeMode(column,
                                                                 QHeaderView::ResizeToContents);
    m_ui->contactsSplitter->setStretchFactor(0, 3);
    m_ui->contactsSplitter->setStretchFactor(1, 2);
    m_ui->contactsSplitter->restoreState(QSettings().value(splitterKey).toByteArray());
    connect(m_ui->contactsSplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, m_ui->contactsSplitter->saveState()); });
    connect(m_ui->contactsTreeWidget, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current, QTreeWidgetItem *previous) {
                if (m_filling)
                    return;
                if (previous && hasUnsavedChanges() && !confirmDiscard()) {
                    m_filling = true;
                    m_ui->contactsTreeWidget->setCurrentItem(previous);
                    m_filling = false;
                    return;
                }
                Q_UNUSED(current);
                showContact();
            });
    for (QLineEdit *edit :
         {m_ui->contactNameLineEdit, m_ui->contactOrganisationLineEdit, m_ui->contactPersonLineEdit,
          m_ui->contactPhoneLineEdit, m_ui->contactEmailLineEdit, m_ui->contactUrlLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContactsWidget::updateButtons);
    connect(m_ui->contactNotesPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &ContactsWidget::updateButtons);
    connect(m_ui->checkedCheckBox, &QCheckBox::toggled, this, &ContactsWidget::updateButtons);
    connect(m_ui->contactSavePushButton, &QPushButton::clicked, this, &ContactsWidget::save);
    m_ui->contactSavePushButton->setShortcut(QKeySequence::Save);
    connect(m_ui->contactRevertPushButton, &QPushButton::clicked, this,
            &ContactsWidget::showContact);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &ContactsWidget::addContact);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &ContactsWidget::removeContact);
    connect(m_ui->printSheetPushButton, &QPushButton::clicked, this, &ContactsWidget::printSheet);
    connect(&m_document, &IncidentDocument::contactsChanged, this, &ContactsWidget::reload);
}

ContactsWidget::~ContactsWidget() = default;

void ContactsWidget::reload()
{
    auto contacts = m_document.contacts();
    auto stored = m_document.storedContactKeys();
    if (!contacts || !stored) {
        Dialogs::showError(this, tr("Contacts"), contacts ? stored.error() : contacts.error());
        return;
    }
    m_contacts = *contacts;
    m_storedKeys = *stored;
    const QString current = currentKey();
    const UiLanguage language = currentUiLanguage();
    m_filling = true;
    m_ui->contactsTreeWidget->clear();
    for (const Contact &contact : m_contacts) {
        auto *item = new QTreeWidgetItem(m_ui->contactsTreeWidget);
        item->setData(0, keyRole, contact.key);
        item->setText(0, contact.name.in(language));
        QStringList who;
        if (!contact.organisation.isEmpty())
            who << contact.organisation;
        if (!contact.person.isEmpty())
            who << contact.person;
        item->setText(1, who.join(QStringLiteral(", ")));
        item->setText(2, contact.phone);
        item->setText(3, contact.checked ? tr("Checked") : tr("Check before use"));
        if (!contact.checked)
            item->setForeground(3, QColor(0xb0, 0x20, 0x20));
        if (contact.key == current)
            m_ui->contactsTreeWidget->setCurrentItem(item);
    }
    if (!m_ui->contactsTreeWidget->currentItem() && m_ui->contactsTreeWidget->topLevelItemCount())
        m_ui->contactsTreeWidget->setCurrentItem(m_ui->contactsTreeWidget->topLevelItem(0));
    m_filling = false;
    showContact();
}

bool ContactsWidget::selectContact(const QString &key)
{
    for (int i = 0; i < m_ui->contactsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->contactsTreeWidget->topLevelItem(i);
        if (item->data(0, keyRole).toString() == key) {
            m_ui->contactsTreeWidget->setCurrentItem(item);
            return currentKey() == key;
        }
    }
    return false;
}

QString ContactsWidget::currentKey() const
{
    const QTreeWidgetItem *item = m_ui->contactsTreeWidget->currentItem();
    return item ? item->data(0, keyRole).toString() : QString();
}

const Contact *ContactsWidget::currentContact() const
{
    return ContactDirectory::find(m_contacts, m_shownKey);
}

void ContactsWidget::showContact()
{
    m_shownKey = currentKey();
    const Contact *contact = currentContact();
    m_filling = true;
    const UiLanguage language = currentUiLanguage();
    m_ui->formWidget->setEnabled(contact);
    m_ui->contactNameLineEdit->setText(contact ? contact->name.in(language) : QString());
    // A bundled role or body keeps its name; the firm's own contacts are named by the firm.
    m_ui->contactNameLineEdit->setReadOnly(!contact ||
                                           !contact->key.startsWith(QLatin1String("own-")));
    m_ui->descriptionLabel->setText(contact ? contact->description.in(language) : QString());
    m_ui->contactOrganisationLineEdit->setText(contact ? contact->organisation : QString());
    m_ui->contactPersonLineEdit->setText(contact ? contact->person : QString());
    m_ui->contactPhoneLineEdit->setText(contact ? contact->phone : QString());
    m_ui->contactEmailLineEdit->setText(contact ? contact->email : QString());
    m_ui->contactUrlLineEdit->setText(contact ? contact->url : QString());
    m_ui->contactNotesPlainTextEdit->setPlainText(contact ? contact->notes : QString());
    m_ui->checkedCheckBox->setChecked(contact && contact->checked);
    m_filling = false;
    updateButtons();
}

Contact ContactsWidget::editedContact() const
{
    Contact edited = currentContact() ? *currentContact() : Contact();
    if (edited.key.startsWith(QLatin1String("own-")))
        edited.name.set(currentUiLanguage(), m_ui->contactNameLineEdit->text().trimmed());
    edited.organisation = m_ui->contactOrganisationLineEdit->text().trimmed();
    edited.person = m_ui->contactPersonLineEdit->text().trimmed();
    edited.phone = m_ui->contactPhoneLineEdit->text().trimmed();
    edited.email = m_ui->contactEmailLineEdit->text().trimmed();
    edited.url = m_ui->contactUrlLineEdit->text().trimmed();
    edited.notes = m_ui->contactNotesPlainTextEdit->toPlainText().trimmed();
    edited.checked = m_ui->checkedCheckBox->isChecked();
    return edited;
}

bool ContactsWidget::hasUnsavedChanges() const
{
    const Contact *contact = currentContact();
    if (!contact)
        return false;
    return !(editedContact() == *contact);
}

bool ContactsWidget::confirmDiscard()
{
    if (!hasUnsavedChanges())
        return true;
    return Dialogs::confirm(this, tr("Contacts"),
                            tr("The changes to “%1” are not saved. Discard them?")
                                .arg(currentContact()->name.in(currentUiLanguage())),
                            tr("Discard"));
}

void ContactsWidget::updateButtons()
{
    if (m_filling)
        return;
    const Contact *contact = currentContact();
    const bool dirty = hasUnsavedChanges();
    m_ui->contactSavePushButton->setEnabled(dirty);
    m_ui->contactRevertPushButton->setEnabled(dirty);
    const bool own = contact && contact->key.startsWith(QLatin1String("own-"));
    const bool stored = contact && m_storedKeys.contains(contact->key);
    m_ui->removePushButton->setText(own ? tr("Remove") : tr("Reset to the bundled entry"));
    m_ui->removePushButton->setEnabled(stored);
    m_ui->printSheetPushButton->setEnabled(m_document.isOpen());
    m_ui->checkBeforeUseLabel->setVisible(contact && !contact->checked);
    m_ui->checkBeforeUseLabel->setText(
        tr("Check before use: confirm the number and address yourself (on the body's official "
           "web page or your contract), then tick Checked."));
}

bool ContactsWidget::save()
{
    if (!currentContact() || !hasUnsavedChanges())
        return false;
    const Contact edited = editedContact();
    if (edited.name.isEmpty()) {
        Dialogs::showError(this, tr("Contacts"),
                           Error(ErrorKind::InvalidInput, tr("The contact needs a name.")));
        return false;
    }
    return m_document.saveContact(edited);
}

void ContactsWidget::addContact()
{
    if (!confirmDiscard())
        return;
    Contact contact;
    contact.key = m_document.newContactKey();
    if (contact.key.isEmpty())
        return;
    contact.kind = Contact::Kind::Firm;
    contact.name.set(currentUiLanguage(), tr("New contact"));
    contact.checked = true; // the firm's own entry is as the firm wrote it
    if (m_document.saveContact(contact) && selectContact(contact.key)) {
        m_ui->contactNameLineEdit->setFocus();
        m_ui->contactNameLineEdit->selectAll();
    }
}

void ContactsWidget::removeContact()
{
    const Contact *contact = currentContact();
    if (!contact || !m_storedKeys.contains(contact->key))
        return;
    const QString key = contact->key;
    const QString name = contact->name.in(currentUiLanguage());
    const bool own = key.startsWith(QLatin1String("own-"));
    const bool confirmed =
        own ? Dialogs::confirm(this, tr("Remove the contact"),
                               tr("Remove “%1”? Steps that point to it show no contact. You can "
                                  "undo this.")
                                   .arg(name),
                               tr("Remove"))
            : Dialogs::confirm(this, tr("Reset the contact"),
                               tr("Drop what the firm filled in for “%1” and show it as Mamori "
                                  "ships it? You can undo this.")
                                   .arg(name),
                               tr("Reset"));
    if (confirmed)
        m_document.removeContact(key);
}

void ContactsWidget::printSheet()
{
    // The sheet prints what is stored: unsaved edits would be missing from it.
    if (hasUnsavedChanges()) {
        const bool saveFirst = Dialogs::confirm(
            this, tr("Print contacts sheet"),
            tr("The changes to “%1” are not saved, and the sheet prints what is saved. Save "
               "them first?")
                .arg(currentContact()->name.in(currentUiLanguage())),
            tr("Save and print"));
        if (!saveFirst || !save())
            return;
    }
    report::ReportRequest request;
    request.type = report::ReportType::Contacts;
    request.language = currentUiLanguage();
    request.at = Clock::nowUtc();
    request.asOf = Clock::today();
    if (auto saved = ReportSaving::saveAsPdf(this, *m_reports, request))
        emit sheetSaved(ReportSaving::savedMessage(*saved));
}

void ContactsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!m_contacts.isEmpty())
            reload();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori

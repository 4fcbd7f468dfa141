#include "PlaybookLibraryWidget.h"

#include "Dialogs.h"
#include "IncidentDocument.h"
#include "PlaybookEditorDialog.h"
#include "incidents/ContactDirectory.h"

#include "ui_PlaybookLibraryWidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>

namespace mamori {

namespace {

constexpr int idRole = Qt::UserRole;
const auto splitterKey = QStringLiteral("incidents/librarySplitter");

} // namespace

PlaybookLibraryWidget::PlaybookLibraryWidget(IncidentDocument &document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaybookLibraryWidget>()), m_document(document)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->stepsTreeWidget->header()->setStretchLastSection(false);
    m_ui->stepsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->stepsTreeWidget->header()->resizeSection(1, 200);
    m_ui->librarySplitter->setStretchFactor(1, 1);
    if (!m_ui->librarySplitter->restoreState(QSettings().value(splitterKey).toByteArray()))
        m_ui->librarySplitter->setSizes({260, 700});
    connect(m_ui->librarySplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, m_ui->librarySplitter->saveState()); });
    connect(m_ui->playbookListWidget, &QListWidget::currentRowChanged, this,
            &PlaybookLibraryWidget::showPlaybook);
    connect(m_ui->startPushButton, &QPushButton::clicked, this, [this] {
        if (!currentPlaybookId().isEmpty())
            emit startRequested(currentPlaybookId());
    });
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, &PlaybookLibraryWidget::makeCopy);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &PlaybookLibraryWidget::editCopy);
    connect(m_ui->restorePushButton, &QPushButton::clicked, this,
            &PlaybookLibraryWidget::restoreBundled);
    connect(&m_document, &IncidentDocument::playbooksChanged, this, &PlaybookLibraryWidget::reload);
    connect(&m_document, &IncidentDocument::contactsChanged, this,
            &PlaybookLibraryWidget::showPlaybook);
}

PlaybookLibraryWidget::~PlaybookLibraryWidget() = default;

void PlaybookLibraryWidget::reload()
{
    const QString current = currentPlaybookId();
    auto entries = m_document.playbooks();
    if (!entries) {
        Dialogs::showError(this, tr("Playbooks"), entries.error());
        return;
    }
    m_entries = *entries;
    const UiLanguage language = currentUiLanguage();
    const QSignalBlocker blocker(m_ui->playbookListWidget);
    m_ui->playbookListWidget->clear();
    for (const PlaybookEntry &entry : m_entries) {
        QString text = entry.playbook.title.in(language);
        if (entry.bundledNewer)
            text += QLatin1Char('\n') + tr("the firm's copy — a newer bundled version exists");
        else if (entry.firmCopy)
            text += QLatin1Char('\n') + tr("the firm's copy");
        auto *item = new QListWidgetItem(text, m_ui->playbookListWidget);
        item->setData(idRole, entry.playbook.id);
    }
    if (!selectPlaybook(current) && !m_entries.isEmpty())
        m_ui->playbookListWidget->setCurrentRow(0);
    showPlaybook();
}

bool PlaybookLibraryWidget::selectPlaybook(const QString &id)
{
    for (int i = 0; i < m_ui->playbookListWidget->count(); ++i) {
        if (m_ui->playbookListWidget->item(i)->data(idRole).toString() == id) {
            m_ui->playbookListWidget->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString PlaybookLibraryWidget::currentPlaybookId() const
{
    const QListWidgetItem *item = m_ui->playbookListWidget->currentItem();
    return item ? item->data(idRole).toString() : QString();
}

const PlaybookEntry *PlaybookLibraryWidget::currentEntry() const
{
    const QString id = currentPlaybookId();
    for (const PlaybookEntry &entry : m_entries) {
        if (entry.playbook.id == id)
            return &entry;
    }
    return nullptr;
}

void PlaybookLibraryWidget::showPlaybook()
{
    const PlaybookEntry *entry = currentEntry();
    m_ui->stepsTreeWidget->clear();
    m_ui->startPushButton->setEnabled(entry);
    m_ui->copyPushButton->setEnabled(entry && !entry->firmCopy);
    m_ui->editPushButton->setEnabled(entry);
    m_ui->restorePushButton->setEnabled(entry && entry->firmCopy && entry->bundledVersion > 0);
    if (!entry) {
        m_ui->titleLabel->clear();
        m_ui->summaryLabel->clear();
        m_ui->versionLabel->clear();
        return;
    }
    const UiLanguage language = currentUiLanguage();
    const Playbook &playbook = entry->playbook;
    m_ui->titleLabel->setText(playbook.title.in(language));
    m_ui->summaryLabel->setText(playbook.summary.in(language));
    if (entry->bundledNewer)
        m_ui->versionLabel->setText(
            tr("This is the firm's copy of version %1. Mamori now ships version %2: compare, "
               "and restore the bundled version if you want its changes (your copy is then "
               "dropped).")
                .arg(playbook.version)
                .arg(entry->bundledVersion));
    else if (entry->firmCopy)
        m_ui->versionLabel->setText(
            tr("The firm's copy (made from version %1). A new version of Mamori never changes "
               "it.")
                .arg(playbook.version));
    else
        m_ui->versionLabel->setText(
            tr("As Mamori ships it (version %1). Make the firm's copy to change steps, roles or "
               "contacts.")
                .arg(playbook.version));
    auto contacts = m_document.contacts();
    QFont bold = m_ui->stepsTreeWidget->font();
    bold.setBold(true);
    std::optional<IncidentPhase> phase;
    QTreeWidgetItem *phaseItem = nullptr;
    for (int i = 0; i < playbook.steps.size(); ++i) {
        const PlaybookStep &step = playbook.steps.at(i);
        if (phase != step.phase) {
            phase = step.phase;
            phaseItem = new QTreeWidgetItem(m_ui->stepsTreeWidget);
            phaseItem->setText(0, phaseLabel(step.phase));
            phaseItem->setFont(0, bold);
            phaseItem->setFirstColumnSpanned(true);
            phaseItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(phaseItem);
        QStringList lines{QStringLiteral("%1. %2").arg(i + 1).arg(
            step.decision ? tr("Decide: %1").arg(step.text.in(language)) : step.text.in(language))};
        lines << tr("Why: %1").arg(step.why.in(language));
        if (step.decision && !step.criteria.isEmpty())
            lines << tr("Criteria: %1").arg(step.criteria.in(language));
        item->setText(0, lines.join(QLatin1Char('\n')));
        QStringList who;
        if (const PlaybookRoles::Role *role = PlaybookRoles::bundled().role(step.role))
            who << role->label.in(language);
        if (contacts) {
            if (const Contact *contact = ContactDirectory::find(*contacts, step.contact))
                who << contact->name.in(language);
        }
        item->setText(1, who.join(QLatin1Char('\n')));
    }
}

void PlaybookLibraryWidget::makeCopy()
{
    const PlaybookEntry *entry = currentEntry();
    if (entry && !entry->firmCopy)
        m_document.savePlaybookCopy(entry->playbook);
}

void PlaybookLibraryWidget::editCopy()
{
    const PlaybookEntry *entry = currentEntry();
    if (!entry)
        return;
    auto contacts = m_document.contacts();
    if (!contacts) {
        Dialogs::showError(this, tr("Playbooks"), contacts.error());
        return;
    }
    PlaybookEditorDialog dialog(entry->playbook, *contacts, this);
    if (dialog.exec() == QDialog::Accepted && dialog.playbook() != entry->playbook)
        m_document.savePlaybookCopy(dialog.playbook());
}

void PlaybookLibraryWidget::restoreBundled()
{
    const PlaybookEntry *entry = currentEntry();
    if (!entry || !entry->firmCopy || entry->bundledVersion == 0)
        return;
    const QString id = entry->playbook.id;
    if (Dialogs::confirm(this, tr("Restore the bundled version"),
                         tr("The firm's copy of “%1” is dropped and the playbook as Mamori ships "
                            "it shows again. Running incidents keep the steps they started with. "
                            "You can undo this.")
                             .arg(entry->playbook.title.in(currentUiLanguage())),
                         tr("Restore")))
        m_document.removePlaybookCopy(id);
}

void PlaybookLibraryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!m_entries.isEmpty())
            reload();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori

#include "IncidentsPage.h"

#include "ContactsWidget.h"
#include "Dialogs.h"
#include "IncidentDocument.h"
#include "IncidentPanel.h"
#include "PlaybookLibraryWidget.h"
#include "StartIncidentDialog.h"

#include "ui_IncidentsPage.h"

#include <QEvent>
#include <QPushButton>
#include <QShortcut>

namespace mamori {

IncidentsPage::IncidentsPage(IncidentDocument &document, QWidget *parent)
    : PageFrame(Page::Incidents, Scrolling::ContentScrollsItself, parent),
      m_ui(std::make_unique<Ui::IncidentsPage>()), m_document(document),
      m_start(new QPushButton(this)), m_incidents(new IncidentPanel(document, this)),
      m_playbooks(new PlaybookLibraryWidget(document, this)),
      m_contacts(new ContactsWidget(document, this))
{
    m_ui->setupUi(content());
    m_start->setObjectName(QStringLiteral("startIncidentPushButton"));
    addHeaderWidget(m_start);
    m_incidents->setObjectName(QStringLiteral("incidentPanel"));
    m_playbooks->setObjectName(QStringLiteral("playbookLibraryWidget"));
    m_contacts->setObjectName(QStringLiteral("contactsWidget"));
    m_ui->sectionTabWidget->addTab(m_incidents, QString());
    m_ui->sectionTabWidget->addTab(m_playbooks, QString());
    m_ui->sectionTabWidget->addTab(m_contacts, QString());

    connect(m_start, &QPushButton::clicked, this, [this] { startFromPlaybook(); });
    auto *startShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    startShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(startShortcut, &QShortcut::activated, this, [this] { startFromPlaybook(); });
    // One keystroke to log, from anywhere on the page.
    auto *logShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    logShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(logShortcut, &QShortcut::activated, this, [this] {
        showSection(Section::Incidents);
        m_incidents->focusEntryLine();
    });
    connect(m_playbooks, &PlaybookLibraryWidget::startRequested, this,
            [this](const QString &id) { startFromPlaybook(id); });
    connect(m_contacts, &ContactsWidget::sheetSaved, this,
            [this](const QString &message) { setState(message); });
    connect(&m_document, &IncidentDocument::incidentsChanged, this, [this] {
        if (m_loaded)
            refreshState();
    });
    retranslate();
}

IncidentsPage::~IncidentsPage() = default;

void IncidentsPage::showSection(Section section)
{
    m_ui->sectionTabWidget->setCurrentIndex(int(section));
}

void IncidentsPage::startFromPlaybook(const QString &playbookId)
{
    auto playbooks = m_document.playbooks();
    if (!playbooks) {
        Dialogs::showError(this, pageTitle(Page::Incidents), playbooks.error());
        return;
    }
    StartIncidentDialog dialog(m_document, *playbooks, this);
    if (!playbookId.isEmpty())
        dialog.choosePlaybook(playbookId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 id = m_document.start(dialog.request())) {
        showSection(Section::Incidents);
        m_incidents->selectIncident(id);
    }
}

bool IncidentsPage::confirmDiscard()
{
    return m_playbooks->confirmDiscard() && m_contacts->confirmDiscard();
}

void IncidentsPage::showEvent(QShowEvent *event)
{
    PageFrame::showEvent(event);
    // Re-read on every visit: the CLI may have logged meanwhile, and the clocks move on.
    m_loaded = true;
    m_incidents->reload();
    m_playbooks->reload();
    m_contacts->reload();
    refreshState();
}

// "2 open incidents — 1 report overdue", or that nothing is open.
void IncidentsPage::refreshState()
{
    if (!m_document.isOpen()) {
        setState(tr("No database open."));
        return;
    }
    auto incidents = m_document.incidents();
    if (!incidents) {
        setState(incidents.error().message);
        return;
    }
    int open = 0;
    int exercises = 0;
    int overdue = 0;
    QStringList overdueClocks;
    for (const IncidentSummary &summary : *incidents) {
        if (summary.incident.isClosed())
            continue;
        (summary.incident.exercise ? exercises : open) += 1;
        for (const ReportingClock &clock : summary.clocks) {
            if (clock.state == ReportingClock::State::Overdue && clock.alerts) {
                ++overdue;
                overdueClocks << QStringLiteral("%1: %2").arg(summary.incident.title, clock.title);
            }
        }
    }
    QStringList parts;
    parts << (open > 0 ? tr("%n open incident(s)", nullptr, open) : tr("No open incidents"));
    if (exercises > 0)
        parts << tr("%n exercise(s) running", nullptr, exercises);
    if (overdue > 0)
        parts << tr("%n report(s) overdue", nullptr, overdue);
    setState(parts.join(QStringLiteral(" — ")), overdueClocks.join(QLatin1Char('\n')));
}

void IncidentsPage::retranslate()
{
    m_start->setText(tr("Start from playbook…"));
    m_start->setToolTip(
        tr("Start an incident or an exercise from a playbook (%1)")
            .arg(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_ui->sectionTabWidget->setTabText(0, tr("Incidents"));
    m_ui->sectionTabWidget->setTabText(1, tr("Playbooks"));
    m_ui->sectionTabWidget->setTabText(2, tr("Contacts"));
}

void IncidentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(content());
        retranslate();
        if (m_loaded)
            refreshState();
    }
    PageFrame::changeEvent(event);
}

} // namespace mamori

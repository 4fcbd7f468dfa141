#include "SecurityActionPage.h"

#include "AttentionMonitor.h"

#include "ActionDocument.h"
#include "BackgroundTask.h"
#include "Clock.h"
#include "DeclarationsWidget.h"
#include "DiagnosisPanel.h"
#include "Dialogs.h"
#include "FiveRulesPanel.h"
#include "PolicyEditorWidget.h"
#include "ReadinessStrip.h"

#include "ui_SecurityActionPage.h"

#include <QEvent>
#include <QPushButton>

#include <algorithm>

namespace mamori {

namespace {

QString stars(int level)
{
    return level >= 2 ? QStringLiteral("★★") : QStringLiteral("★");
}

} // namespace

SecurityActionPage::SecurityActionPage(ActionDocument &document, SettingsDocument &settings,
                                       AttentionMonitor &attention, QWidget *parent)
    : PageFrame(Page::SecurityAction, Scrolling::ContentScrollsItself, parent),
      m_ui(std::make_unique<Ui::SecurityActionPage>()), m_document(document), m_settings(settings),
      m_attention(attention), m_startDiagnosis(new QPushButton(this))
{
    // The reminders are read again after every change, snooze and done included.
    connect(&m_attention, &AttentionMonitor::changed, this, [this] {
        if (m_lastSnapshot)
            showState(*m_lastSnapshot);
    });
    m_ui->setupUi(content());
    m_startDiagnosis->setObjectName(QStringLiteral("startDiagnosisPushButton"));
    addHeaderWidget(m_startDiagnosis);
    connect(m_startDiagnosis, &QPushButton::clicked, this,
            [this] { showSection(Section::Diagnosis); });
    connect(m_ui->readinessStrip, &ReadinessStrip::linkActivated, this,
            [this](const ReadinessStrip::Target &target) {
                switch (target.place) {
                case ReadinessStrip::Target::Place::Rule:
                    showSection(Section::FiveRules);
                    m_fiveRules->selectRule(target.rule);
                    break;
                case ReadinessStrip::Target::Place::Diagnosis:
                    showSection(Section::Diagnosis);
                    break;
                case ReadinessStrip::Target::Place::Policy:
                    showSection(Section::Policy);
                    break;
                }
            });
    // What the summary shows follows every change, undo and redo included.
    for (const auto signal :
         {&ActionDocument::fiveRulesChanged, &ActionDocument::declarationsChanged,
          &ActionDocument::diagnosesChanged, &ActionDocument::policyChanged,
          &ActionDocument::intervalsChanged}) {
        connect(&m_document, signal, this, [this] {
            if (m_loaded)
                refreshSummary();
        });
    }
    connect(&m_document, &ActionDocument::inventoryEvidenceChanged, this, [this] {
        if (m_loaded)
            countInventory();
    });
    retranslate();
}

SecurityActionPage::~SecurityActionPage() = default;

// Built when the page is first shown: the questions and the policy editor are a good share of
// a cold start otherwise.
void SecurityActionPage::createSections()
{
    if (m_fiveRules)
        return;
    m_fiveRules = new FiveRulesPanel(m_document, this);
    m_diagnosis = new DiagnosisPanel(m_document, this);
    m_policy = new PolicyEditorWidget(m_document, m_settings, this);
    m_declarations = new DeclarationsWidget(m_document, this);
    m_fiveRules->setObjectName(QStringLiteral("fiveRulesPanel"));
    m_diagnosis->setObjectName(QStringLiteral("diagnosisPanel"));
    m_policy->setObjectName(QStringLiteral("policyEditorWidget"));
    m_declarations->setObjectName(QStringLiteral("declarationsWidget"));
    // Each section lays out its own tables and lists, which scroll inside themselves; none is
    // put in a scroll area, so nothing scrolls inside something that scrolls.
    for (QWidget *section :
         {static_cast<QWidget *>(m_fiveRules), static_cast<QWidget *>(m_diagnosis),
          static_cast<QWidget *>(m_policy), static_cast<QWidget *>(m_declarations)})
        m_ui->sectionTabWidget->addTab(section, QString());
    retranslate();
}

void SecurityActionPage::showSection(Section section)
{
    createSections();
    m_ui->sectionTabWidget->setCurrentIndex(int(section));
}

void SecurityActionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    createSections();
    // Re-read on every visit: the inventory and the CLI may have changed what the rules show.
    reload();
}

void SecurityActionPage::reload()
{
    m_loaded = true;
    m_fiveRules->reload();
    m_diagnosis->reload();
    m_policy->reload();
    m_declarations->reload();
    refreshSummary();
    countInventory();
}

void SecurityActionPage::countInventory()
{
    if (!m_document.isOpen())
        return;
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    auto evidence = std::make_shared<InventoryEvidence>();
    m_counting =
        new BackgroundTask(m_document.inventoryEvidenceJob(Clock::today(), evidence), this);
    connect(m_counting, &BackgroundTask::finished, this, [this, evidence](const Status &counted) {
        m_counting->deleteLater();
        m_counting = nullptr;
        if (std::exchange(m_countAgain, false)) {
            countInventory();
            return;
        }
        if (!counted) {
            Dialogs::showError(this, pageTitle(Page::SecurityAction), counted.error());
            return;
        }
        m_fiveRules->setEvidence(*evidence);
        m_diagnosis->setEvidence(*evidence);
        m_fiveRules->reload();
        m_diagnosis->reload();
    });
    m_counting->start();
}

bool SecurityActionPage::confirmDiscard()
{
    if (!m_fiveRules)
        return true;
    return m_fiveRules->confirmDiscard() && m_diagnosis->confirmDiscard() &&
           m_policy->confirmDiscard();
}

void SecurityActionPage::refreshSummary()
{
    if (!m_document.isOpen()) {
        setState(tr("No database open."));
        return;
    }
    auto snapshot = m_document.snapshot(Clock::today());
    if (!snapshot) {
        Dialogs::showError(this, pageTitle(Page::SecurityAction), snapshot.error());
        return;
    }
    m_readiness = ActionRules::readiness(*snapshot);
    m_ui->readinessStrip->showReadiness(m_readiness, *snapshot);
    m_lastSnapshot = *snapshot;
    showState(*snapshot);
    m_startDiagnosis->setText(snapshot->latestDiagnosis ? tr("Open the Self-Diagnosis")
                                                        : tr("Start the Self-Diagnosis"));
}

// "★ declared on 1 April 2026 — 2 of 5 rules in place — 3 reminders due now", with every
// reminder and its date in the tooltip.
void SecurityActionPage::showState(const ActionSnapshot &snapshot)
{
    QStringList parts;
    if (const std::optional<Declaration> &declaration = snapshot.currentDeclaration) {
        QString declared =
            tr("%1 declared on %2")
                .arg(stars(declaration->level),
                     QLocale().toString(declaration->declaredOn, QLocale::LongFormat));
        if (!declaration->declarationId.isEmpty())
            declared += tr(" (self-declaration ID %1)").arg(declaration->declarationId);
        parts << declared;
    } else {
        parts << tr("Not declared yet");
    }
    const auto inPlace = std::count_if(
        snapshot.rules.cbegin(), snapshot.rules.cend(),
        [](const FiveRuleStatus &status) { return status.state == RuleState::InPlace; });
    parts << tr("%1 of 5 rules in place").arg(inPlace);
    int due = 0;
    QStringList reminders;
    for (const Reminder &reminder : m_attention.reminders()) {
        if (reminder.source != QLatin1String("action"))
            continue;
        due += reminder.needsAction() ? 1 : 0;
        const QString day = QLocale().toString(reminder.due, QLocale::ShortFormat);
        switch (reminder.state) {
        case ReminderState::Due:
        case ReminderState::Overdue:
            reminders << tr("%1 — due now").arg(reminder.title);
            break;
        case ReminderState::Snoozed:
            reminders << tr("%1 — snoozed until %2")
                             .arg(reminder.title,
                                  QLocale().toString(reminder.snoozedUntil, QLocale::ShortFormat));
            break;
        case ReminderState::Done:
            reminders << tr("%1 — done for %2").arg(reminder.title, day);
            break;
        case ReminderState::Upcoming:
            reminders << tr("%1 — by %2").arg(reminder.title, day);
            break;
        }
    }
    parts << (due > 0 ? tr("%n reminder(s) due now", nullptr, due) : tr("nothing due now"));
    setState(parts.join(QStringLiteral(" — ")), reminders.join(QLatin1Char('\n')));
}

void SecurityActionPage::retranslate()
{
    m_startDiagnosis->setText(tr("Start the Self-Diagnosis"));
    if (m_ui->sectionTabWidget->count() < 4)
        return;
    m_ui->sectionTabWidget->setTabText(0, tr("Five basic rules"));
    m_ui->sectionTabWidget->setTabText(1, tr("Self-diagnosis"));
    m_ui->sectionTabWidget->setTabText(2, tr("Basic policy"));
    m_ui->sectionTabWidget->setTabText(3, tr("Declarations"));
}

void SecurityActionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(content());
        retranslate();
        if (m_loaded)
            refreshSummary();
    }
    PageFrame::changeEvent(event);
}

} // namespace mamori

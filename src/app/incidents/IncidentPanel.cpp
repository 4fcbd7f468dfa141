#include "IncidentPanel.h"

#include "Clock.h"
#include "CloseIncidentDialog.h"
#include "Dialogs.h"
#include "IncidentDocument.h"
#include "OwnClockDialog.h"
#include "PpcDraftDialog.h"
#include "StartIncidentDialog.h"
#include "TimelineEntryBar.h"
#include "WrappingItemDelegate.h"
#include "incidents/ContactDirectory.h"
#include "incidents/IncidentRules.h"

#include "ui_IncidentPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QSettings>

namespace mamori {

namespace {

const auto listSplitterKey = QStringLiteral("incidents/listSplitter");
const auto workSplitterKey = QStringLiteral("incidents/workSplitter");
constexpr int idRole = Qt::UserRole;

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QColor overdueColour()
{
    return QColor(0xc0, 0x10, 0x10);
}

QString exerciseMark()
{
    return IncidentPanel::tr("[Exercise]");
}

// "3 h", "2 days": how long ago the firm became aware.
QString age(const QDateTime &awareAtUtc)
{
    const qint64 minutes = awareAtUtc.secsTo(Clock::nowUtc()) / 60;
    if (minutes < 60)
        return IncidentPanel::tr("%n min ago", nullptr, int(qMax<qint64>(0, minutes)));
    if (minutes < 48 * 60)
        return IncidentPanel::tr("%n h ago", nullptr, int(minutes / 60));
    return IncidentPanel::tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString clockState(const ReportingClock &clock)
{
    switch (clock.state) {
    case ReportingClock::State::Running:
        return IncidentPanel::tr("Running");
    case ReportingClock::State::Overdue:
        return clock.alerts ? IncidentPanel::tr("OVERDUE")
                            : IncidentPanel::tr("Past due (exercise)");
    case ReportingClock::State::Done:
        return IncidentPanel::tr("Sent %1 (%2)").arg(localTime(clock.doneAt), clock.doneBy);
    case ReportingClock::State::Open:
        break;
    }
    return IncidentPanel::tr("Promptly");
}

QString clockDue(const ReportingClock &clock)
{
    return clock.dueAt.isValid() ? localTime(clock.dueAt) : IncidentPanel::tr("promptly");
}

QString nextClockText(const QList<ReportingClock> &clocks)
{
    const ReportingClock *next = ReportingClocks::next(clocks);
    if (!next)
        return IncidentPanel::tr("none open");
    return QStringLiteral("%1 — %2").arg(next->title, clockDue(*next));
}

} // namespace

IncidentPanel::IncidentPanel(IncidentDocument &document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IncidentPanel>()), m_document(document)
{
    m_ui->setupUi(this);
    m_ui->entryBar->setDocument(&m_document);
    m_ui->detailStackedWidget->setCurrentWidget(m_ui->noIncidentPage);

    // Large, plain step text: read under stress, from a little further away.
    QFont stepFont = m_ui->checklistTreeWidget->font();
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.2);
    m_ui->checklistTreeWidget->setFont(stepFont);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    QFont bold = m_ui->riskTitleLabel->font();
    bold.setBold(true);
    m_ui->riskTitleLabel->setFont(bold);
    m_ui->exerciseLabel->setFont(titleFont);

    for (QTreeWidget *tree : {m_ui->incidentTreeWidget, m_ui->clocksTreeWidget,
                              m_ui->checklistTreeWidget, m_ui->timelineTreeWidget})
        tree->header()->setStretchLastSection(false);
    m_ui->incidentTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_ui->incidentTreeWidget->header()->setSectionResizeMode(column,
                                                                 QHeaderView::ResizeToContents);
    m_ui->clocksTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->clocksTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->clocksTreeWidget->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->checklistTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->checklistTreeWidget->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_ui->checklistTreeWidget->header()->resizeSection(1, 170);
    m_ui->timelineTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->timelineTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->timelineTreeWidget->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    // No step text or entry is cut off: rows are as tall as their wrapped text.
    WrappingItemDelegate::install(m_ui->checklistTreeWidget);
    WrappingItemDelegate::install(m_ui->timelineTreeWidget);
    m_ui->checklistTreeWidget->setIndentation(12);

    m_ui->incidentSplitter->setStretchFactor(1, 1);
    // The checklist is what is read in the first hour: it gets the larger share.
    m_ui->workSplitter->setStretchFactor(0, 3);
    m_ui->workSplitter->setStretchFactor(1, 2);
    const QSettings settings;
    if (!m_ui->incidentSplitter->restoreState(settings.value(listSplitterKey).toByteArray()))
        m_ui->incidentSplitter->setSizes({100, 600});
    if (!m_ui->workSplitter->restoreState(settings.value(workSplitterKey).toByteArray()))
        m_ui->workSplitter->setSizes({600, 400});
    connect(m_ui->incidentSplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(listSplitterKey, m_ui->incidentSplitter->saveState()); });
    connect(m_ui->workSplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(workSplitterKey, m_ui->workSplitter->saveState()); });

    connect(m_ui->incidentTreeWidget, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) {
                if (!m_filling && item)
                    showIncident(item->data(0, idRole).toLongLong());
            });
    connect(m_ui->showClosedCheckBox, &QCheckBox::toggled, this, [this] { reloadList(); });
    connect(m_ui->checklistTreeWidget, &QTreeWidget::currentItemChanged, this, [this] {
        showSelectedStep();
        updateButtons();
    });
    connect(m_ui->clocksTreeWidget, &QTreeWidget::currentItemChanged, this, [this] {
        showSelectedClock();
        updateButtons();
    });
    connect(m_ui->timelineTreeWidget, &QTreeWidget::currentItemChanged, this,
            [this] { updateButtons(); });
    m_ui->checklistTreeWidget->installEventFilter(this);
    connect(m_ui->stepDonePushButton, &QPushButton::clicked, this,
            &IncidentPanel::tickSelectedStep);
    connect(m_ui->stepNotApplicablePushButton, &QPushButton::clicked, this,
            &IncidentPanel::markSelectedStepNotApplicable);
    connect(m_ui->stepOpenPushButton, &QPushButton::clicked, this,
            &IncidentPanel::openSelectedStep);
    connect(m_ui->reportSentPushButton, &QPushButton::clicked, this,
            &IncidentPanel::markSelectedClockSent);
    connect(m_ui->addClockPushButton, &QPushButton::clicked, this, &IncidentPanel::addClock);
    connect(m_ui->ppcDraftPushButton, &QPushButton::clicked, this, &IncidentPanel::showPpcDraft);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &IncidentPanel::closeIncident);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &IncidentPanel::editDetails);
    connect(m_ui->entryBar, &TimelineEntryBar::correctRequested, this,
            &IncidentPanel::correctSelectedEntry);
    connect(m_ui->statusComboBox, &QComboBox::activated, this, [this] {
        if (!m_file)
            return;
        Incident changed = m_file->incident;
        changed.status = IncidentStatus(m_ui->statusComboBox->currentData().toInt());
        if (changed.status != m_file->incident.status)
            m_document.updateIncident(changed);
    });
    connect(m_ui->severityComboBox, &QComboBox::activated, this, [this] {
        if (!m_file)
            return;
        Incident changed = m_file->incident;
        changed.severity = IncidentSeverity(m_ui->severityComboBox->currentData().toInt());
        if (changed.severity != m_file->incident.severity)
            m_document.updateIncident(changed);
    });
    connect(m_ui->participantsLineEdit, &QLineEdit::editingFinished, this,
            &IncidentPanel::saveExerciseNotes);
    connect(m_ui->lessonsLineEdit, &QLineEdit::editingFinished, this,
            &IncidentPanel::saveExerciseNotes);

    connect(&m_document, &IncidentDocument::incidentsChanged, this, [this] { reloadList(); });
    connect(&m_document, &IncidentDocument::incidentChanged, this, [this](qint64 id) {
        if (id == currentIncidentId())
            showIncident(id);
    });
    connect(&m_document, &IncidentDocument::timelineChanged, this, [this](qint64 id) {
        if (id == currentIncidentId())
            showIncident(id);
    });
    connect(&m_document, &IncidentDocument::contactsChanged, this, [this] {
        auto contacts = m_document.contacts();
        m_contacts = contacts ? *contacts : QList<Contact>();
        m_ui->entryBar->setContacts(m_contacts);
        if (m_file)
            fillChecklist();
    });
    retranslate();
}

IncidentPanel::~IncidentPanel() = default;

TimelineEntryBar *IncidentPanel::entryBar() const
{
    return m_ui->entryBar;
}

void IncidentPanel::reload()
{
    auto contacts = m_document.contacts();
    m_contacts = contacts ? *contacts : QList<Contact>();
    m_ui->entryBar->setContacts(m_contacts);
    reloadList();
}

qint64 IncidentPanel::currentIncidentId() const
{
    return m_file ? m_file->incident.id : 0;
}

void IncidentPanel::reloadList()
{
    auto incidents = m_document.incidents();
    if (!incidents) {
        Dialogs::showError(this, tr("Incidents"), incidents.error());
        return;
    }
    const qint64 current = currentIncidentId();
    const bool showClosed = m_ui->showClosedCheckBox->isChecked();
    m_filling = true;
    m_ui->incidentTreeWidget->clear();
    QTreeWidgetItem *selected = nullptr;
    int closed = 0;
    for (const IncidentSummary &summary : *incidents) {
        const Incident &incident = summary.incident;
        if (incident.isClosed()) {
            ++closed;
            if (!showClosed && incident.id != current)
                continue;
        }
        auto *item = new QTreeWidgetItem(m_ui->incidentTreeWidget);
        item->setData(0, idRole, incident.id);
        item->setText(0, incident.exercise
                             ? QStringLiteral("%1 %2").arg(exerciseMark(), incident.title)
                             : incident.title);
        item->setText(1, IncidentValues::label(incident.severity));
        item->setText(2, IncidentValues::label(incident.status));
        item->setText(3, age(incident.awareAt));
        item->setText(4, incident.isClosed() ? QString() : nextClockText(summary.clocks));
        const bool overdue = std::any_of(
            summary.clocks.cbegin(), summary.clocks.cend(), [](const ReportingClock &clock) {
                return clock.state == ReportingClock::State::Overdue && clock.alerts;
            });
        if (overdue && !incident.isClosed())
            item->setForeground(4, overdueColour());
        if (incident.severity == IncidentSeverity::Critical && !incident.isClosed()) {
            QFont font = item->font(1);
            font.setBold(true);
            item->setFont(1, font);
        }
        if (incident.isClosed()) {
            for (int column = 0; column < 5; ++column)
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (incident.id == current)
            selected = item;
    }
    m_ui->showClosedCheckBox->setText(tr("Show closed incidents (%1)").arg(closed));
    if (!selected && m_ui->incidentTreeWidget->topLevelItemCount() > 0)
        selected = m_ui->incidentTreeWidget->topLevelItem(0);
    m_ui->incidentTreeWidget->setCurrentItem(selected);
    m_filling = false;
    showIncident(selected ? selected->data(0, idRole).toLongLong() : 0);
}

bool IncidentPanel::selectIncident(qint64 id)
{
    for (int i = 0; i < m_ui->incidentTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->incidentTreeWidget->topLevelItem(i);
        if (item->data(0, idRole).toLongLong() == id) {
            m_ui->incidentTreeWidget->setCurrentItem(item);
            showIncident(id);
            return true;
        }
    }
    return false;
}

void IncidentPanel::showIncident(qint64 id)
{
    if (id == 0) {
        m_file.reset();
        m_ui->entryBar->setIncident(0, false);
        m_ui->detailStackedWidget->setCurrentWidget(m_ui->noIncidentPage);
        updateButtons();
        return;
    }
    auto file = m_document.file(id);
    if (!file) {
        Dialogs::showError(this, tr("Incidents"), file.error());
        return;
    }
    // Keep the selections while the same incident is shown again after a change.
    const bool same = currentIncidentId() == id;
    const int step = same && selectedStep() ? selectedStep()->number : 0;
    const QString clock = same && selectedClock() ? selectedClock()->key : QString();
    const qint64 entry = same && selectedEntry() ? selectedEntry()->id : 0;
    m_file = *file;
    m_filling = true;
    fillHeader();
    fillClocks();
    fillRisk();
    fillChecklist();
    fillTimeline();
    m_filling = false;
    if (!step || !selectStep(step)) {
        // The first open step: what to do now.
        const auto open =
            std::find_if(m_file->steps.cbegin(), m_file->steps.cend(),
                         [](const IncidentStep &s) { return s.state == StepState::Open; });
        selectStep(open != m_file->steps.cend() ? open->number : 1);
    }
    if (clock.isEmpty() || !selectClock(clock)) {
        if (m_ui->clocksTreeWidget->topLevelItemCount() > 0)
            m_ui->clocksTreeWidget->setCurrentItem(m_ui->clocksTreeWidget->topLevelItem(0));
    }
    if (entry)
        selectEntry(entry);
    else
        m_ui->timelineTreeWidget->scrollToBottom();
    m_ui->entryBar->setIncident(id, !m_file->incident.isClosed());
    m_ui->detailStackedWidget->setCurrentWidget(m_ui->incidentPage);
    showSelectedStep();
    showSelectedClock();
    updateButtons();
}

void IncidentPanel::fillHeader()
{
    const Incident &incident = m_file->incident;
    m_ui->exerciseLabel->setVisible(incident.exercise);
    m_ui->exerciseLabel->setText(exerciseMark());
    m_ui->titleLabel->setText(incident.title);
    m_ui->titleLabel->setToolTip(incident.title);
    m_ui->statusComboBox->clear();
    for (IncidentStatus status : IncidentValues::statuses()) {
        if (status != IncidentStatus::Closed || incident.isClosed())
            m_ui->statusComboBox->addItem(IncidentValues::label(status), int(status));
    }
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(incident.status)));
    m_ui->severityComboBox->clear();
    for (IncidentSeverity severity : IncidentValues::severities())
        m_ui->severityComboBox->addItem(IncidentValues::label(severity), int(severity));
    m_ui->severityComboBox->setCurrentIndex(
        m_ui->severityComboBox->findData(int(incident.severity)));
    QStringList times{
        tr("Detected %1").arg(localTime(incident.detectedAt)),
        tr("became aware %1 (the legal clocks count from here)").arg(localTime(incident.awareAt))};
    if (!incident.reporter.isEmpty())
        times << tr("reported by %1").arg(incident.reporter);
    times << tr("playbook: %1").arg(incident.playbookTitle);
    if (incident.isClosed())
        times << tr("closed %1 by %2")
                     .arg(localTime(incident.closeOut.closedAt), incident.closeOut.closedBy);
    m_ui->timesLabel->setText(times.join(QStringLiteral(" · ")));
    m_ui->exerciseNotesWidget->setVisible(incident.exercise);
    m_ui->participantsLineEdit->setText(incident.participants);
    m_ui->lessonsLineEdit->setText(incident.lessons);
}

void IncidentPanel::fillClocks()
{
    m_ui->clocksTreeWidget->clear();
    for (const ReportingClock &clock : m_file->clocks) {
        auto *item = new QTreeWidgetItem(m_ui->clocksTreeWidget);
        item->setData(0, idRole, clock.key);
        item->setText(0, clock.title);
        item->setText(1, clockDue(clock));
        item->setText(2, clockState(clock));
        item->setToolTip(0, clock.guideline);
        if (clock.state == ReportingClock::State::Overdue && clock.alerts) {
            QFont font = item->font(0);
            font.setBold(true);
            for (int column = 0; column < 3; ++column) {
                item->setForeground(column, overdueColour());
                item->setFont(column, font);
            }
        } else if (clock.state == ReportingClock::State::Done) {
            for (int column = 0; column < 3; ++column)
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    const bool none = m_file->clocks.isEmpty();
    m_ui->clocksTreeWidget->setVisible(!none);
    if (none)
        m_ui->guidelineLabel->setText(
            m_file->incident.triggers.reportRequired()
                ? QString()
                : tr("No reporting clock runs: no reporting trigger applies. If personal data "
                     "turns out to be involved, set the triggers with Edit details…."));
    // Tall enough for the legal clocks and one of the firm's, never more.
    const int rows = qMin(4, qMax(1, int(m_file->clocks.size())));
    m_ui->clocksTreeWidget->setFixedHeight(m_ui->clocksTreeWidget->header()->sizeHint().height() +
                                           rows * (fontMetrics().height() + 6) + 4);
}

void IncidentPanel::fillRisk()
{
    QStringList lines;
    for (const ExposedAsset &asset : m_file->exposed) {
        QString line = QStringLiteral("• %1").arg(asset.name);
        if (asset.personalData != PersonalData::None)
            line += QStringLiteral(" — %1").arg(AssetValues::label(asset.personalData));
        if (!asset.deviceNames.isEmpty())
            line +=
                QLatin1Char(' ') + tr("(on %1)").arg(asset.deviceNames.join(QStringLiteral(", ")));
        lines << line;
    }
    auto devices = m_document.devices(m_file->incident.deviceIds);
    QStringList deviceLabels;
    if (devices) {
        for (const IncidentDocument::DeviceChoice &device : *devices)
            deviceLabels << device.label;
    }
    if (deviceLabels.isEmpty())
        lines.prepend(tr("No affected device is recorded yet (Edit details…)."));
    else if (m_file->exposed.isEmpty())
        lines << tr("No information asset is linked to the affected devices: %1.")
                     .arg(deviceLabels.join(QStringLiteral(", ")));
    const QStringList kinds = IncidentRules::personalDataKinds(m_file->exposed);
    if (!kinds.isEmpty())
        lines.prepend(tr("Personal data involved: %1").arg(kinds.join(QStringLiteral(", "))));
    m_ui->riskLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->riskLabel->setToolTip(
        deviceLabels.isEmpty()
            ? QString()
            : tr("Affected devices: %1").arg(deviceLabels.join(QStringLiteral(", "))));
}

QString IncidentPanel::contactLine(const QString &key) const
{
    const Contact *contact = ContactDirectory::find(m_contacts, key);
    return contact ? ContactDirectory::line(*contact, currentUiLanguage()) : QString();
}

void IncidentPanel::fillChecklist()
{
    const UiLanguage language = currentUiLanguage();
    m_ui->checklistTreeWidget->clear();
    QTreeWidgetItem *phaseItem = nullptr;
    std::optional<IncidentPhase> phase;
    QFont phaseFont = m_ui->checklistTreeWidget->font();
    phaseFont.setBold(true);
    for (const IncidentStep &step : m_file->steps) {
        if (phase != step.step.phase) {
            phase = step.step.phase;
            phaseItem = new QTreeWidgetItem(m_ui->checklistTreeWidget);
            phaseItem->setText(0, phaseLabel(*phase));
            phaseItem->setFont(0, phaseFont);
            phaseItem->setFlags(Qt::ItemIsEnabled);
            phaseItem->setFirstColumnSpanned(true);
            phaseItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(phaseItem);
        item->setData(0, idRole, step.number);
        QString text =
            QStringLiteral("%1. %2")
                .arg(step.number)
                .arg(step.step.decision ? tr("Decide: %1").arg(step.step.text.in(language))
                                        : step.step.text.in(language));
        if (step.state == StepState::Done)
            text +=
                QLatin1Char('\n') + tr("Done %1 by %2").arg(localTime(step.doneAt), step.doneBy);
        else if (step.state == StepState::NotApplicable)
            text += QLatin1Char('\n') + tr("Not applicable: %1").arg(step.reason);
        item->setText(0, text);
        item->setCheckState(0, step.state == StepState::Done            ? Qt::Checked
                               : step.state == StepState::NotApplicable ? Qt::PartiallyChecked
                                                                        : Qt::Unchecked);
        QStringList who;
        if (const PlaybookRoles::Role *role = PlaybookRoles::bundled().role(step.step.role))
            who << role->label.in(language);
        if (const QString contact = contactLine(step.step.contact); !contact.isEmpty())
            who << tr("Call: %1").arg(contact);
        item->setText(1, who.join(QLatin1Char('\n')));
        item->setTextAlignment(1, Qt::AlignLeft | Qt::AlignTop);
        item->setToolTip(0, step.step.why.in(language));
        if (step.state != StepState::Open) {
            for (int column = 0; column < 2; ++column)
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
}

void IncidentPanel::fillTimeline()
{
    m_ui->timelineTreeWidget->clear();
    QHash<qint64, qint64> correctedBy;
    for (const TimelineEntry &entry : m_file->timeline) {
        if (entry.corrects)
            correctedBy.insert(*entry.corrects, entry.id);
    }
    for (const TimelineEntry &entry : m_file->timeline) {
        auto *item = new QTreeWidgetItem(m_ui->timelineTreeWidget);
        item->setData(0, idRole, entry.id);
        item->setText(0, QStringLiteral("#%1  %2").arg(entry.id).arg(localTime(entry.occurredAt)));
        item->setText(1, IncidentValues::label(entry.kind));
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(1, Qt::AlignLeft | Qt::AlignTop);
        QStringList lines;
        lines << (entry.corrects ? tr("Corrects #%1: %2").arg(*entry.corrects).arg(entry.text)
                                 : entry.text);
        if (entry.kind == EntryKind::Decision)
            lines << tr("Decided by %1 — why: %2").arg(entry.decidedBy, entry.reason);
        if (entry.kind == EntryKind::Contact && !entry.contactKey.isEmpty())
            lines << tr("Whom: %1").arg(contactLine(entry.contactKey));
        if (entry.kind == EntryKind::Evidence)
            lines << tr("File: %1").arg(entry.evidencePath)
                  << QStringLiteral("SHA-256: %1").arg(entry.evidenceSha256);
        if (const qint64 by = correctedBy.value(entry.id))
            lines << tr("Corrected by #%1").arg(by);
        lines << tr("— %1").arg(entry.author);
        item->setText(2, lines.join(QLatin1Char('\n')));
        item->setToolTip(0, tr("Recorded %1").arg(localTime(entry.recordedAt)));
        if (correctedBy.contains(entry.id)) {
            QFont font = item->font(2);
            font.setItalic(true);
            for (int column = 0; column < 3; ++column) {
                item->setFont(column, font);
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    }
}

const IncidentStep *IncidentPanel::selectedStep() const
{
    if (!m_file)
        return nullptr;
    const QTreeWidgetItem *item = m_ui->checklistTreeWidget->currentItem();
    const int number = item ? item->data(0, idRole).toInt() : 0;
    for (const IncidentStep &step : m_file->steps) {
        if (step.number == number)
            return &step;
    }
    return nullptr;
}

const ReportingClock *IncidentPanel::selectedClock() const
{
    if (!m_file)
        return nullptr;
    const QTreeWidgetItem *item = m_ui->clocksTreeWidget->currentItem();
    const QString key = item ? item->data(0, idRole).toString() : QString();
    for (const ReportingClock &clock : m_file->clocks) {
        if (clock.key == key)
            return &clock;
    }
    return nullptr;
}

const TimelineEntry *IncidentPanel::selectedEntry() const
{
    if (!m_file)
        return nullptr;
    const QTreeWidgetItem *item = m_ui->timelineTreeWidget->currentItem();
    const qint64 id = item ? item->data(0, idRole).toLongLong() : 0;
    for (const TimelineEntry &entry : m_file->timeline) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

bool IncidentPanel::selectStep(int number)
{
    for (QTreeWidgetItemIterator it(m_ui->checklistTreeWidget); *it; ++it) {
        if ((*it)->data(0, idRole).toInt() == number && (*it)->parent()) {
            m_ui->checklistTreeWidget->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

bool IncidentPanel::selectEntry(qint64 entryId)
{
    for (int i = 0; i < m_ui->timelineTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->timelineTreeWidget->topLevelItem(i);
        if (item->data(0, idRole).toLongLong() == entryId) {
            m_ui->timelineTreeWidget->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool IncidentPanel::selectClock(const QString &key)
{
    for (int i = 0; i < m_ui->clocksTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->clocksTreeWidget->topLevelItem(i);
        if (item->data(0, idRole).toString() == key) {
            m_ui->clocksTreeWidget->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void IncidentPanel::showSelectedStep()
{
    const IncidentStep *step = selectedStep();
    if (!step) {
        m_ui->stepDetailLabel->setText(tr("Select a step to see why it matters and whom to call."));
        return;
    }
    const UiLanguage language = currentUiLanguage();
    QStringList lines{tr("Why: %1").arg(step->step.why.in(language))};
    if (step->step.decision && !step->step.criteria.isEmpty())
        lines << tr("The firm's criteria, decided in advance: %1")
                     .arg(step->step.criteria.in(language));
    if (const QString contact = contactLine(step->step.contact); !contact.isEmpty())
        lines << tr("Call: %1").arg(contact);
    if (!step->step.reports.isEmpty()) {
        QStringList reports;
        for (ReportKind report : step->step.reports)
            reports << reportLabel(report);
        lines << tr("Reports that may fall due: %1").arg(reports.join(QStringLiteral(", ")));
    }
    m_ui->stepDetailLabel->setText(lines.join(QLatin1Char('\n')));
}

void IncidentPanel::showSelectedClock()
{
    if (const ReportingClock *clock = selectedClock())
        m_ui->guidelineLabel->setText(clock->guideline);
}

void IncidentPanel::updateButtons()
{
    const bool writable = m_file && !m_file->incident.isClosed();
    const IncidentStep *step = selectedStep();
    m_ui->stepDonePushButton->setEnabled(writable && step && step->state != StepState::Done);
    m_ui->stepNotApplicablePushButton->setEnabled(writable && step &&
                                                  step->state != StepState::NotApplicable);
    m_ui->stepOpenPushButton->setEnabled(writable && step && step->state != StepState::Open);
    const ReportingClock *clock = selectedClock();
    m_ui->reportSentPushButton->setEnabled(writable && clock);
    m_ui->reportSentPushButton->setText(clock && clock->state == ReportingClock::State::Done
                                            ? tr("Not sent yet")
                                            : tr("Report sent"));
    m_ui->addClockPushButton->setEnabled(writable);
    m_ui->statusComboBox->setEnabled(writable);
    m_ui->severityComboBox->setEnabled(writable);
    m_ui->editPushButton->setEnabled(writable);
    m_ui->closePushButton->setEnabled(writable);
    m_ui->ppcDraftPushButton->setEnabled(m_file.has_value());
    m_ui->participantsLineEdit->setReadOnly(!writable);
    m_ui->lessonsLineEdit->setReadOnly(!writable);
    m_ui->entryBar->setCorrectable(writable && selectedEntry());
}

void IncidentPanel::focusEntryLine()
{
    m_ui->entryBar->focusEntry();
}

bool IncidentPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Space ticks the selected step (as a checkbox would); the tree would only toggle a
    // user-checkable item, and these are ticked through the document.
    if (watched == m_ui->checklistTreeWidget && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        if (const IncidentStep *step = selectedStep(); step && step->state != StepState::Done)
            tickSelectedStep();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentPanel::tickSelectedStep()
{
    if (const IncidentStep *step = selectedStep(); step && !m_file->incident.isClosed())
        m_document.setStep(m_file->incident.id, step->number, StepState::Done);
}

void IncidentPanel::markSelectedStepNotApplicable()
{
    const IncidentStep *step = selectedStep();
    if (!step || m_file->incident.isClosed())
        return;
    const qint64 id = m_file->incident.id;
    const int number = step->number;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Not applicable"),
                                                 tr("Why does step %1 not apply?").arg(number),
                                                 QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (ok && !reason.isEmpty())
        m_document.setStep(id, number, StepState::NotApplicable, reason);
}

void IncidentPanel::openSelectedStep()
{
    if (const IncidentStep *step = selectedStep(); step && !m_file->incident.isClosed())
        m_document.setStep(m_file->incident.id, step->number, StepState::Open);
}

void IncidentPanel::markSelectedClockSent()
{
    const ReportingClock *clock = selectedClock();
    if (!clock || m_file->incident.isClosed())
        return;
    m_document.setClockDone(m_file->incident.id, clock->key, clock->title,
                            clock->state != ReportingClock::State::Done);
}

void IncidentPanel::addClock()
{
    if (!m_file || m_file->incident.isClosed())
        return;
    const qint64 id = m_file->incident.id;
    OwnClockDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_document.addOwnClock(id, dialog.clock());
}

void IncidentPanel::correctSelectedEntry()
{
    if (const TimelineEntry *entry = selectedEntry(); entry && !m_file->incident.isClosed())
        m_ui->entryBar->beginCorrection(*entry);
}

void IncidentPanel::showPpcDraft()
{
    if (!m_file)
        return;
    auto draft = m_document.ppcDraft(m_file->incident.id);
    if (!draft) {
        Dialogs::showError(this, tr("PPC report draft"), draft.error());
        return;
    }
    PpcDraftDialog dialog(*draft, m_file->incident.title, this);
    dialog.exec();
}

void IncidentPanel::closeIncident()
{
    if (!m_file || m_file->incident.isClosed())
        return;
    const IncidentFile file = *m_file;
    CloseIncidentDialog dialog(file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (file.incident.exercise) {
        Incident notes = file.incident;
        notes.participants = dialog.participants();
        notes.lessons = dialog.lessons();
        if (notes != file.incident && !m_document.updateIncident(notes))
            return;
    }
    m_document.close(file.incident.id, dialog.closeOut());
}

void IncidentPanel::editDetails()
{
    if (!m_file || m_file->incident.isClosed())
        return;
    const IncidentFile file = *m_file;
    StartIncidentDialog dialog(m_document, {}, this);
    dialog.editIncident(file.incident);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const IncidentStart request = dialog.request();
    Incident changed = file.incident;
    changed.title = request.title;
    changed.detectedAt = request.detectedAt;
    changed.awareAt = request.awareAt;
    changed.reporter = request.reporter;
    changed.severity = request.severity;
    changed.triggers = request.triggers;
    changed.participants = request.participants;
    if (changed != file.incident && !m_document.updateIncident(changed))
        return;
    if (request.deviceIds != file.incident.deviceIds)
        m_document.setDevices(file.incident.id, request.deviceIds);
}

void IncidentPanel::saveExerciseNotes()
{
    if (!m_file || m_filling || m_file->incident.isClosed() || !m_file->incident.exercise)
        return;
    Incident changed = m_file->incident;
    changed.participants = m_ui->participantsLineEdit->text().trimmed();
    changed.lessons = m_ui->lessonsLineEdit->text().trimmed();
    if (changed != m_file->incident)
        m_document.updateIncident(changed);
}

void IncidentPanel::retranslate()
{
    m_ui->noIncidentLabel->setText(
        tr("No incident recorded. When something happens, press Start from playbook… (%1): the "
           "playbook's steps become your checklist. You can also run a playbook as an exercise.")
            .arg(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_ui->stepDonePushButton->setToolTip(tr("Tick the selected step: the time and your name are "
                                            "recorded."));
}

void IncidentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (isVisible() || m_file)
            reloadList();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori

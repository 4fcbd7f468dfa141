#include "GettingStartedWidget.h"

#include "Clock.h"
#include "DatabaseSession.h"
#include "SettingsDocument.h"
#include "action/ActionDocument.h"
#include "assets/InventoryDocument.h"
#include "backups/BackupDocument.h"

#include "ui_GettingStartedWidget.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace mamori {

namespace {

// Where each step is done.
std::optional<Page> pageOf(GettingStartedWidget::Step step)
{
    switch (step) {
    case GettingStartedWidget::Step::CompanyProfile:
        return Page::Settings;
    case GettingStartedWidget::Step::DeviceList:
        return Page::Assets;
    case GettingStartedWidget::Step::FiveRules:
    case GettingStartedWidget::Step::SelfDiagnosis:
        return Page::SecurityAction;
    case GettingStartedWidget::Step::BackupPlan:
        return Page::Backups;
    }
    return std::nullopt;
}

} // namespace

GettingStartedWidget::GettingStartedWidget(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::GettingStartedWidget>()), m_context(context)
{
    m_ui->setupUi(this);
    createRows();
    showSteps();
}

GettingStartedWidget::~GettingStartedWidget() = default;

void GettingStartedWidget::createRows()
{
    for (const Step step : {Step::CompanyProfile, Step::DeviceList, Step::FiveRules,
                            Step::SelfDiagnosis, Step::BackupPlan}) {
        StepRow row;
        row.step = step;
        const int line = int(m_rows.size());
        row.state = new QLabel(m_ui->gettingStartedGroupBox);
        row.state->setObjectName(QStringLiteral("stepStateLabel%1").arg(line + 1));
        row.state->setTextFormat(Qt::PlainText);
        row.text = new QLabel(m_ui->gettingStartedGroupBox);
        row.text->setObjectName(QStringLiteral("stepTextLabel%1").arg(line + 1));
        row.text->setTextFormat(Qt::RichText); // a bold title; the words are ours, escaped
        row.text->setWordWrap(true);
        m_ui->stepsLayout->addWidget(row.state, line, 0, Qt::AlignTop);
        m_ui->stepsLayout->addWidget(row.text, line, 1);
        if (const std::optional<Page> page = pageOf(step)) {
            row.go = new QPushButton(m_ui->gettingStartedGroupBox);
            row.go->setObjectName(QStringLiteral("stepPushButton%1").arg(line + 1));
            connect(row.go, &QPushButton::clicked, this,
                    [this, page = *page] { m_context.showPage(page); });
            m_ui->stepsLayout->addWidget(row.go, line, 2, Qt::AlignTop);
        }
        m_rows << row;
    }
    m_ui->stepsLayout->setColumnStretch(1, 1);
}

void GettingStartedWidget::refresh()
{
    readSteps();
    showSteps();
    emit stepsRead();
}

bool GettingStartedWidget::isDone(Step step) const
{
    for (const StepRow &row : m_rows) {
        if (row.step == step)
            return row.done;
    }
    return false;
}

int GettingStartedWidget::doneCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const StepRow &row) { return row.done; }));
}

QString GettingStartedWidget::stateText() const
{
    if (!m_readError.isEmpty())
        return tr("The first steps cannot be read: %1").arg(m_readError);
    if (!m_context.session.isOpen())
        return tr("No database open.");
    return tr("First steps: %1 of %2 done.").arg(doneCount()).arg(m_rows.size());
}

void GettingStartedWidget::readSteps()
{
    m_readError.clear();
    for (StepRow &row : m_rows) {
        row.done = false;
        row.rulesInPlace = -1;
    }
    if (!m_context.session.isOpen())
        return;
    const auto profile = m_context.settings.companyProfile();
    const auto devices = m_context.inventory.labels(AssetKind::Devices, 1);
    const auto snapshot = m_context.action.snapshot(Clock::today());
    const auto hasPlans = m_context.backups.hasPlans();
    for (const Error *error :
         {profile ? nullptr : &profile.error(), devices ? nullptr : &devices.error(),
          snapshot ? nullptr : &snapshot.error(), hasPlans ? nullptr : &hasPlans.error()}) {
        if (error && m_readError.isEmpty())
            m_readError = error->fullText();
    }
    for (StepRow &row : m_rows) {
        switch (row.step) {
        case Step::CompanyProfile:
            row.done = profile && profile->has_value() && !(*profile)->name.isEmpty();
            break;
        case Step::DeviceList:
            row.done = devices && !devices->isEmpty();
            break;
        case Step::FiveRules: {
            if (!snapshot)
                break;
            const auto inPlace = std::count_if(
                snapshot->rules.cbegin(), snapshot->rules.cend(),
                [](const FiveRuleStatus &status) { return status.state == RuleState::InPlace; });
            row.done = inPlace == 5;
            row.rulesInPlace = int(inPlace);
            break;
        }
        case Step::SelfDiagnosis:
            row.done = snapshot && snapshot->latestDiagnosis.has_value();
            break;
        case Step::BackupPlan:
            row.done = hasPlans && *hasPlans;
            break;
        }
    }
}

void GettingStartedWidget::showSteps()
{
    for (const StepRow &row : std::as_const(m_rows)) {
        QString title;
        QString explanation;
        QString button;
        switch (row.step) {
        case Step::CompanyProfile:
            title = tr("Fill in your company profile");
            explanation = tr("Name, representative and size: they appear in your policy and "
                             "reports.");
            button = tr("Open Settings");
            break;
        case Step::DeviceList:
            title = tr("Import your device list");
            explanation = tr("Your PCs, phones, servers and cloud services, from Excel or CSV, "
                             "or added one by one.");
            button = tr("Open Assets");
            break;
        case Step::FiveRules:
            title = tr("Put the five basic rules in place");
            explanation = tr("What a ★ declaration commits to: record how each rule is done.");
            button = tr("Open SECURITY ACTION");
            break;
        case Step::SelfDiagnosis:
            title = tr("Complete the self-diagnosis");
            explanation = tr("25 questions that show your weak spots; needed for ★★.");
            button = tr("Open SECURITY ACTION");
            break;
        case Step::BackupPlan:
            title = tr("Make a backup plan");
            explanation = tr("What is copied where and when, so Mamori can tell you when a "
                             "backup is late or a restore test is due.");
            button = tr("Open Backups");
            break;
        }
        if (row.rulesInPlace >= 0)
            explanation += QLatin1Char(' ') + tr("%1 of 5 in place.").arg(row.rulesInPlace);
        row.state->setText(row.done ? tr("✔ Done") : tr("☐ To do"));
        row.text->setText(QStringLiteral("<b>%1</b><br>%2")
                              .arg(title.toHtmlEscaped(), explanation.toHtmlEscaped()));
        if (row.go) {
            row.go->setText(button);
            row.go->setEnabled(m_context.session.isOpen());
        }
    }
}

void GettingStartedWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showSteps();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori

#include "SecurityActionPage.h"

#include "ActionDocument.h"
#include "BackgroundTask.h"
#include "Clock.h"
#include "DeclarationsWidget.h"
#include "DiagnosisPanel.h"
#include "Dialogs.h"
#include "FiveRulesPanel.h"
#include "Page.h"
#include "PolicyEditorWidget.h"

#include "ui_SecurityActionPage.h"

#include <QEvent>
#include <QScrollArea>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecurityActionPage)
};

// A readiness list kept short so the sections below keep their room; the label's tooltip has
// every line.
QString bulleted(const QStringList &lines, int maximumLines = 5)
{
    QStringList bullets;
    for (const QString &line : lines)
        bullets << QStringLiteral("• %1").arg(line);
    if (bullets.size() > maximumLines) {
        const int hidden = int(bullets.size()) - (maximumLines - 1);
        bullets = bullets.mid(0, maximumLines - 1);
        bullets << Text::tr("… and %n more", nullptr, hidden);
    }
    return bullets.join(QLatin1Char('\n'));
}

QString allBulleted(const QStringList &lines)
{
    return bulleted(lines, int(lines.size()));
}

QString stars(int level)
{
    return level >= 2 ? QStringLiteral("★★") : QStringLiteral("★");
}

} // namespace

SecurityActionPage::SecurityActionPage(ActionDocument &document, SettingsDocument &settings,
                                       QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SecurityActionPage>()), m_document(document),
      m_settings(settings)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->titleLabel);
    QFont bold = m_ui->levelLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->levelLabel->setFont(bold);
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
    // Wrapped text gets its true height only inside a scroll area; a fixed six lines keep the
    // summary the same size whatever it says, and long lists scroll.
    for (QLabel *label : {m_ui->oneStarLabel, m_ui->twoStarsLabel, m_ui->remindersLabel}) {
        QLayout *boxLayout = label->parentWidget()->layout();
        auto *scrollArea = new QScrollArea(label->parentWidget());
        scrollArea->setFrameShape(QFrame::NoFrame);
        scrollArea->setWidgetResizable(true);
        scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scrollArea->setFixedHeight(label->fontMetrics().lineSpacing() * 6 + 4);
        boxLayout->replaceWidget(label, scrollArea);
        scrollArea->setWidget(label);
        scrollArea->viewport()->setAutoFillBackground(false);
        label->setAutoFillBackground(false);
    }
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
    for (QWidget *section :
         {static_cast<QWidget *>(m_fiveRules), static_cast<QWidget *>(m_diagnosis),
          static_cast<QWidget *>(m_policy), static_cast<QWidget *>(m_declarations)}) {
        // Scrollable, so a small window squeezes the section rather than the readiness summary.
        auto *scrollArea = new QScrollArea(m_ui->sectionTabWidget);
        scrollArea->setFrameShape(QFrame::NoFrame);
        scrollArea->setWidgetResizable(true);
        scrollArea->setWidget(section);
        m_ui->sectionTabWidget->addTab(scrollArea, QString());
    }
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
    if (!m_document.isOpen())
        return;
    auto snapshot = m_document.snapshot(Clock::today());
    if (!snapshot) {
        Dialogs::showError(this, pageTitle(Page::SecurityAction), snapshot.error());
        return;
    }
    m_readiness = ActionRules::readiness(*snapshot);
    const std::optional<Declaration> &declaration = snapshot->currentDeclaration;
    if (declaration) {
        QString level = tr("Declared %1 on %2")
                            .arg(stars(declaration->level),
                                 QLocale().toString(declaration->declaredOn, QLocale::LongFormat));
        if (!declaration->declarationId.isEmpty())
            level += tr(" (self-declaration ID %1)").arg(declaration->declarationId);
        m_ui->levelLabel->setText(level);
    } else {
        m_ui->levelLabel->setText(
            tr("Not declared yet. Record your declaration on the Declarations tab once you "
               "have made it on IPA's site."));
    }
    m_ui->oneStarLabel->setText(
        m_readiness.oneStarReady()
            ? tr("Ready: every basic rule is in place.")
            : tr("Still to do:\n%1").arg(bulleted(m_readiness.missingForOneStar)));
    m_ui->oneStarLabel->setToolTip(allBulleted(m_readiness.missingForOneStar));
    m_ui->twoStarsLabel->setText(
        m_readiness.twoStarsReady()
            ? tr("Ready: a recent self-diagnosis and a published basic policy.")
            : tr("Still to do:\n%1").arg(bulleted(m_readiness.missingForTwoStars)));
    m_ui->twoStarsLabel->setToolTip(allBulleted(m_readiness.missingForTwoStars));
    const QDate today = Clock::today();
    QStringList reminders;
    for (const Reminder &reminder : ActionRules::reminders(*snapshot)) {
        reminders << (reminder.overdue(today)
                          ? tr("%1 — due now").arg(reminder.title)
                          : tr("%1 — by %2")
                                .arg(reminder.title,
                                     QLocale().toString(reminder.due, QLocale::ShortFormat)));
    }
    m_ui->remindersLabel->setText(reminders.isEmpty() ? tr("Nothing due.") : bulleted(reminders));
}

void SecurityActionPage::retranslate()
{
    m_ui->titleLabel->setText(pageTitle(Page::SecurityAction));
    m_ui->oneStarGroupBox->setTitle(tr("★ One star: the five basic rules"));
    m_ui->twoStarsGroupBox->setTitle(tr("★★ Two stars: self-diagnosis and basic policy"));
    m_ui->remindersGroupBox->setTitle(tr("Reminders"));
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
        m_ui->retranslateUi(this);
        retranslate();
        if (m_loaded)
            refreshSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori

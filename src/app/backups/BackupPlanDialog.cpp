#include "BackupPlanDialog.h"

#include "Clock.h"

#include "ui_BackupPlanDialog.h"

#include <QCheckBox>
#include <QLocale>
#include <QPushButton>

namespace mamori {

namespace {

const QList<BackupFrequency> frequencies{BackupFrequency::Daily, BackupFrequency::Weekly,
                                         BackupFrequency::Monthly, BackupFrequency::EveryNDays};

} // namespace

BackupPlanDialog::BackupPlanDialog(const BackupPlan &plan, const QList<ProtectedItem> &choices,
                                   QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BackupPlanDialog>()), m_plan(plan),
      m_choices(choices)
{
    m_ui->setupUi(this);
    setWindowTitle(plan.id == 0 ? tr("Add Backup Plan") : tr("Edit Backup Plan"));
    for (BackupMethod method : BackupPlans::allMethods())
        m_ui->methodComboBox->addItem(BackupPlans::label(method), int(method));
    m_ui->frequencyComboBox->addItems(
        {tr("Daily"), tr("Weekly, on chosen weekdays"), tr("Monthly"), tr("Every N days")});
    for (int day = 1; day <= 7; ++day) {
        auto *box = findChild<QCheckBox *>(QStringLiteral("weekday%1CheckBox").arg(day));
        box->setText(QLocale().dayName(day, QLocale::ShortFormat));
        box->setChecked(plan.schedule.weekdays.contains(day));
        connect(box, &QCheckBox::toggled, this, &BackupPlanDialog::check);
    }
    m_ui->monthDaySpinBox->setSpecialValueText(tr("Last day"));
    m_ui->graceSpinBox->setSuffix(tr(" hours"));
    m_ui->restoreDaysSpinBox->setSuffix(tr(" days"));

    m_ui->nameLineEdit->setText(plan.name);
    m_ui->methodComboBox->setCurrentIndex(m_ui->methodComboBox->findData(int(plan.method)));
    m_ui->destinationLineEdit->setText(plan.destination);
    m_ui->offlineCheckBox->setChecked(plan.offline);
    m_ui->offsiteCheckBox->setChecked(plan.offsite);
    m_ui->immutableCheckBox->setChecked(plan.immutable);
    m_ui->frequencyComboBox->setCurrentIndex(int(frequencies.indexOf(plan.schedule.frequency)));
    m_ui->monthDaySpinBox->setValue(plan.schedule.monthDay);
    m_ui->everyDaysSpinBox->setValue(plan.schedule.everyDays);
    m_ui->atTimeEdit->setTime(plan.schedule.at);
    m_ui->graceSpinBox->setValue(plan.graceHours);
    m_ui->responsibleLineEdit->setText(plan.responsible);
    m_ui->generationsSpinBox->setValue(plan.generations);
    m_ui->restoreDaysSpinBox->setValue(plan.restoreTestDays);
    m_ui->notesLineEdit->setText(plan.notes);
    for (const ProtectedItem &choice : m_choices) {
        auto *item = new QListWidgetItem(choice.label, m_ui->protectsListWidget);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(plan.protects.contains(choice) ? Qt::Checked : Qt::Unchecked);
    }

    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &BackupPlanDialog::check);
    connect(m_ui->frequencyComboBox, &QComboBox::currentIndexChanged, this,
            &BackupPlanDialog::showScheduleFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    showScheduleFields();
}

BackupPlanDialog::~BackupPlanDialog() = default;

void BackupPlanDialog::showScheduleFields()
{
    const BackupFrequency frequency = frequencies.value(m_ui->frequencyComboBox->currentIndex());
    const auto show = [](QWidget *label, QWidget *field, bool visible) {
        label->setVisible(visible);
        field->setVisible(visible);
    };
    show(m_ui->weekdaysLabel, m_ui->weekday1CheckBox, frequency == BackupFrequency::Weekly);
    for (int day = 2; day <= 7; ++day)
        findChild<QCheckBox *>(QStringLiteral("weekday%1CheckBox").arg(day))
            ->setVisible(frequency == BackupFrequency::Weekly);
    show(m_ui->monthDayLabel, m_ui->monthDaySpinBox, frequency == BackupFrequency::Monthly);
    show(m_ui->everyDaysLabel, m_ui->everyDaysSpinBox, frequency == BackupFrequency::EveryNDays);
    check();
}

BackupPlan BackupPlanDialog::plan() const
{
    BackupPlan plan = m_plan;
    plan.name = m_ui->nameLineEdit->text().trimmed();
    plan.method = BackupMethod(m_ui->methodComboBox->currentData().toInt());
    plan.destination = m_ui->destinationLineEdit->text().trimmed();
    plan.offline = m_ui->offlineCheckBox->isChecked();
    plan.offsite = m_ui->offsiteCheckBox->isChecked();
    plan.immutable = m_ui->immutableCheckBox->isChecked();
    plan.schedule.frequency = frequencies.value(m_ui->frequencyComboBox->currentIndex());
    plan.schedule.weekdays.clear();
    for (int day = 1; day <= 7; ++day) {
        if (findChild<QCheckBox *>(QStringLiteral("weekday%1CheckBox").arg(day))->isChecked())
            plan.schedule.weekdays << day;
    }
    plan.schedule.monthDay = m_ui->monthDaySpinBox->value();
    plan.schedule.everyDays = m_ui->everyDaysSpinBox->value();
    if (!plan.schedule.anchor.isValid())
        plan.schedule.anchor = Clock::today();
    plan.schedule.at = m_ui->atTimeEdit->time();
    plan.graceHours = m_ui->graceSpinBox->value();
    plan.responsible = m_ui->responsibleLineEdit->text().trimmed();
    plan.generations = m_ui->generationsSpinBox->value();
    plan.restoreTestDays = m_ui->restoreDaysSpinBox->value();
    plan.notes = m_ui->notesLineEdit->text();
    plan.protects.clear();
    for (int row = 0; row < m_ui->protectsListWidget->count(); ++row) {
        if (m_ui->protectsListWidget->item(row)->checkState() == Qt::Checked)
            plan.protects << m_choices.at(row);
    }
    return plan;
}

void BackupPlanDialog::check()
{
    const QStringList problems = BackupPlans::problems(plan());
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace mamori

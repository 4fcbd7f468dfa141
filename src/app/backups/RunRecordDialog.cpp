#include "RunRecordDialog.h"

#include "Clock.h"
#include "Dialogs.h"
#include "OsUser.h"
#include "io/FileDigest.h"

#include "ui_RunRecordDialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace mamori {

namespace {

const QList<RunResult> results{RunResult::Ok, RunResult::Partial, RunResult::Failed};

} // namespace

RunRecordDialog::RunRecordDialog(Kind kind, qint64 planId, const QString &planName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RunRecordDialog>()), m_kind(kind), m_planId(planId)
{
    m_ui->setupUi(this);
    const bool run = kind == Kind::BackupRun;
    setWindowTitle(run ? tr("Record Backup Run") : tr("Record Restore Test"));
    m_ui->planNameLabel->setText(planName);
    for (RunResult result : results)
        m_ui->resultComboBox->addItem(runs::label(result));
    m_ui->whenDateTimeEdit->setDateTime(Clock::now());
    m_ui->byLineEdit->setText(currentOsUserName());
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->sizeLabel), static_cast<QWidget *>(m_ui->sizeLineEdit),
          static_cast<QWidget *>(m_ui->evidenceLabel),
          static_cast<QWidget *>(m_ui->evidenceLineEdit),
          static_cast<QWidget *>(m_ui->evidenceButton)})
        widget->setVisible(run);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->whatLabel), static_cast<QWidget *>(m_ui->whatLineEdit),
          static_cast<QWidget *>(m_ui->toLabel), static_cast<QWidget *>(m_ui->toLineEdit),
          static_cast<QWidget *>(m_ui->minutesLabel), static_cast<QWidget *>(m_ui->minutesSpinBox)})
        widget->setVisible(!run);
    m_ui->problemLabel->hide();
    connect(m_ui->evidenceButton, &QPushButton::clicked, this, &RunRecordDialog::chooseEvidence);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RunRecordDialog::accept);
}

RunRecordDialog::~RunRecordDialog() = default;

void RunRecordDialog::chooseEvidence()
{
    const QString file =
        Dialogs::openFileName(this, tr("Evidence of the Run"), QString(), tr("All files (*)"));
    if (!file.isEmpty())
        m_ui->evidenceLineEdit->setText(file);
}

void RunRecordDialog::accept()
{
    QStringList problems;
    const QString size = m_ui->sizeLineEdit->text().trimmed();
    bool sizeOk = true;
    if (m_kind == Kind::BackupRun && !size.isEmpty() && (size.toLongLong(&sizeOk) < 0 || !sizeOk))
        problems << tr("The size must be a whole number of bytes.");
    m_evidenceDigest.clear();
    const QString evidence = m_ui->evidenceLineEdit->text().trimmed();
    if (m_kind == Kind::BackupRun && !evidence.isEmpty()) {
        auto digest = sha256OfFile(evidence);
        if (digest)
            m_evidenceDigest = *digest;
        else
            problems << digest.error().message;
    }
    if (!problems.isEmpty()) {
        m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
        m_ui->problemLabel->show();
        return;
    }
    QDialog::accept();
}

BackupRun RunRecordDialog::run() const
{
    BackupRun run;
    run.planId = m_planId;
    run.result = results.value(m_ui->resultComboBox->currentIndex());
    run.startedAt = m_ui->whenDateTimeEdit->dateTime().toUTC();
    run.endedAt = run.startedAt;
    const QString size = m_ui->sizeLineEdit->text().trimmed();
    if (!size.isEmpty())
        run.sizeBytes = size.toLongLong();
    run.recordedBy = m_ui->byLineEdit->text().trimmed();
    run.note = m_ui->noteLineEdit->text();
    const QString evidence = m_ui->evidenceLineEdit->text().trimmed();
    if (!evidence.isEmpty()) {
        run.evidencePath = QFileInfo(evidence).absoluteFilePath();
        run.evidenceSha256 = m_evidenceDigest;
    }
    return run;
}

RestoreTest RunRecordDialog::restoreTest() const
{
    RestoreTest test;
    test.planId = m_planId;
    test.result = results.value(m_ui->resultComboBox->currentIndex());
    test.testedAt = m_ui->whenDateTimeEdit->dateTime().toUTC();
    test.whatRestored = m_ui->whatLineEdit->text();
    test.restoredTo = m_ui->toLineEdit->text();
    test.minutes = m_ui->minutesSpinBox->value();
    test.recordedBy = m_ui->byLineEdit->text().trimmed();
    test.note = m_ui->noteLineEdit->text();
    return test;
}

} // namespace mamori

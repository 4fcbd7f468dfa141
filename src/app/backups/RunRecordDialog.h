#pragma once

#include "backups/BackupRun.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RunRecordDialog;
}

namespace mamori {

// Records a backup run (result, when, size, who attests it, note, an evidence file whose
// SHA-256 is kept) or a restore test (result, when, what, to where, minutes).
class RunRecordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        BackupRun,
        RestoreTest,
    };

    RunRecordDialog(Kind kind, qint64 planId, const QString &planName, QWidget *parent = nullptr);
    ~RunRecordDialog() override;

    // Filled in from the fields; the evidence's digest is read on OK (an unreadable file keeps
    // the dialog open with the reason).
    BackupRun run() const;
    RestoreTest restoreTest() const;

    void accept() override;

private:
    void chooseEvidence();

    std::unique_ptr<Ui::RunRecordDialog> m_ui;
    Kind m_kind;
    qint64 m_planId;
    QString m_evidenceDigest;
};

} // namespace mamori

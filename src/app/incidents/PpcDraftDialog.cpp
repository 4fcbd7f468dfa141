#include "PpcDraftDialog.h"

#include "ui_PpcDraftDialog.h"

#include <QClipboard>
#include <QGuiApplication>

namespace mamori {

PpcDraftDialog::PpcDraftDialog(const PpcReportDraft &draft, const QString &incidentTitle,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PpcDraftDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("PPC report draft — %1").arg(incidentTitle));
    m_ui->noticeLabel->setText(draft.notice());
    m_ui->draftPlainTextEdit->setPlainText(draft.toPlainText());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PpcDraftDialog::reject);
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(text());
        m_ui->copiedLabel->setText(tr("Copied. Paste it into the PPC's official form."));
    });
    resize(760, 560);
}

PpcDraftDialog::~PpcDraftDialog() = default;

QString PpcDraftDialog::text() const
{
    return m_ui->draftPlainTextEdit->toPlainText();
}

} // namespace mamori

#include "AssetsPage.h"

#include "AssetEditorDialog.h"
#include "AssetListWidget.h"
#include "AssetTableModel.h"
#include "AttentionMonitor.h"
#include "BackgroundTask.h"
#include "BulkEditDialog.h"
#include "Clock.h"
#include "DatabaseSession.h"
#include "Dialogs.h"
#include "ImportDialog.h"
#include "InventoryDocument.h"
#include "Page.h"
#include "io/ExportFormat.h"
#include "reports/ReportSaving.h"
#include "reports/ReportsDocument.h"

#include "ui_AssetsPage.h"

#include <QEvent>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace mamori {

AssetsPage::AssetsPage(InventoryDocument &document, AttentionMonitor &attention, QWidget *parent)
    : PageFrame(Page::Assets, Scrolling::ContentScrollsItself, parent),
      m_ui(std::make_unique<Ui::AssetsPage>()), m_document(document), m_attention(attention),
      m_devices(new AssetListWidget(document, AssetKind::Devices, this)),
      m_information(new AssetListWidget(document, AssetKind::Information, this)),
      m_reports(new ReportsDocument(document.session(), this)), m_printLedger(new QPushButton(this))
{
    m_ui->setupUi(content());
    addHeaderWidget(m_ui->headerActionsWidget);
    m_devices->setObjectName(QStringLiteral("deviceListWidget"));
    m_information->setObjectName(QStringLiteral("informationListWidget"));
    m_ui->kindTabWidget->addTab(m_devices, QString());
    m_ui->kindTabWidget->addTab(m_information, QString());
    // In the tabs' corner rather than the header, which is as wide as the window may be narrow.
    m_printLedger->setObjectName(QStringLiteral("printLedgerPushButton"));
    m_ui->kindTabWidget->setCornerWidget(m_printLedger, Qt::TopRightCorner);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &AssetsPage::importFile);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &AssetsPage::exportFile);
    connect(m_printLedger, &QPushButton::clicked, this, &AssetsPage::printLedger);
    connect(m_ui->newPushButton, &QPushButton::clicked, this, &AssetsPage::addRecord);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &AssetsPage::editSelected);
    connect(m_ui->bulkEditPushButton, &QPushButton::clicked, this, &AssetsPage::bulkEditSelected);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &AssetsPage::deleteSelected);
    m_ui->deletePushButton->setShortcut(QKeySequence::Delete);
    for (AssetListWidget *list : {m_devices, m_information}) {
        connect(list, &AssetListWidget::rowActivated, this, &AssetsPage::editRecord);
        connect(list, &AssetListWidget::selectionChanged, this, &AssetsPage::updateButtons);
        connect(list, &AssetListWidget::importRequested, this, &AssetsPage::importFile);
        connect(list, &AssetListWidget::addRequested, this, &AssetsPage::addRecord);
    }
    connect(&m_attention, &AttentionMonitor::changed, this, &AssetsPage::showState);
    connect(m_ui->kindTabWidget, &QTabWidget::currentChanged, this, &AssetsPage::updateButtons);
    connect(&m_document.session(), &DatabaseSession::databaseChanged, this,
            &AssetsPage::updateButtons);
    retranslate();
    updateButtons();
}

AssetsPage::~AssetsPage() = default;

void AssetsPage::showDevices(const AssetFilter &filter)
{
    m_ui->kindTabWidget->setCurrentWidget(m_devices);
    m_devices->showFilter(filter);
}

AssetListWidget *AssetsPage::currentList() const
{
    return m_ui->kindTabWidget->currentWidget() == m_devices ? m_devices : m_information;
}

void AssetsPage::retranslate()
{
    m_ui->kindTabWidget->setTabText(0, tr("Devices and services"));
    m_ui->kindTabWidget->setTabText(1, tr("Information assets"));
    m_printLedger->setText(tr("Print ledger…"));
    m_printLedger->setToolTip(
        tr("Save the asset ledger as a PDF with the devices and information assets the two tabs "
           "show now (their search and filters apply). It is recorded on the Reports page with "
           "its fingerprint."));
    showState();
}

void AssetsPage::showState()
{
    const std::optional<InventoryEvidence> &evidence = m_attention.evidence();
    if (!m_document.isOpen() || !evidence) {
        setState({});
        return;
    }
    // Devices in use: everything active, software and cloud services included.
    const int inUse = evidence->activeDevices + evidence->cloudServices;
    const QString counts = tr("Devices and services in use: %1 · Information assets: %2")
                               .arg(inUse)
                               .arg(evidence->informationAssets);
    if (inUse == 0 && evidence->informationAssets == 0) {
        setState(tr("No devices in use and no information assets recorded yet."));
        return;
    }
    const QStringList attention = m_attention.reasons(Page::Assets);
    setState(attention.isEmpty()
                 ? tr("%1 — nothing needs attention.").arg(counts)
                 : tr("%1 — needs attention: %2.").arg(counts, attention.join(tr("; "))));
}

void AssetsPage::importFile()
{
    if (!m_document.isOpen())
        return;
    ImportDialog dialog(m_document, this);
    dialog.exec();
}

void AssetsPage::exportFile()
{
    if (!m_document.isOpen())
        return;
    const AssetKind kind = currentList()->kind();
    const QString suggested =
        QStringLiteral("%1/%2.xlsx")
            .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                 kind == AssetKind::Devices ? tr("devices") : tr("information-assets"));
    const QString shiftJisFilter = tr("CSV, Shift_JIS for older Excel (*.csv)");
    QString chosenFilter;
    const QString path = Dialogs::saveFileName(this, tr("Export Assets"), suggested,
                                               tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)") +
                                                   QStringLiteral(";;") + shiftJisFilter,
                                               &chosenFilter);
    if (path.isEmpty())
        return;
    // The name's extension decides the format; for CSV, the filter chosen decides the encoding.
    const bool xlsx =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    const ExportFormat format = xlsx ? ExportFormat::Xlsx : ExportFormat::Csv;
    const TextEncoding encoding =
        !xlsx && chosenFilter == shiftJisFilter ? TextEncoding::Cp932 : TextEncoding::Utf8;
    const Status written =
        BackgroundTask::run(this, tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
                            m_document.exportJob(kind, path, format, encoding));
    if (!written && written.error().kind != ErrorKind::Cancelled)
        Dialogs::showError(this, tr("Export failed"), written.error());
}

void AssetsPage::updateButtons()
{
    const bool open = m_document.isOpen();
    const qsizetype selected = currentList()->selectedIds().size();
    m_ui->newPushButton->setEnabled(open);
    m_ui->importPushButton->setEnabled(open);
    m_ui->exportPushButton->setEnabled(open);
    m_printLedger->setEnabled(open);
    m_ui->editPushButton->setEnabled(open && selected == 1);
    m_ui->deletePushButton->setEnabled(open && selected > 0);
    m_ui->bulkEditPushButton->setEnabled(open && selected > 0 &&
                                         currentList()->kind() == AssetKind::Devices);
}

void AssetsPage::printLedger()
{
    if (!m_document.isOpen())
        return;
    report::ReportRequest request;
    request.type = report::ReportType::Assets;
    request.language = currentUiLanguage();
    request.at = Clock::nowUtc();
    request.asOf = Clock::today();
    request.devices = m_devices->model()->filter();
    request.information = m_information->model()->filter();
    // The checks' dates are measured from the day the report describes, as `verify` rebuilds it.
    request.devices.today = request.asOf;
    request.information.today = request.asOf;
    if (auto saved = ReportSaving::saveAsPdf(this, *m_reports, request))
        setState(ReportSaving::savedMessage(*saved));
}

void AssetsPage::addRecord()
{
    AssetRecord blank;
    if (currentList()->kind() == AssetKind::Information)
        blank = InformationAsset{};
    AssetEditorDialog editor(m_document, blank, this);
    editor.exec();
}

void AssetsPage::editRecord(qint64 id)
{
    const auto record = m_document.find(currentList()->kind(), id);
    if (!record) {
        Dialogs::showError(this, tr("Cannot open the record"), record.error());
        return;
    }
    if (!record->has_value())
        return;
    AssetEditorDialog editor(m_document, **record, this);
    editor.exec();
}

void AssetsPage::editSelected()
{
    const QList<qint64> ids = currentList()->selectedIds();
    if (ids.size() == 1)
        editRecord(ids.constFirst());
}

std::optional<QList<AssetRecord>> AssetsPage::selectedRecords(const QString &action)
{
    auto records = m_document.findAll(currentList()->kind(), currentList()->selectedIds());
    if (!records) {
        Dialogs::showError(this, action, records.error());
        return std::nullopt;
    }
    return *records;
}

void AssetsPage::bulkEditSelected()
{
    const auto records = selectedRecords(tr("Edit Several Devices"));
    if (!records || records->isEmpty())
        return;
    QList<Device> devices;
    for (const AssetRecord &record : *records)
        devices << std::get<Device>(record);
    const auto departments = m_document.departments(AssetKind::Devices);
    if (!departments) {
        Dialogs::showError(this, tr("Edit Several Devices"), departments.error());
        return;
    }
    BulkEditDialog dialog(devices, *departments, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyBulkEdit(devices, dialog.changedDevices());
}

void AssetsPage::applyBulkEdit(const QList<Device> &before, const QList<Device> &after)
{
    QList<AssetRecord> oldRecords(before.cbegin(), before.cend());
    QList<AssetRecord> newRecords(after.cbegin(), after.cend());
    m_document.editAll(oldRecords, newRecords);
}

void AssetsPage::deleteSelected()
{
    const auto selected = selectedRecords(tr("Delete"));
    if (!selected || selected->isEmpty())
        return;
    const QList<AssetRecord> &records = *selected;
    const bool devices = currentList()->kind() == AssetKind::Devices;
    const QString question =
        devices
            ? tr("Delete %n device(s)? Deleting is for records entered by mistake: for a device "
                 "that was disposed of, set its status to Disposed instead, so its history and "
                 "the way its data was erased are kept. Edit → Undo brings deleted records back.",
                 nullptr, int(records.size()))
            : tr("Delete %n information asset(s)? Edit → Undo brings them back.", nullptr,
                 int(records.size()));
    if (!Dialogs::confirm(this, tr("Delete"), question, tr("Delete")))
        return;
    m_document.remove(records);
}

void AssetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(content());
        retranslate();
    }
    PageFrame::changeEvent(event);
}

} // namespace mamori

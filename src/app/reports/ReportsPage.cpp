#include "ReportsPage.h"

#include "BackgroundTask.h"
#include "Clock.h"
#include "Dialogs.h"
#include "Language.h"
#include "reports/ReportSaving.h"
#include "reports/ReportsDocument.h"

#include "ui_ReportsPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace mamori {

namespace {

using report::ReportRequest;
using report::ReportType;

QString description(ReportType type)
{
    switch (type) {
    case ReportType::Management:
        return ReportsPage::tr("One to three pages for the board: SECURITY ACTION, the "
                               "self-diagnosis by part, top risks and next steps, devices, "
                               "backups and incidents in the period.");
    case ReportType::Evidence:
        return ReportsPage::tr("The SECURITY ACTION self-declaration with its records, ready "
                               "for the representative to sign and stamp.");
    case ReportType::Assets:
        return ReportsPage::tr("Every device and information asset on landscape pages, with "
                               "risk and flags. To print only some, use Print ledger… on the "
                               "Assets page: its search and filters apply.");
    case ReportType::Incident:
        return ReportsPage::tr("One incident or exercise: summary, clocks, checklist, timeline, "
                               "decisions and close-out.");
    case ReportType::Contacts:
        return ReportsPage::tr("The incident contacts on one A4 page, to keep by the phone.");
    case ReportType::Policy: // exported from the SECURITY ACTION page
        break;
    }
    return {};
}

void preparePrinter(QPrinter &printer)
{
    // The renderer places everything on the A4 sheet itself, margins included.
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
}

} // namespace

ReportsPage::ReportsPage(ReportsDocument &document, QWidget *parent)
    : PageFrame(Page::Reports, Scrolling::ContentScrollsItself, parent),
      m_ui(std::make_unique<Ui::ReportsPage>()), m_document(document)
{
    m_ui->setupUi(content());
    const QDate today = Clock::today();
    m_ui->fromDateEdit->setDate(today.addYears(-1).addDays(1));
    m_ui->toDateEdit->setDate(today);
    // ISO dates read the same in both languages and cannot be taken for US order.
    m_ui->fromDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->toDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->issuedTableWidget->setColumnCount(5);
    QHeaderView *issuedHeader = m_ui->issuedTableWidget->horizontalHeader();
    issuedHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    issuedHeader->setStretchLastSection(false);
    issuedHeader->setSectionResizeMode(1, QHeaderView::Stretch); // the report's name
    issuedHeader->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this,
            &ReportsPage::updateControls);
    connect(m_ui->languageComboBox, &QComboBox::activated, this,
            [this] { m_languageChosen = true; });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReportsPage::saveAsPdf);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(&m_document, &ReportsDocument::issuedChanged, this, &ReportsPage::refreshIssued);
    retranslate();
    m_ui->languageComboBox->setCurrentIndex(
        m_ui->languageComboBox->findData(languageCode(currentUiLanguage())));
}

ReportsPage::~ReportsPage() = default;

ReportRequest ReportsPage::request() const
{
    ReportRequest request;
    request.type = ReportType(m_ui->typeComboBox->currentData().toInt());
    request.language =
        languageFromCode(m_ui->languageComboBox->currentData().toString(), UiLanguage::Japanese);
    request.at = Clock::nowUtc();
    request.asOf = Clock::today();
    if (request.type == ReportType::Management) {
        request.from = m_ui->fromDateEdit->date();
        request.to = m_ui->toDateEdit->date();
    }
    if (request.type == ReportType::Incident)
        request.incidentId = m_ui->incidentComboBox->currentData().toLongLong();
    return request;
}

void ReportsPage::saveAsPdf()
{
    if (auto saved = ReportSaving::saveAsPdf(this, m_document, request()))
        setState(ReportSaving::savedMessage(*saved));
}

std::shared_ptr<ReportsDocument::Prepared>
ReportsPage::prepare(const report::ReportRequest &request)
{
    if (Status checked = m_document.check(request); !checked) {
        Dialogs::showError(this, tr("Cannot make the report"), checked.error());
        return nullptr;
    }
    auto prepared = std::make_shared<ReportsDocument::Prepared>();
    const Status made =
        BackgroundTask::run(this, tr("Making the %1…").arg(m_ui->typeComboBox->currentText()),
                            m_document.prepareJob(request, prepared));
    if (!made) {
        if (made.error().kind != ErrorKind::Cancelled)
            Dialogs::showError(this, tr("Cannot make the report"), made.error());
        return nullptr;
    }
    return prepared;
}

void ReportsPage::printPreview()
{
    const ReportRequest request = this->request();
    const auto prepared = prepare(request);
    if (!prepared)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview"));
    // The dialog only paints what the worker built. Previewing records nothing: only a printed
    // or saved copy is issued.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, request, prepared](QPrinter *target) {
                preparePrinter(*target);
                if (auto painted =
                        m_document.print(*target, *prepared, request, Clock::nowUtc(), false);
                    !painted)
                    Dialogs::showError(this, tr("Cannot make the report"), painted.error());
            });
    dialog.exec();
}

void ReportsPage::print()
{
    const ReportRequest request = this->request();
    if (Status checked = m_document.check(request); !checked) {
        Dialogs::showError(this, tr("Cannot make the report"), checked.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    printer.setDocName(m_ui->typeComboBox->currentText());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto prepared = prepare(request);
    if (!prepared)
        return;
    preparePrinter(printer);
    if (auto printed = m_document.print(printer, *prepared, request, Clock::nowUtc(), true);
        !printed)
        Dialogs::showError(this, tr("Printing failed"), printed.error());
}

void ReportsPage::refreshIssued()
{
    auto issued = m_document.issued();
    QTableWidget *table = m_ui->issuedTableWidget;
    table->setRowCount(0);
    if (!issued) {
        setState(issued.error().message);
        return;
    }
    table->setRowCount(int(issued->size()));
    for (int row = 0; row < issued->size(); ++row) {
        const report::IssuedReport &report = issued->at(row);
        const auto type = ReportRequest::typeFromCode(report.type);
        const QStringList cells{
            report.fingerprint.left(16), type ? ReportRequest::label(*type) : report.type,
            report.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            report.issuedBy, QString::number(report.pages)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 0)
                item->setToolTip(report.fingerprint);
            if (column == cells.size() - 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    if (!issued->isEmpty())
        setState(tr("%n report(s) issued.", nullptr, int(issued->size())));
    else
        setState(tr("No reports issued yet."));
}

void ReportsPage::refreshIncidents()
{
    const qint64 chosen = m_ui->incidentComboBox->currentData().toLongLong();
    m_ui->incidentComboBox->clear();
    auto incidents = m_document.incidents(Clock::nowUtc());
    if (!incidents)
        return;
    for (const ReportsDocument::IncidentChoice &choice : std::as_const(*incidents))
        m_ui->incidentComboBox->addItem(
            choice.exercise ? tr("#%1 %2 (exercise)").arg(choice.id).arg(choice.title)
                            : tr("#%1 %2").arg(choice.id).arg(choice.title),
            choice.id);
    if (const int index = m_ui->incidentComboBox->findData(chosen); index >= 0)
        m_ui->incidentComboBox->setCurrentIndex(index);
}

void ReportsPage::updateControls()
{
    const auto type = ReportType(m_ui->typeComboBox->currentData().toInt());
    const bool period = type == ReportType::Management;
    const bool incident = type == ReportType::Incident;
    m_ui->descriptionLabel->setText(description(type));
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->periodLabel), static_cast<QWidget *>(m_ui->fromDateEdit),
          static_cast<QWidget *>(m_ui->periodToLabel), static_cast<QWidget *>(m_ui->toDateEdit)})
        widget->setVisible(period);
    m_ui->incidentLabel->setVisible(incident);
    m_ui->incidentComboBox->setVisible(incident);
    const bool ready = !incident || m_ui->incidentComboBox->count() > 0;
    for (QPushButton *button : {m_ui->saveButton, m_ui->previewButton, m_ui->printButton})
        button->setEnabled(ready && m_document.isOpen());
}

void ReportsPage::showEvent(QShowEvent *event)
{
    PageFrame::showEvent(event);
    refreshIncidents();
    refreshIssued();
    updateControls();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    PageFrame::changeEvent(event);
}

void ReportsPage::retranslate()
{
    m_ui->retranslateUi(content());
    const int type = m_ui->typeComboBox->currentIndex();
    m_ui->typeComboBox->blockSignals(true);
    m_ui->typeComboBox->clear();
    for (const ReportType each : ReportRequest::types())
        m_ui->typeComboBox->addItem(ReportRequest::label(each), int(each));
    m_ui->typeComboBox->setCurrentIndex(std::max(type, 0));
    m_ui->typeComboBox->blockSignals(false);
    // The report's language follows the window's until the user picks one.
    const QString language = m_languageChosen ? m_ui->languageComboBox->currentData().toString()
                                              : languageCode(currentUiLanguage());
    m_ui->languageComboBox->clear();
    m_ui->languageComboBox->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_ui->languageComboBox->addItem(tr("English"), QStringLiteral("en"));
    if (const int index = m_ui->languageComboBox->findData(language); index >= 0)
        m_ui->languageComboBox->setCurrentIndex(index);
    m_ui->issuedTableWidget->setHorizontalHeaderLabels(
        {tr("Fingerprint"), tr("Report"), tr("Issued"), tr("By"), tr("Pages")});
    if (isVisible())
        refreshIssued(); // the report names and the state line are in the new language
    updateControls();
}

} // namespace mamori

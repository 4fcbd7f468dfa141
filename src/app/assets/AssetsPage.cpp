#include "AssetsPage.h"

#include "AssetListWidget.h"
#include "DatabaseSession.h"
#include "Dialogs.h"
#include "ImportDialog.h"
#include "Page.h"
#include "inventory/AssetExporter.h"

#include "ui_AssetsPage.h"

#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

namespace mamori {

AssetsPage::AssetsPage(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AssetsPage>()), m_session(session),
      m_devices(new AssetListWidget(session, AssetKind::Devices, this)),
      m_information(new AssetListWidget(session, AssetKind::Information, this))
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->titleLabel);
    m_devices->setObjectName(QStringLiteral("deviceListWidget"));
    m_information->setObjectName(QStringLiteral("informationListWidget"));
    m_ui->kindTabWidget->addTab(m_devices, QString());
    m_ui->kindTabWidget->addTab(m_information, QString());
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &AssetsPage::importFile);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &AssetsPage::exportFile);
    retranslate();
}

AssetsPage::~AssetsPage() = default;

AssetListWidget *AssetsPage::currentList() const
{
    return m_ui->kindTabWidget->currentWidget() == m_devices ? m_devices : m_information;
}

void AssetsPage::retranslate()
{
    m_ui->titleLabel->setText(pageTitle(Page::Assets));
    m_ui->kindTabWidget->setTabText(0, tr("Devices and services"));
    m_ui->kindTabWidget->setTabText(1, tr("Information assets"));
}

void AssetsPage::importFile()
{
    if (!m_session.isOpen())
        return;
    ImportDialog dialog(m_session, this);
    dialog.exec();
}

void AssetsPage::exportFile()
{
    Database *database = m_session.database();
    if (!database)
        return;
    const AssetKind kind = currentList()->kind();
    const QString suggested =
        QStringLiteral("%1/%2.xlsx")
            .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                 kind == AssetKind::Devices ? tr("devices") : tr("information-assets"));
    const QString path = Dialogs::saveFileName(
        this, tr("Export Assets"), suggested,
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV, Shift_JIS for older Excel (*.csv)"));
    if (path.isEmpty())
        return;
    const bool xlsx =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = AssetExporter::writeFile(*database, kind, path,
                                                    xlsx ? ExportFormat::Xlsx : ExportFormat::Csv);
    QGuiApplication::restoreOverrideCursor();
    if (!written)
        Dialogs::showError(this, tr("Export failed"), written.error());
}

void AssetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori

#include "AssetListWidget.h"

#include "AssetTableModel.h"
#include "EmptyStateWidget.h"
#include "InventoryDocument.h"
#include "inventory/AssetValues.h"
#include "inventory/DeviceChecks.h"

#include "ui_AssetListWidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>

namespace mamori {

namespace {

// Shown by default; the rest are one right-click away in the column chooser.
const QStringList defaultDeviceColumns{
    QStringLiteral("asset_number"),
    QStringLiteral("category"),
    QStringLiteral("name"),
    QStringLiteral("status"),
    QStringLiteral("assigned_user"),
    QStringLiteral("department"),
    QStringLiteral("os_name"),
    QStringLiteral("os_version"),
    QStringLiteral("end_of_support"),
    QStringLiteral("last_update"),
    QStringLiteral("antivirus"),
    QStringLiteral("mfa"),
    QStringLiteral("disk_encryption"),
};
const QStringList defaultInformationColumns{
    QStringLiteral("business_area"),     QStringLiteral("name"),
    QStringLiteral("owning_department"), QStringLiteral("media_location"),
    QStringLiteral("personal_data"),     QStringLiteral("confidentiality"),
    QStringLiteral("integrity"),         QStringLiteral("availability"),
    QStringLiteral("importance"),        QStringLiteral("threat"),
    QStringLiteral("vulnerability"),     QStringLiteral("risk"),
};

// The mark filter's extra choice that holds showFilter()'s checks and operating system.
const QString linkedChoice = QStringLiteral("linked");
constexpr int filterDelayMs = 200; // one query per pause in typing, not per keystroke

} // namespace

AssetListWidget::AssetListWidget(InventoryDocument &document, AssetKind kind, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AssetListWidget>()), m_document(document),
      m_model(new AssetTableModel(document, kind, this))
{
    m_ui->setupUi(this);
    m_ui->countLabel->setTextFormat(Qt::PlainText);
    m_ui->assetTableView->setModel(m_model);
    m_ui->assetTableView->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView *header = m_ui->assetTableView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(120);
    m_ui->assetTableView->verticalHeader()->setDefaultSectionSize(
        fontMetrics().height() + 8); // fixed height: no per-row measuring over 100k rows
    for (QComboBox *box : {m_ui->categoryComboBox, m_ui->statusComboBox, m_ui->departmentComboBox,
                           m_ui->flagComboBox}) {
        // Long choices must not widen the window beyond a small laptop screen.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(11);
    }
    fillFilterChoices();
    restoreColumns();
    fillLegend();
    connect(m_ui->emptyStateWidget->addButton(QStringLiteral("emptyImportPushButton")),
            &QPushButton::clicked, this, &AssetListWidget::importRequested);
    connect(m_ui->emptyStateWidget->addButton(QStringLiteral("emptyAddPushButton")),
            &QPushButton::clicked, this, &AssetListWidget::addRequested);
    retranslate();

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(filterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &AssetListWidget::applyFilter);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, &m_filterDelay,
            qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_ui->categoryComboBox, m_ui->statusComboBox, m_ui->departmentComboBox,
                           m_ui->flagComboBox}) {
        connect(box, &QComboBox::activated, this, &AssetListWidget::applyFilter);
    }
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &AssetListWidget::showColumnMenu);
    connect(header, &QHeaderView::sectionMoved, this, &AssetListWidget::saveColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssetListWidget::updateCount);
    connect(m_ui->assetTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { emit rowActivated(m_model->idAt(index.row())); });
    connect(m_ui->assetTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssetListWidget::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssetListWidget::selectionChanged);
    connect(&m_document, &InventoryDocument::assetsChanged, this,
            &AssetListWidget::fillFilterChoices);
    connect(m_model, &AssetTableModel::loadFailed, this, &AssetListWidget::updateCount);
    updateCount();
}

AssetListWidget::~AssetListWidget() = default;

QList<qint64> AssetListWidget::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_ui->assetTableView->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

AssetKind AssetListWidget::kind() const
{
    return m_model->kind();
}

QString AssetListWidget::settingsKey() const
{
    return QStringLiteral("assets/%1/header").arg(AssetFields::kindName(kind()));
}

void AssetListWidget::fillFilterChoices()
{
    const auto refill = [](QComboBox *box, const QString &any, const auto &items) {
        const QVariant selected = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any);
        for (const auto &[label, data] : items)
            box->addItem(label, data);
        const int index = box->findData(selected);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    QList<QPair<QString, QVariant>> categories;
    for (const auto category :
         {DeviceCategory::Pc, DeviceCategory::Laptop, DeviceCategory::Server,
          DeviceCategory::NetworkDevice, DeviceCategory::MobileDevice, DeviceCategory::PrinterMfp,
          DeviceCategory::RemovableMedia, DeviceCategory::CloudService, DeviceCategory::Software,
          DeviceCategory::Other}) {
        categories.append({AssetValues::label(category), AssetValues::code(category)});
    }
    refill(m_ui->categoryComboBox, tr("All categories"), categories);
    QList<QPair<QString, QVariant>> statuses;
    for (const auto status : {DeviceStatus::InUse, DeviceStatus::Spare, DeviceStatus::InRepair,
                              DeviceStatus::Retired, DeviceStatus::Disposed}) {
        statuses.append({AssetValues::label(status), AssetValues::code(status)});
    }
    refill(m_ui->statusComboBox, tr("All statuses"), statuses);
    QList<QPair<QString, QVariant>> checks;
    for (const DeviceCheck check : DeviceChecks::filters())
        checks.append({DeviceChecks::label(check), int(check)});
    refill(m_ui->flagComboBox, tr("Everything"), checks);
    addLinkedChoice();
    QList<QPair<QString, QVariant>> departments;
    m_departmentsError.clear();
    if (m_model->isActive()) {
        const auto names = m_document.departments(kind());
        if (names) {
            for (const QString &name : *names)
                departments.append({name, name});
        } else {
            m_departmentsError = names.error().fullText();
        }
    }
    refill(m_ui->departmentComboBox, tr("All departments"), departments);
    updateCount();
}

void AssetListWidget::applyFilter()
{
    AssetFilter filter;
    filter.text = m_ui->filterLineEdit->text();
    filter.category =
        AssetValues::categoryFromCode(m_ui->categoryComboBox->currentData().toString());
    filter.status = AssetValues::statusFromCode(m_ui->statusComboBox->currentData().toString());
    filter.department = m_ui->departmentComboBox->currentData().toString();
    const QVariant check = m_ui->flagComboBox->currentData();
    if (check == QVariant(linkedChoice)) {
        filter.anyOfChecks = m_linked.anyOfChecks;
        filter.osName = m_linked.osName;
    } else {
        if (check.isValid())
            filter.check = DeviceCheck(check.toInt());
        if (m_hasLinked) {
            m_hasLinked = false;
            const QSignalBlocker blocker(m_ui->flagComboBox);
            m_ui->flagComboBox->removeItem(m_ui->flagComboBox->findData(linkedChoice));
        }
    }
    m_model->setFilter(filter);
}

void AssetListWidget::showFilter(const AssetFilter &filter)
{
    m_linked = filter;
    m_hasLinked = filter.anyOfChecks.size() > 1 || !filter.osName.isEmpty() ||
                  (filter.anyOfChecks.size() == 1 &&
                   !DeviceChecks::filters().contains(filter.anyOfChecks.constFirst()));
    {
        const QSignalBlocker blockText(m_ui->filterLineEdit);
        m_ui->filterLineEdit->setText(filter.text);
    }
    const auto choose = [](QComboBox *box, const QVariant &data) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(data)));
    };
    choose(m_ui->categoryComboBox,
           filter.category ? AssetValues::code(*filter.category) : QVariant());
    choose(m_ui->statusComboBox, filter.status ? AssetValues::code(*filter.status) : QVariant());
    choose(m_ui->departmentComboBox, filter.department.isEmpty() ? QVariant() : filter.department);
    {
        const QSignalBlocker blocker(m_ui->flagComboBox);
        m_ui->flagComboBox->removeItem(m_ui->flagComboBox->findData(linkedChoice));
    }
    std::optional<DeviceCheck> single = filter.check;
    if (!single && filter.anyOfChecks.size() == 1 && !m_hasLinked)
        single = filter.anyOfChecks.constFirst();
    choose(m_ui->flagComboBox, single ? QVariant(int(*single)) : QVariant());
    addLinkedChoice();
    m_filterDelay.stop();
    applyFilter();
}

void AssetListWidget::addLinkedChoice()
{
    if (!m_hasLinked || m_ui->flagComboBox->findData(linkedChoice) >= 0)
        return;
    QStringList checks;
    for (const DeviceCheck check : std::as_const(m_linked.anyOfChecks))
        checks << DeviceChecks::label(check);
    QString label = checks.join(QStringLiteral(" / "));
    if (!m_linked.osName.isEmpty())
        label = label.isEmpty() ? m_linked.osName : tr("%1 · %2").arg(label, m_linked.osName);
    const QSignalBlocker blocker(m_ui->flagComboBox);
    m_ui->flagComboBox->addItem(label, linkedChoice);
    m_ui->flagComboBox->setCurrentIndex(m_ui->flagComboBox->count() - 1);
}

void AssetListWidget::updateCount()
{
    // A list that cannot be read says why, rather than looking empty.
    const QString error =
        !m_model->loadError().isEmpty() ? m_model->loadError() : m_departmentsError;
    if (!error.isEmpty()) {
        m_ui->countLabel->setText(tr("Cannot read the list: %1").arg(error));
        m_ui->countLabel->setToolTip(error);
        return;
    }
    m_ui->countLabel->setToolTip({});
    m_ui->countLabel->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
    showEmptyStateIfEmpty();
}

void AssetListWidget::showEmptyStateIfEmpty()
{
    const AssetFilter &filter = m_model->filter();
    const bool filtered = !filter.text.isEmpty() || filter.category || filter.status ||
                          !filter.department.isEmpty() || filter.check;
    const bool empty = m_model->isActive() && m_model->loadError().isEmpty() &&
                       m_model->rowCount() == 0 && !filtered;
    m_ui->tableStackedWidget->setCurrentWidget(empty ? m_ui->emptyStateWidget : m_ui->tablePage);
    // Filters and the count say nothing about an empty list.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->filterLineEdit), static_cast<QWidget *>(m_ui->countLabel)})
        widget->setVisible(!empty);
    for (QComboBox *box : {m_ui->categoryComboBox, m_ui->statusComboBox, m_ui->departmentComboBox,
                           m_ui->flagComboBox})
        box->setVisible(!empty &&
                        (box == m_ui->departmentComboBox || kind() == AssetKind::Devices));
    m_ui->legendWidget->setVisible(!empty && kind() == AssetKind::Devices);
}

void AssetListWidget::fillLegend()
{
    // Icon, tint and name of every mark the table shows, in the same words as the filters.
    while (QLayoutItem *item = m_ui->legendLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int iconSize = fontMetrics().height();
    for (const DeviceCheck check : AssetTableModel::markedChecks()) {
        auto *icon = new QLabel(m_ui->legendWidget);
        icon->setPixmap(AssetTableModel::markIcon(check).pixmap(iconSize, iconSize));
        auto *text = new QLabel(DeviceChecks::label(check), m_ui->legendWidget);
        text->setTextFormat(Qt::PlainText);
        const QColor tint = AssetTableModel::markColour(check);
        if (tint.isValid()) {
            text->setAutoFillBackground(true);
            QPalette palette = text->palette();
            palette.setColor(QPalette::Window, tint);
            palette.setColor(QPalette::WindowText, Qt::black);
            text->setPalette(palette);
            text->setContentsMargins(4, 0, 4, 0);
        }
        const QString tip =
            tint.isValid() ? tr("Rows tinted like this, with this icon beside "
                                "the name: %1")
                                 .arg(DeviceChecks::label(check))
                           : tr("This icon beside the name: %1").arg(DeviceChecks::label(check));
        icon->setToolTip(tip);
        text->setToolTip(tip);
        m_ui->legendLayout->addWidget(icon);
        m_ui->legendLayout->addWidget(text);
        m_ui->legendLayout->addSpacing(8);
    }
}

void AssetListWidget::retranslate()
{
    const bool devices = kind() == AssetKind::Devices;
    m_ui->emptyStateWidget->setText(
        devices ? tr("No devices yet. List your PCs, phones, servers, network devices and cloud "
                     "services here, so you can see what needs updates, antivirus or "
                     "multi-factor sign-in.")
                : tr("No information assets yet. List the information your business keeps "
                     "(customer lists, payroll, drawings) with where it is kept and how much "
                     "it matters."));
    m_ui->emptyStateWidget->findChild<QPushButton *>(QStringLiteral("emptyImportPushButton"))
        ->setText(devices ? tr("Import Your Device List…") : tr("Import Your Information Assets…"));
    m_ui->emptyStateWidget->findChild<QPushButton *>(QStringLiteral("emptyAddPushButton"))
        ->setText(devices ? tr("Add a Device…") : tr("Add an Information Asset…"));
}

void AssetListWidget::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_ui->assetTableView->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            saveColumns();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void AssetListWidget::restoreColumns()
{
    QHeaderView *header = m_ui->assetTableView->horizontalHeader();
    const QByteArray saved = QSettings().value(settingsKey()).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved))
        return;
    const QStringList &shown =
        kind() == AssetKind::Devices ? defaultDeviceColumns : defaultInformationColumns;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionHidden(column, !shown.contains(m_model->fields().at(column)));
}

void AssetListWidget::saveColumns() const
{
    QSettings().setValue(settingsKey(), m_ui->assetTableView->horizontalHeader()->saveState());
}

void AssetListWidget::showEvent(QShowEvent *event)
{
    if (!m_model->isActive()) {
        m_model->activate();
        fillFilterChoices(); // the department list needs the database too
    }
    QWidget::showEvent(event);
}

void AssetListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilterChoices();
        fillLegend();
        retranslate();
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori

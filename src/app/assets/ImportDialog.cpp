#include "ImportDialog.h"

#include "BackgroundTask.h"
#include "Dialogs.h"
#include "InventoryDocument.h"
#include "inventory/AssetImporter.h"
#include "inventory/HeaderRecognizer.h"
#include "io/XlsxReader.h"

#include "ui_ImportDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QSignalBlocker>

#include <utility>

namespace mamori {

namespace {
constexpr int previewRows = 20;
constexpr int detectKind = -1;
constexpr int busy = -1;
} // namespace

ImportDialog::ImportDialog(InventoryDocument &document, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_document(document)
{
    m_ui->setupUi(this);
    fillChoices();
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->encodingComboBox, &QComboBox::activated, this, &ImportDialog::loadTable);
    connect(m_ui->sheetComboBox, &QComboBox::activated, this, &ImportDialog::loadTable);
    connect(m_ui->kindComboBox, &QComboBox::activated, this, [this] {
        m_mapping.clear();
        fillPreview();
    });
    connect(m_ui->presetComboBox, &QComboBox::activated, this, &ImportDialog::applyPreset);
    connect(m_ui->savePresetPushButton, &QPushButton::clicked, this, &ImportDialog::savePreset);
    connect(m_ui->checkPushButton, &QPushButton::clicked, this, &ImportDialog::checkRows);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_ui->cancelReadingPushButton, &QPushButton::clicked, this, [this] {
        m_cancelReading = true;
        m_ui->cancelReadingPushButton->setEnabled(false);
    });
    // Hidden but keeping their place, so the layout does not jump while a file is read.
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->readingProgressBar),
                            static_cast<QWidget *>(m_ui->cancelReadingPushButton)}) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
    }
    setReading(false);
    fillPreview();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::fillChoices()
{
    const auto refill = [](QComboBox *box, const QList<QPair<QString, QVariant>> &items) {
        const QVariant selected = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        for (const auto &[label, data] : items)
            box->addItem(label, data);
        box->setCurrentIndex(std::max(0, box->findData(selected)));
    };
    refill(m_ui->kindComboBox, {{tr("Detect from the headers"), detectKind},
                                {tr("Devices and services"), int(AssetKind::Devices)},
                                {tr("Information assets"), int(AssetKind::Information)}});
    refill(m_ui->encodingComboBox,
           {{tr("Detect automatically"), int(TextEncoding::Auto)},
            {QStringLiteral("UTF-8"), int(TextEncoding::Utf8)},
            {QStringLiteral("Shift_JIS (CP932)"), int(TextEncoding::Cp932)}});
    QList<QPair<QString, QVariant>> presets{{tr("(recognise the headers)"), QString()}};
    const auto names = m_document.importPresetNames();
    if (names) {
        for (const QString &name : *names)
            presets.append({name, name});
    } else {
        m_ui->problemsLabel->setText(
            tr("The saved presets cannot be read: %1").arg(names.error().fullText()));
    }
    refill(m_ui->presetComboBox, presets);
}

void ImportDialog::chooseFile()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import Assets"), QFileInfo(m_path).absolutePath(),
                              tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_ui->fileLineEdit->setText(QFileInfo(path).fileName());
    {
        const QSignalBlocker blocker(m_ui->sheetComboBox);
        m_ui->sheetComboBox->clear();
    }
    m_isWorkbook =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    readFile(m_isWorkbook);
    return m_table.has_value();
}

void ImportDialog::loadTable()
{
    if (!m_path.isEmpty()) // the encoding can be chosen before the file
        readFile(false);
}

void ImportDialog::readFile(bool listSheets)
{
    m_table.reset();
    m_detectedKind.reset();
    m_mapping.clear();
    m_checkedRows.reset();
    showProblems({});
    fillPreview();
    const QString path = m_path;
    ImportFileOptions options;
    options.encoding = TextEncoding(m_ui->encodingComboBox->currentData().toInt());
    options.sheet = m_ui->sheetComboBox->currentData().toString();
    setReading(true);

    std::optional<Result<QStringList>> sheets;
    std::optional<Result<Table>> table;
    // The read's own result (a cancel included) arrives in `table`.
    [[maybe_unused]] const Status ran = BackgroundTask::runShowingProgress(
        [&](const ProgressCallback &progress) -> Status {
            if (listSheets)
                sheets = XlsxReader::sheetNames(path);
            table = AssetImporter::readFile(path, options, progress);
            return {};
        },
        [this](int percent) { showReadingProgress(percent); }, m_cancelReading);
    setReading(false);

    if (sheets && sheets->ok()) {
        const QSignalBlocker blocker(m_ui->sheetComboBox);
        for (const QString &sheet : sheets->value())
            m_ui->sheetComboBox->addItem(sheet, sheet);
    }
    if (!*table) {
        m_ui->problemsLabel->setText(table->error().fullText());
    } else {
        m_table = std::move(table->value());
        m_detectedKind = HeaderRecognizer::detectKind(m_table->header);
    }
    fillPreview();
}

void ImportDialog::setReading(bool reading)
{
    m_reading = reading;
    m_cancelReading = false;
    for (QWidget *input :
         {static_cast<QWidget *>(m_ui->browsePushButton),
          static_cast<QWidget *>(m_ui->kindComboBox), static_cast<QWidget *>(m_ui->presetComboBox),
          static_cast<QWidget *>(m_ui->previewTableWidget)})
        input->setEnabled(!reading);
    m_ui->encodingComboBox->setEnabled(!reading && !m_isWorkbook);
    m_ui->sheetComboBox->setEnabled(!reading && m_isWorkbook);
    m_ui->readingProgressBar->setVisible(reading);
    m_ui->cancelReadingPushButton->setVisible(reading);
    m_ui->cancelReadingPushButton->setEnabled(reading);
    if (reading) {
        showReadingProgress(busy);
        m_ui->sourceInfoLabel->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    }
}

void ImportDialog::showReadingProgress(int percent)
{
    m_ui->readingProgressBar->setMaximum(percent == busy ? 0 : 100);
    m_ui->readingProgressBar->setValue(percent == busy ? 0 : percent);
}

void ImportDialog::reject()
{
    // Closing while a file is read stops the read; readFile() returns once it has stopped.
    m_cancelReading = true;
    QDialog::reject();
}

AssetKind ImportDialog::currentKind() const
{
    const int chosen = m_ui->kindComboBox->currentData().toInt();
    if (chosen != detectKind)
        return AssetKind(chosen);
    return m_detectedKind.value_or(AssetKind::Devices);
}

QStringList ImportDialog::currentMapping() const
{
    QStringList mapping;
    for (const QComboBox *box : m_mappingBoxes)
        mapping << box->currentData().toString();
    return mapping;
}

void ImportDialog::fillPreview()
{
    QTableWidget *preview = m_ui->previewTableWidget;
    preview->clear();
    m_mappingBoxes.clear();
    const bool loaded = m_table.has_value();
    m_ui->checkPushButton->setEnabled(loaded);
    m_ui->importPushButton->setEnabled(loaded);
    m_ui->savePresetPushButton->setEnabled(loaded);
    if (!loaded) {
        preview->setRowCount(0);
        preview->setColumnCount(0);
        m_ui->sourceInfoLabel->setText(m_path.isEmpty() ? tr("Choose a CSV or XLSX file.")
                                                        : QString());
        return;
    }
    const AssetKind kind = currentKind();
    if (m_mapping.size() != m_table->header.size())
        m_mapping = HeaderRecognizer::mapHeaders(kind, m_table->header);

    const int rows = int(std::min<qsizetype>(m_table->rows.size(), previewRows));
    preview->setColumnCount(int(m_table->header.size()));
    preview->setRowCount(rows + 1);
    preview->setHorizontalHeaderLabels(m_table->header);
    QStringList rowLabels{tr("Field")};
    for (int row = 0; row < rows; ++row)
        rowLabels << QString::number(m_table->rows[row].number);
    preview->setVerticalHeaderLabels(rowLabels);
    for (int column = 0; column < m_table->header.size(); ++column) {
        auto *box = new QComboBox(preview);
        box->setObjectName(QStringLiteral("mappingComboBox%1").arg(column));
        box->addItem(tr("(keep as a custom column)"), QString());
        for (const AssetField &field : AssetFields::of(kind))
            box->addItem(AssetFields::label(field), field.name);
        box->setCurrentIndex(std::max(0, box->findData(m_mapping.value(column))));
        connect(box, &QComboBox::activated, this, &ImportDialog::mappingEdited);
        preview->setCellWidget(0, column, box);
        m_mappingBoxes << box;
        for (int row = 0; row < rows; ++row) {
            preview->setItem(row + 1, column,
                             new QTableWidgetItem(m_table->rows[row].cells.value(column)));
        }
    }
    preview->resizeColumnsToContents();
    const QString kindText =
        kind == AssetKind::Devices ? tr("devices and services") : tr("information assets");
    const QString encoding =
        m_table->encodingName.isEmpty() ? QStringLiteral("XLSX") : m_table->encodingName;
    m_ui->sourceInfoLabel->setText(
        tr("%1 · %n data row(s) · read as %2", nullptr, int(m_table->rows.size()))
            .arg(encoding, kindText));
}

void ImportDialog::mappingEdited()
{
    m_mapping = currentMapping();
    m_checkedRows.reset();
}

void ImportDialog::applyPreset()
{
    const QString name = m_ui->presetComboBox->currentData().toString();
    if (!m_table)
        return;
    if (name.isEmpty()) {
        m_mapping.clear();
        fillPreview();
        return;
    }
    const auto preset = m_document.importPreset(name);
    if (!preset) {
        Dialogs::showError(this, tr("Import Assets"), preset.error());
        return;
    }
    if (!preset->has_value())
        return;
    const int kindIndex = m_ui->kindComboBox->findData(int((*preset)->kind));
    m_ui->kindComboBox->setCurrentIndex(kindIndex);
    m_mapping = (*preset)->mappingFor(m_table->header);
    fillPreview();
}

void ImportDialog::savePreset()
{
    if (!m_table)
        return;
    bool accepted = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Mapping as Preset"), tr("Preset name:"),
                              QLineEdit::Normal, QFileInfo(m_path).completeBaseName(), &accepted)
            .trimmed();
    if (!accepted || name.isEmpty())
        return;
    ImportPreset preset;
    preset.name = name;
    preset.kind = currentKind();
    const QStringList mapping = currentMapping();
    for (int column = 0; column < m_table->header.size(); ++column)
        preset.fieldByHeader.insert(m_table->header[column].trimmed(), mapping.value(column));
    m_document.saveImportPreset(preset); // a failure is shown by the main window
    fillChoices();
    m_ui->presetComboBox->setCurrentIndex(m_ui->presetComboBox->findData(name));
}

void ImportDialog::showProblems(const QList<ImportProblem> &problems)
{
    m_ui->problemsListWidget->clear();
    for (const ImportProblem &problem : problems)
        m_ui->problemsListWidget->addItem(problem.text());
    m_ui->problemsListWidget->setVisible(!problems.isEmpty());
    m_ui->problemsLabel->clear();
}

std::optional<ParsedImport> ImportDialog::parseTable()
{
    std::optional<ParsedImport> parsed;
    const AssetKind kind = currentKind();
    const QStringList mapping = currentMapping();
    const Status done = BackgroundTask::run(
        this, tr("Checking the rows of %1…").arg(QFileInfo(m_path).fileName()),
        [this, &parsed, kind, &mapping](const ProgressCallback &progress) -> Status {
            auto result = AssetImporter::parse(*m_table, kind, mapping, progress);
            if (!result)
                return result.error();
            parsed = std::move(*result);
            return {};
        });
    if (!done) {
        showProblems({});
        m_ui->problemsLabel->setText(done.error().kind == ErrorKind::Cancelled
                                         ? tr("The check was cancelled.")
                                         : done.error().fullText());
    }
    return parsed;
}

bool ImportDialog::checkRows()
{
    m_checkedRows.reset();
    if (!m_table)
        return false;
    std::optional<ParsedImport> parsed = parseTable();
    if (!parsed)
        return false;
    showProblems(parsed->problems);
    if (!parsed->problems.isEmpty()) {
        m_ui->problemsLabel->setText(
            tr("%n problem(s) to fix in the file before it can be imported. Nothing was written.",
               nullptr, int(parsed->problems.size())));
        return false;
    }
    const auto existing = m_document.countExisting(*parsed);
    if (!existing) {
        m_ui->problemsLabel->setText(existing.error().fullText());
        return false;
    }
    m_ui->problemsLabel->setText(
        tr("All %1 rows are valid: %2 new, %3 already in Mamori (they will "
           "be updated).")
            .arg(parsed->rowCount())
            .arg(parsed->rowCount() - *existing)
            .arg(*existing));
    m_checkedRows = std::move(parsed);
    return true;
}

bool ImportDialog::runImport()
{
    if (!m_table)
        return false;
    const bool checkHolds = m_checkedRows && m_checkedRows->kind == currentKind() &&
                            m_checkedRows->mapping == currentMapping();
    if (!checkHolds && !checkRows())
        return false;
    // Taken out: after the import the counts of the check no longer hold.
    ParsedImport parsed = std::move(*std::exchange(m_checkedRows, std::nullopt));
    const QString label = tr("Importing %1…").arg(QFileInfo(m_path).fileName());
    const auto counts = m_document.import(parsed, [this, &label](const BackgroundJob &job) {
        return BackgroundTask::run(this, label, job);
    });
    if (!counts) {
        m_checkedRows = std::move(parsed); // nothing was written: the check still holds
        if (counts.error().kind == ErrorKind::Cancelled)
            m_ui->problemsLabel->setText(counts.error().message);
        else
            Dialogs::showError(this, tr("Import failed"), counts.error());
        return false;
    }
    const QString summary = tr("Imported %1: %2 created, %3 updated, %4 unchanged.")
                                .arg(QFileInfo(m_path).fileName())
                                .arg(counts->created)
                                .arg(counts->updated)
                                .arg(counts->unchanged);
    m_ui->problemsLabel->setText(summary);
    Dialogs::showInformation(this, tr("Import finished"), summary);
    return true;
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        fillPreview();
    }
    QDialog::changeEvent(event);
}

} // namespace mamori

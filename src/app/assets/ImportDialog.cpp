#include "ImportDialog.h"

#include "BackgroundTask.h"
#include "Dialogs.h"
#include "InventoryDocument.h"
#include "inventory/AssetImporter.h"
#include "inventory/HeaderRecognizer.h"
#include "inventory/ImportSummary.h"
#include "io/XlsxReader.h"

#include "ui_ImportDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>

#include <utility>

namespace mamori {

namespace {
constexpr int previewRows = 20;
constexpr int detectKind = -1;
constexpr int busy = -1;
constexpr int rowsNamedPerGroup = 5;  // a group's line names its first rows, then "…"
constexpr int problemsInTooltip = 20; // as many as the command line prints per group

enum ValueColumn
{
    ValueHeaderColumn,
    ValueTextColumn,
    ValueRowsColumn,
    ValueReadingColumn,
    ValueChoiceColumn,
    ValueColumnCount
};

} // namespace

ImportDialog::ImportDialog(InventoryDocument &document, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_document(document)
{
    m_ui->setupUi(this);
    m_ui->valuesTableWidget->setColumnCount(ValueColumnCount);
    // The firm's words may be long; the drop-downs keep the width of their longest choice.
    m_ui->valuesTableWidget->horizontalHeader()->setSectionResizeMode(ValueTextColumn,
                                                                      QHeaderView::Stretch);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->problemsListWidget->setIconSize(QSize(iconSize, iconSize));
    clearCheck();
    fillChoices();
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->encodingComboBox, &QComboBox::activated, this, &ImportDialog::loadTable);
    connect(m_ui->delimiterComboBox, &QComboBox::activated, this, &ImportDialog::loadTable);
    connect(m_ui->sheetComboBox, &QComboBox::activated, this, &ImportDialog::loadTable);
    // Without keyboard tracking: once the number is entered or stepped, not per digit typed.
    connect(m_ui->headerRowSpinBox, &QSpinBox::valueChanged, this, &ImportDialog::loadTable);
    connect(m_ui->kindComboBox, &QComboBox::activated, this, [this] {
        m_mapping.clear();
        clearCheck();
        fillPreview();
    });
    connect(m_ui->dateOrderComboBox, &QComboBox::activated, this, [this] {
        m_options.dateOrder = DateOrder(m_ui->dateOrderComboBox->currentData().toInt());
        forgetCheck();
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
    refill(m_ui->encodingComboBox, {{tr("Detect automatically"), int(TextEncoding::Auto)},
                                    {QStringLiteral("UTF-8"), int(TextEncoding::Utf8)},
                                    {QStringLiteral("Shift_JIS (CP932)"), int(TextEncoding::Cp932)},
                                    {QStringLiteral("UTF-16"), int(TextEncoding::Utf16)},
                                    {QStringLiteral("EUC-JP"), int(TextEncoding::EucJp)}});
    refill(m_ui->delimiterComboBox, {{tr("Detect automatically"), QString()},
                                     {tr("Comma"), QStringLiteral(",")},
                                     {tr("Tab"), QStringLiteral("\t")},
                                     {tr("Semicolon"), QStringLiteral(";")}});
    refill(m_ui->dateOrderComboBox, {{tr("Detect from the dates"), int(DateOrder::Auto)},
                                     {tr("Year, month, day (2024/4/1)"), int(DateOrder::Ymd)},
                                     {tr("Month/day/year (4/1/2024, US)"), int(DateOrder::Mdy)},
                                     {tr("Day/month/year (1/4/2024, UK)"), int(DateOrder::Dmy)}});
    QList<QPair<QString, QVariant>> presets{{tr("(recognise the headers)"), QString()}};
    const auto names = m_document.importPresetNames();
    if (names) {
        for (const QString &name : *names)
            presets.append({name, name});
    } else {
        setSummary([error = names.error()] {
            return tr("The saved presets cannot be read: %1").arg(error.fullText());
        });
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
    m_listedValues.clear();
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
    clearCheck();
    fillPreview();
    const QString path = m_path;
    const ImportFileOptions options = readingOptions();
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
        setSummary([text = table->error().fullText()] { return text; });
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
          static_cast<QWidget *>(m_ui->dateOrderComboBox),
          static_cast<QWidget *>(m_ui->headerRowSpinBox),
          static_cast<QWidget *>(m_ui->stepsTabWidget)})
        input->setEnabled(!reading);
    m_ui->encodingComboBox->setEnabled(!reading && !m_isWorkbook);
    m_ui->delimiterComboBox->setEnabled(!reading && !m_isWorkbook);
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

ImportFileOptions ImportDialog::readingOptions() const
{
    ImportFileOptions options;
    options.encoding = TextEncoding(m_ui->encodingComboBox->currentData().toInt());
    const QString delimiter = m_ui->delimiterComboBox->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.front();
    options.sheet = m_ui->sheetComboBox->currentData().toString();
    options.headerRow = m_ui->headerRowSpinBox->value();
    return options;
}

QString ImportDialog::fileFacts() const
{
    QStringList facts;
    if (m_isWorkbook) {
        const QString sheet = m_ui->sheetComboBox->currentText();
        facts << (sheet.isEmpty() ? QStringLiteral("XLSX") : tr("XLSX, sheet %1").arg(sheet));
    } else {
        facts << m_table->encodingName;
        switch (m_table->delimiter) {
        case u',':
            facts << tr("comma-separated");
            break;
        case u'\t':
            facts << tr("tab-separated");
            break;
        case u';':
            facts << tr("semicolon-separated");
            break;
        default:
            break;
        }
    }
    if (m_table->headerRow > 0)
        facts << tr("header in row %1").arg(m_table->headerRow);
    facts << tr("%n data row(s)", nullptr, int(m_table->rows.size()));
    const QString kindText =
        currentKind() == AssetKind::Devices ? tr("devices and services") : tr("information assets");
    facts << tr("read as %1").arg(kindText);
    return facts.join(tr(" · ", "between the facts of the file"));
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
    if (m_mapping.size() != m_table->header.size()) {
        m_mapping = m_preset && m_preset->kind == kind
                        ? m_preset->mappingFor(m_table->header)
                        : HeaderRecognizer::mapHeaders(kind, m_table->header);
    }

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
    m_ui->sourceInfoLabel->setText(fileFacts());
}

void ImportDialog::mappingEdited()
{
    m_mapping = currentMapping();
    clearCheck(); // the values and problems listed were those of other columns
}

void ImportDialog::applyPreset()
{
    const QString name = m_ui->presetComboBox->currentData().toString();
    m_preset.reset();
    if (!name.isEmpty()) {
        const auto preset = m_document.importPreset(name);
        if (!preset) {
            Dialogs::showError(this, tr("Import Assets"), preset.error());
            return;
        }
        if (!preset->has_value())
            return;
        m_preset = **preset;
        m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(m_preset->kind)));
        m_options.values = m_preset->values;
        m_options.dateOrder = m_preset->dateOrder;
        m_ui->dateOrderComboBox->setCurrentIndex(
            std::max(0, m_ui->dateOrderComboBox->findData(int(m_preset->dateOrder))));
    }
    m_mapping.clear(); // the preset's, or the recognised headers
    clearCheck();
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
    preset.values = chosenValues();
    preset.dateOrder = m_options.dateOrder;
    m_document.saveImportPreset(preset); // a failure is shown by the main window
    fillChoices();
    m_ui->presetComboBox->setCurrentIndex(m_ui->presetComboBox->findData(name));
    m_preset = preset;
}

ValueMap ImportDialog::chosenValues() const
{
    // What the Values step shows is what the person saw and left or chose; it is kept, so the
    // next file of this kind imports the same way without asking again.
    ValueMap values = m_options.values;
    for (int row = 0; row < m_values.size(); ++row) {
        const auto *box = qobject_cast<const QComboBox *>(
            m_ui->valuesTableWidget->cellWidget(row, ValueChoiceColumn));
        if (box && box->currentData().isValid())
            values.set(m_values[row].field, m_values[row].text, box->currentData().toString());
    }
    return values;
}

void ImportDialog::forgetCheck()
{
    m_checkedRows.reset();
}

void ImportDialog::clearCheck()
{
    m_checkedRows.reset();
    m_checked = false;
    m_values.clear();
    showProblems({});
    fillValues();
}

void ImportDialog::showProblems(const QList<ImportProblem> &problems,
                                const QList<ImportProblem> &warnings)
{
    QListWidget *list = m_ui->problemsListWidget;
    list->clear();
    m_problemCount = int(problems.size());
    m_warningCount = int(warnings.size());
    const auto add = [this, list](const QList<ImportProblem> &found, QStyle::StandardPixmap icon,
                                  const QString &form) {
        for (const ProblemGroup &group : ImportSummary::group(found)) {
            const QString line = ImportSummary::groupLine(group, rowsNamedPerGroup);
            auto *item = new QListWidgetItem(style()->standardIcon(icon), form.arg(line), list);
            item->setToolTip(
                ImportSummary::lines(group.problems, problemsInTooltip).join(QLatin1Char('\n')));
        }
    };
    add(problems, QStyle::SP_MessageBoxCritical, tr("Error: %1"));
    add(warnings, QStyle::SP_MessageBoxWarning, tr("Warning: %1"));
    setSummary({});
    updateStepTitles();
}

void ImportDialog::fillValues()
{
    QTableWidget *table = m_ui->valuesTableWidget;
    table->clearContents();
    table->setRowCount(int(m_values.size()));
    table->setHorizontalHeaderLabels(
        {tr("Column"), tr("In the file"), tr("Rows"), tr("Read as"), tr("Import as")});
    const AssetKind kind = m_valuesKind;
    bool anyCategory = false;
    for (int row = 0; row < m_values.size(); ++row) {
        const ImportedValue &value = m_values[row];
        const AssetField *field = AssetFields::find(kind, value.field);
        const FieldType type = field ? field->type : FieldType::Text;
        anyCategory = anyCategory || type == FieldType::Category;
        auto *header = new QTableWidgetItem(value.header.trimmed());
        if (field)
            header->setToolTip(AssetFields::label(*field));
        table->setItem(row, ValueHeaderColumn, header);
        table->setItem(row, ValueTextColumn, new QTableWidgetItem(value.text));
        auto *rows = new QTableWidgetItem(QLocale().toString(value.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rows->setToolTip(tr("First in row %1").arg(value.firstRow));
        table->setItem(row, ValueRowsColumn, rows);
        table->setItem(row, ValueReadingColumn, new QTableWidgetItem());

        auto *box = new QComboBox(table);
        box->setObjectName(QStringLiteral("valueComboBox%1").arg(row));
        for (const QString &code : ValueMap::codesOf(type))
            box->addItem(ValueMap::labelOf(type, code), code);
        const QString chosen =
            m_options.values.codeFor(value.field, value.text).value_or(value.code);
        int index = box->findData(chosen);
        if (index < 0) { // an unknown level is left unset
            box->insertItem(0, tr("(leave empty)"), QVariant());
            index = 0;
        }
        box->setCurrentIndex(index);
        connect(box, &QComboBox::activated, this, [this, row] { valueChosen(row); });
        table->setCellWidget(row, ValueChoiceColumn, box);
        const bool mapped = m_options.values.codeFor(value.field, value.text).has_value();
        const QString reading = [&value, mapped] {
            if (mapped)
                return tr("Mapped");
            switch (value.reading) {
            case ValueReading::Mapped:
                return tr("Mapped");
            case ValueReading::Guessed:
                return tr("Guessed");
            case ValueReading::Unknown:
                break;
            }
            return tr("Not known");
        }();
        table->item(row, ValueReadingColumn)->setText(reading);
        m_listedValues.insert(ValueMap::key(value.field, value.text));
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();

    QStringList note;
    if (!m_checked) {
        note << tr("Check the rows to list the values that the built-in words do not name.");
    } else if (m_values.isEmpty()) {
        note << tr("Every value in the columns with fixed choices is a known word.");
    } else {
        note << tr("These values are not among the built-in words. Choose what each one means; "
                   "a guess is only a suggestion. Your choices are saved with a preset.");
        if (anyCategory) {
            note << tr("Category: the word in your file is kept as the device's label "
                       "(“Category as written”) whichever kind you choose, so nothing you wrote "
                       "is lost.");
        }
    }
    m_ui->valuesNoteLabel->setText(note.join(QLatin1Char('\n')));
    updateStepTitles();
}

void ImportDialog::valueChosen(int row)
{
    const auto *box = qobject_cast<const QComboBox *>(
        m_ui->valuesTableWidget->cellWidget(row, ValueChoiceColumn));
    if (!box || row >= m_values.size())
        return;
    const ImportedValue &value = m_values[row];
    if (box->currentData().isValid()) {
        m_options.values.set(value.field, value.text, box->currentData().toString());
        m_ui->valuesTableWidget->item(row, ValueReadingColumn)->setText(tr("Mapped"));
    } else {
        m_options.values.remove(value.field, value.text); // none of the choices: no entry
    }
    forgetCheck();
    setSummary([] {
        return tr("Your choice applies from the next check; Import checks the rows again first.");
    });
}

void ImportDialog::setSummary(std::function<QString()> summary)
{
    m_summary = std::move(summary);
    m_ui->problemsLabel->setText(m_summary ? m_summary() : QString());
}

void ImportDialog::updateStepTitles()
{
    QTabWidget *steps = m_ui->stepsTabWidget;
    const int values = steps->indexOf(m_ui->valuesTab);
    const int problems = steps->indexOf(m_ui->problemsTab);
    steps->setTabText(values, m_checked ? tr("Values (%1)").arg(m_values.size()) : tr("Values"));
    steps->setTabText(problems, m_checked ? tr("Problems (%1)").arg(m_problemCount + m_warningCount)
                                          : tr("Problems"));
}

std::optional<ParsedImport> ImportDialog::parseTable()
{
    std::optional<ParsedImport> parsed;
    const AssetKind kind = currentKind();
    const QStringList mapping = currentMapping();
    const ImportOptions options = m_options;
    const Status done = BackgroundTask::run(
        this, tr("Checking the rows of %1…").arg(QFileInfo(m_path).fileName()),
        [this, &parsed, kind, &mapping, &options](const ProgressCallback &progress) -> Status {
            auto result = AssetImporter::parse(*m_table, kind, mapping, progress, options);
            if (!result)
                return result.error();
            parsed = std::move(*result);
            return {};
        });
    if (!done) {
        clearCheck();
        setSummary([error = done.error()] {
            return error.kind == ErrorKind::Cancelled ? tr("The check was cancelled.")
                                                      : error.fullText();
        });
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
    m_checked = true;
    m_unlistedValues = false;
    for (const ImportedValue &value : parsed->values) {
        m_unlistedValues =
            m_unlistedValues || (value.reading != ValueReading::Mapped &&
                                 !m_listedValues.contains(ValueMap::key(value.field, value.text)));
    }
    m_values = parsed->values;
    m_valuesKind = parsed->kind;
    showProblems(parsed->problems, parsed->warnings);
    fillValues();
    QTabWidget *steps = m_ui->stepsTabWidget;
    if (!parsed->problems.isEmpty())
        steps->setCurrentWidget(m_ui->problemsTab);
    else if (!parsed->values.isEmpty())
        steps->setCurrentWidget(m_ui->valuesTab);
    else if (!parsed->warnings.isEmpty())
        steps->setCurrentWidget(m_ui->problemsTab);

    // Ambiguous dates, or two-digit years, which only an explicit order reads.
    const auto isDateProblem = [this, &parsed](const ImportProblem &problem) {
        if (problem.kind == QLatin1String("date_order"))
            return true;
        const AssetField *field =
            AssetFields::find(parsed->kind, parsed->mapping.value(problem.column));
        return m_options.dateOrder == DateOrder::Auto && field && field->type == FieldType::Date;
    };
    const bool orderMissing =
        std::any_of(parsed->problems.cbegin(), parsed->problems.cend(), isDateProblem);
    std::optional<int> existing;
    if (parsed->problems.isEmpty()) {
        const auto counted = m_document.countExisting(*parsed);
        if (!counted) {
            setSummary([text = counted.error().fullText()] { return text; });
            return false;
        }
        existing = *counted;
    }
    setSummary([problems = int(parsed->problems.size()), warnings = int(parsed->warnings.size()),
                values = int(parsed->values.size()), rows = parsed->rowCount(), existing,
                orderMissing] {
        QStringList summary;
        if (problems > 0) {
            summary << tr("%n problem(s) to fix in the file before it can be imported. Nothing "
                          "was written.",
                          nullptr, problems);
            if (orderMissing)
                summary << tr("Choose the file's date order under Date order, then check again.");
        } else {
            summary << tr("All %1 rows are valid: %2 new, %3 already in Mamori (they will "
                          "be updated).")
                           .arg(rows)
                           .arg(rows - existing.value_or(0))
                           .arg(existing.value_or(0));
        }
        if (warnings > 0) {
            summary << tr("%n warning(s) under Problems; those rows are imported anyway.", nullptr,
                          warnings);
        }
        if (values > 0) {
            summary << tr("%n value(s) under Values that the built-in words do not name: check "
                          "what they are read as.",
                          nullptr, values);
        }
        return summary.join(QLatin1Char('\n'));
    });
    if (!parsed->problems.isEmpty())
        return false;
    m_checkedRows = std::move(parsed);
    return true;
}

bool ImportDialog::runImport()
{
    if (!m_table)
        return false;
    const bool checkHolds = m_checkedRows && m_checkedRows->kind == currentKind() &&
                            m_checkedRows->mapping == currentMapping();
    if (!checkHolds) {
        if (!checkRows())
            return false;
        if (m_unlistedValues) {
            // Guesses are applied only once they have been listed.
            setSummary([checked = m_summary] {
                return checked() + QLatin1Char('\n') +
                       tr("Look at the values under Values, then click Import again.");
            });
            return false;
        }
    }
    // Taken out: after the import the counts of the check no longer hold.
    ParsedImport parsed = std::move(*std::exchange(m_checkedRows, std::nullopt));
    const QString label = tr("Importing %1…").arg(QFileInfo(m_path).fileName());
    const auto counts = m_document.import(parsed, [this, &label](const BackgroundJob &job) {
        return BackgroundTask::run(this, label, job);
    });
    if (!counts) {
        m_checkedRows = std::move(parsed); // nothing was written: the check still holds
        if (counts.error().kind == ErrorKind::Cancelled)
            setSummary([text = counts.error().message] { return text; });
        else
            Dialogs::showError(this, tr("Import failed"), counts.error());
        return false;
    }
    setSummary([file = QFileInfo(m_path).fileName(), counts = *counts] {
        return tr("Imported %1: %2 created, %3 updated, %4 unchanged.")
            .arg(file)
            .arg(counts.created)
            .arg(counts.updated)
            .arg(counts.unchanged);
    });
    QString summary = m_summary();
    if (m_ui->problemsListWidget->count() > 0) {
        QStringList lines{summary};
        for (int i = 0; i < std::min(m_ui->problemsListWidget->count(), 10); ++i)
            lines << m_ui->problemsListWidget->item(i)->text();
        summary = lines.join(QLatin1Char('\n'));
    }
    Dialogs::showInformation(this, tr("Import finished"), summary);
    return true;
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        fillPreview();
        fillValues(); // the drop-downs' labels; the problems keep the language of their check
        setSummary(std::move(m_summary));
    }
    QDialog::changeEvent(event);
}

} // namespace mamori

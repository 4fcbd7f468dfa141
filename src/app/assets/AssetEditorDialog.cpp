#include "AssetEditorDialog.h"

#include "inventory/AssetRecords.h"
#include "inventory/EndOfSupportCatalog.h"

#include "ui_AssetEditorDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

namespace mamori {

namespace {

template<typename Enum> void addChoices(QComboBox *box, const QList<Enum> &values, bool withEmpty)
{
    if (withEmpty)
        box->addItem(QString(), QString());
    for (const Enum value : values) {
        const QString code = AssetValues::code(value);
        box->addItem(code.isEmpty() ? AssetValues::tr("Not recorded") : AssetValues::label(value),
                     code);
    }
}

QString placeholderFor(FieldType type)
{
    switch (type) {
    case FieldType::Date:
        return AssetEditorDialog::tr("e.g. 2024-04-01 or 令和6年4月1日");
    case FieldType::Amount:
        return AssetEditorDialog::tr("e.g. 158,000 or $1,200.50");
    case FieldType::Currency:
        return AssetEditorDialog::tr("JPY when empty; e.g. USD");
    default:
        return {};
    }
}

} // namespace

AssetEditorDialog::AssetEditorDialog(InventoryDocument &document, const AssetRecord &record,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AssetEditorDialog>()), m_document(document),
      m_original(record),
      m_kind(std::holds_alternative<Device>(record) ? AssetKind::Devices : AssetKind::Information)
{
    m_ui->setupUi(this);
    const bool isNew = std::visit([](const auto &value) { return value.id == 0; }, record);
    const QString what =
        m_kind == AssetKind::Devices ? tr("device or service") : tr("information asset");
    setWindowTitle(
        isNew ? tr("New %1").arg(what)
              : tr("%1 — %2").arg(std::visit([](const auto &v) { return v.name; }, record), what));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AssetEditorDialog::accept);
    connect(m_ui->linkPushButton, &QPushButton::clicked, this,
            [this] { linkTo(m_ui->linkTargetComboBox->currentText()); });
    connect(m_ui->unlinkPushButton, &QPushButton::clicked, this,
            &AssetEditorDialog::unlinkSelected);
    buildEditors();
    fillLinksAndHistory();
    m_ui->linksTab->setEnabled(!isNew);
    m_ui->historyTab->setEnabled(!isNew);
}

AssetEditorDialog::~AssetEditorDialog() = default;

void AssetEditorDialog::buildEditors()
{
    for (const AssetField &field : AssetFields::of(m_kind)) {
        if (field.role != AssetField::Role::Stored)
            continue;
        QWidget *editor = nullptr;
        const QString current = std::visit(
            [&field](const auto &value) { return AssetRecords::canonicalText(value, field.name); },
            m_original);
        if (field.type == FieldType::Category || field.type == FieldType::Status ||
            field.type == FieldType::Coverage || field.type == FieldType::Mfa ||
            field.type == FieldType::PersonalData || field.type == FieldType::Level) {
            auto *box = new QComboBox(m_ui->fieldsWidget);
            switch (field.type) {
            case FieldType::Category:
                addChoices(box, AssetValues::categories(), false);
                break;
            case FieldType::Status:
                addChoices(box, AssetValues::statuses(), false);
                break;
            case FieldType::Coverage:
                addChoices(box, AssetValues::coverages(), false);
                break;
            case FieldType::Mfa:
                addChoices(box, AssetValues::mfaStates(), false);
                break;
            case FieldType::PersonalData:
                addChoices(box, AssetValues::personalDataKinds(), false);
                break;
            default: {
                // Levels that may be unset (threat, vulnerability, importance) offer an empty
                // choice; confidentiality, integrity and availability always have one.
                const bool optional = std::visit(
                    [&field](const auto &value) {
                        using Record = std::decay_t<decltype(value)>;
                        return AssetRecords::storedValue(Record{}, field.name).isNull();
                    },
                    m_original);
                if (optional)
                    box->addItem(QString(), QString());
                for (const auto &level :
                     {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
                    box->addItem(level, level);
                break;
            }
            }
            box->setCurrentIndex(std::max(0, box->findData(current)));
            editor = box;
        } else {
            auto *line = new QLineEdit(current, m_ui->fieldsWidget);
            line->setPlaceholderText(placeholderFor(field.type));
            editor = line;
        }
        editor->setObjectName(field.name + QStringLiteral("Editor"));
        QString label = AssetFields::label(field);
        if (field.required)
            label += QStringLiteral(" *");
        m_ui->fieldsFormLayout->addRow(label, editor);
        m_editors.insert(field.name, editor);
    }
}

void AssetEditorDialog::fillLinksAndHistory()
{
    const qint64 id = std::visit([](const auto &value) { return value.id; }, m_original);
    if (id == 0)
        return;
    m_ui->linksLabel->setText(m_kind == AssetKind::Devices
                                  ? tr("Information assets stored on this device or service:")
                                  : tr("Devices and services that store this information:"));
    m_ui->linkTargetComboBox->lineEdit()->setPlaceholderText(
        m_kind == AssetKind::Devices ? tr("Business area / information asset name")
                                     : tr("Asset number of a device or service"));
    fillLinks();
    const auto entries = m_document.history(m_kind, id);
    for (const AuditEntry &entry : entries.ok() ? *entries : QList<AuditEntry>()) {
        QString change;
        switch (entry.change.action) {
        case AuditAction::Insert:
            if (entry.change.field == QLatin1String("import"))
                change = tr("Created by importing %1").arg(entry.change.newValue);
            else if (entry.change.field == QLatin1String("demo"))
                change = tr("Created as demo data");
            else
                change = tr("Created");
            break;
        case AuditAction::Delete:
            change = tr("Deleted");
            break;
        case AuditAction::Update: {
            const AssetField *field = AssetFields::find(m_kind, entry.change.field);
            change = field ? AssetFields::label(*field) : entry.change.field;
            break;
        }
        }
        const bool update = entry.change.action == AuditAction::Update;
        auto *item = new QTreeWidgetItem(
            {QLocale().toString(entry.changedAt.toLocalTime(), QLocale::ShortFormat), entry.osUser,
             change, update ? entry.change.oldValue : QString(),
             update ? entry.change.newValue : QString()});
        m_ui->historyTreeWidget->addTopLevelItem(item);
    }
    // When, who and what fit their text; old and new values may be long and keep their width.
    for (int column = 0; column < 3; ++column)
        m_ui->historyTreeWidget->resizeColumnToContents(column);
}

qint64 AssetEditorDialog::recordId() const
{
    return std::visit([](const auto &value) { return value.id; }, m_original);
}

void AssetEditorDialog::fillLinks()
{
    m_ui->linksListWidget->clear();
    const auto linked = m_document.linked(m_kind, recordId());
    for (const auto &record : linked.ok() ? *linked : QList<InventoryDocument::LinkedRecord>()) {
        auto *item = new QListWidgetItem(record.label, m_ui->linksListWidget);
        item->setData(Qt::UserRole, record.id);
    }
}

bool AssetEditorDialog::linkTo(const QString &text)
{
    const AssetKind other =
        m_kind == AssetKind::Devices ? AssetKind::Information : AssetKind::Devices;
    const auto target = m_document.findByLabel(other, text);
    if (!target || !target->has_value()) {
        m_ui->problemLabel->setText(tr("Nothing matches \"%1\".").arg(text.trimmed()));
        return false;
    }
    const qint64 otherId = (*target)->id;
    if (m_kind == AssetKind::Devices)
        m_document.link(otherId, recordId());
    else
        m_document.link(recordId(), otherId);
    m_ui->problemLabel->clear();
    m_ui->linkTargetComboBox->clearEditText();
    fillLinks();
    return true;
}

void AssetEditorDialog::unlinkSelected()
{
    for (const QListWidgetItem *item : m_ui->linksListWidget->selectedItems()) {
        const qint64 otherId = item->data(Qt::UserRole).toLongLong();
        if (m_kind == AssetKind::Devices)
            m_document.unlink(otherId, recordId());
        else
            m_document.unlink(recordId(), otherId);
    }
    // Firms keep tens or hundreds of information assets but may have thousands of devices:
    // offer a list to pick from, and for devices also accept a typed asset number.
    const AssetKind other =
        m_kind == AssetKind::Devices ? AssetKind::Information : AssetKind::Devices;
    const auto choices = m_document.labels(other, 2000);
    m_ui->linkTargetComboBox->addItems(choices.ok() ? *choices : QStringList());
    m_ui->linkTargetComboBox->setCurrentIndex(-1);
    fillLinks();
}

QString AssetEditorDialog::editorText(const QString &field) const
{
    QWidget *editor = m_editors.value(field);
    if (auto *box = qobject_cast<QComboBox *>(editor))
        return box->currentData().toString();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return {};
}

std::optional<AssetRecord> AssetEditorDialog::editedRecord(QStringList &problems) const
{
    AssetRecord edited = m_original;
    std::visit(
        [this, &problems](auto &value) {
            // Clear every field first, so an emptied one really becomes empty and a currency
            // written in the cost is checked against the currency field as typed, not as stored.
            for (const AssetField &field : AssetFields::of(m_kind)) {
                if (m_editors.contains(field.name))
                    AssetRecords::loadStored(value, field.name, QVariant());
            }
            for (const AssetField &field : AssetFields::of(m_kind)) {
                if (!m_editors.contains(field.name))
                    continue;
                const QString text = editorText(field.name);
                if (field.required && text.trimmed().isEmpty()) {
                    problems << tr("%1 is required.").arg(AssetFields::label(field));
                    continue;
                }
                const QString problem = AssetRecords::parseCell(value, field.name, text);
                if (!problem.isEmpty())
                    problems << QStringLiteral("%1: %2").arg(AssetFields::label(field), problem);
            }
            using Record = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<Record, Device>) {
                value.settlePurchaseCurrency();
                EndOfSupportCatalog::bundled().settle(
                    value, !editorText(QStringLiteral("end_of_support")).trimmed().isEmpty());
            } else {
                value.dropRedundantImportanceOverride();
            }
        },
        edited);
    if (!problems.isEmpty())
        return std::nullopt;
    const auto taken = m_document.keyTaken(edited);
    if (!taken) {
        problems << taken.error().fullText();
        return std::nullopt;
    }
    if (*taken) {
        problems
            << (m_kind == AssetKind::Devices
                    ? tr("Another device already has this asset number.")
                    : tr("Another information asset already has this business area and name."));
        return std::nullopt;
    }
    return edited;
}

void AssetEditorDialog::accept()
{
    QStringList problems;
    const std::optional<AssetRecord> edited = editedRecord(problems);
    if (!edited) {
        m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    const bool isNew = std::visit([](const auto &value) { return value.id == 0; }, m_original);
    if (isNew)
        m_document.add(*edited);
    else if (*edited != m_original)
        m_document.edit(m_original, *edited);
    QDialog::accept();
}

} // namespace mamori

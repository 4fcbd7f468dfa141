#include "AssetFields.h"

namespace mamori {

namespace {

using Role = AssetField::Role;

QList<AssetField> deviceFields()
{
    return {
        {QStringLiteral("category"), FieldType::Category,
         QT_TRANSLATE_NOOP("AssetFields", "Category"), true},
        {QStringLiteral("category_label"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Category as written")},
        {QStringLiteral("asset_number"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Asset number"), true},
        {QStringLiteral("name"), FieldType::Text, QT_TRANSLATE_NOOP("AssetFields", "Name"), true},
        {QStringLiteral("status"), FieldType::Status, QT_TRANSLATE_NOOP("AssetFields", "Status")},
        {QStringLiteral("disposal_date"), FieldType::Date,
         QT_TRANSLATE_NOOP("AssetFields", "Disposal date")},
        {QStringLiteral("disposal_method"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Disposal method")},
        {QStringLiteral("assigned_user"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Assigned user")},
        {QStringLiteral("department"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Department")},
        {QStringLiteral("location"), FieldType::Text, QT_TRANSLATE_NOOP("AssetFields", "Location")},
        {QStringLiteral("manufacturer"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Manufacturer")},
        {QStringLiteral("model"), FieldType::Text, QT_TRANSLATE_NOOP("AssetFields", "Model")},
        {QStringLiteral("model_number"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Model number")},
        {QStringLiteral("serial_number"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Serial number")},
        {QStringLiteral("os_name"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "OS / firmware")},
        {QStringLiteral("os_version"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "OS version")},
        {QStringLiteral("purchase_date"), FieldType::Date,
         QT_TRANSLATE_NOOP("AssetFields", "Purchase date")},
        {QStringLiteral("purchase_cost"), FieldType::Amount,
         QT_TRANSLATE_NOOP("AssetFields", "Purchase cost")},
        {QStringLiteral("purchase_currency"), FieldType::Currency,
         QT_TRANSLATE_NOOP("AssetFields", "Currency")},
        {QStringLiteral("warranty_end"), FieldType::Date,
         QT_TRANSLATE_NOOP("AssetFields", "Warranty end")},
        {QStringLiteral("warranty_months"), FieldType::Months,
         QT_TRANSLATE_NOOP("AssetFields", "Warranty (months)"), false, Role::ImportOnly},
        {QStringLiteral("end_of_support"), FieldType::Date,
         QT_TRANSLATE_NOOP("AssetFields", "End of support")},
        {QStringLiteral("last_update"), FieldType::Date,
         QT_TRANSLATE_NOOP("AssetFields", "Last update applied")},
        {QStringLiteral("antivirus"), FieldType::Coverage,
         QT_TRANSLATE_NOOP("AssetFields", "Antivirus")},
        {QStringLiteral("mfa"), FieldType::Mfa, QT_TRANSLATE_NOOP("AssetFields", "MFA")},
        {QStringLiteral("disk_encryption"), FieldType::Coverage,
         QT_TRANSLATE_NOOP("AssetFields", "Disk encryption")},
        {QStringLiteral("supplier"), FieldType::Text, QT_TRANSLATE_NOOP("AssetFields", "Supplier")},
        {QStringLiteral("order_number"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Order number")},
        {QStringLiteral("notes"), FieldType::Text, QT_TRANSLATE_NOOP("AssetFields", "Notes")},
    };
}

QList<AssetField> informationFields()
{
    return {
        {QStringLiteral("business_area"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Business area"), true},
        {QStringLiteral("name"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Information asset"), true},
        {QStringLiteral("notes"), FieldType::Text, QT_TRANSLATE_NOOP("AssetFields", "Notes")},
        {QStringLiteral("users_scope"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Who may use it")},
        {QStringLiteral("owning_department"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Owning department")},
        {QStringLiteral("media_location"), FieldType::Text,
         QT_TRANSLATE_NOOP("AssetFields", "Media / location")},
        {QStringLiteral("personal_data"), FieldType::PersonalData,
         QT_TRANSLATE_NOOP("AssetFields", "Personal data")},
        {QStringLiteral("confidentiality"), FieldType::Level,
         QT_TRANSLATE_NOOP("AssetFields", "Confidentiality")},
        {QStringLiteral("integrity"), FieldType::Level,
         QT_TRANSLATE_NOOP("AssetFields", "Integrity")},
        {QStringLiteral("availability"), FieldType::Level,
         QT_TRANSLATE_NOOP("AssetFields", "Availability")},
        {QStringLiteral("importance"), FieldType::Level,
         QT_TRANSLATE_NOOP("AssetFields", "Importance")},
        {QStringLiteral("registered_on"), FieldType::Date,
         QT_TRANSLATE_NOOP("AssetFields", "Registered on")},
        {QStringLiteral("threat"), FieldType::Level, QT_TRANSLATE_NOOP("AssetFields", "Threat")},
        {QStringLiteral("vulnerability"), FieldType::Level,
         QT_TRANSLATE_NOOP("AssetFields", "Vulnerability")},
        {QStringLiteral("risk"), FieldType::Risk, QT_TRANSLATE_NOOP("AssetFields", "Risk"), false,
         Role::Computed},
    };
}

} // namespace

const QList<AssetField> &AssetFields::of(AssetKind kind)
{
    static const QList<AssetField> devices = deviceFields();
    static const QList<AssetField> information = informationFields();
    return kind == AssetKind::Devices ? devices : information;
}

const AssetField *AssetFields::find(AssetKind kind, const QString &name)
{
    for (const AssetField &field : of(kind)) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

QString AssetFields::label(const AssetField &field)
{
    return tr(field.label);
}

QString AssetFields::kindName(AssetKind kind)
{
    return kind == AssetKind::Devices ? QStringLiteral("devices") : QStringLiteral("information");
}

} // namespace mamori

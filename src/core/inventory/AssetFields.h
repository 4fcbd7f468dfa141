#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mamori {

enum class AssetKind
{
    Devices,
    Information
};

// How a field's text is parsed and checked.
enum class FieldType
{
    Text,
    Date,
    Amount,       // purchase cost, an exact decimal amount (currency marks accepted)
    Currency,     // an ISO 4217 code, or a mark such as ¥ or $
    Months,       // Snipe-IT's "Warranty" (months after the purchase date)
    Category,     // device category
    Status,       // device status
    Coverage,     // yes / no / n.a. (antivirus, disk encryption)
    Mfa,          // yes / partial / no / n.a.
    PersonalData, // none / personal / sensitive / My Number
    Level,        // 1–3 (C, I, A, importance, threat, vulnerability)
    Risk,         // importance × likelihood: 1, 2, 3, 4, 6 or 9
};

struct AssetField
{
    enum class Role
    {
        Stored,     // kept in the database, exported and imported
        ImportOnly, // understood on import only (Snipe-IT's warranty months)
        Computed,   // derived (importance when not overridden, risk): exported, never imported
    };

    QString name; // canonical: JSON keys, CLI, export header aliases
    FieldType type;
    const char *label; // English source of the translated column title (see label())
    bool required = false;
    Role role = Role::Stored;
};

// The canonical fields of each kind of asset, in the order of exports and tables. These names
// are a contract (docs/inventory.md, `mamori-cli assets list --json`).
class AssetFields
{
    Q_DECLARE_TR_FUNCTIONS(AssetFields)

public:
    static const QList<AssetField> &of(AssetKind kind);
    static const AssetField *find(AssetKind kind, const QString &name);
    // The translated column title, e.g. "資産番号" / "Asset number".
    static QString label(const AssetField &field);
    static QString kindName(AssetKind kind); // "devices" / "information"
};

} // namespace mamori

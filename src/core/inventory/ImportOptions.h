#pragma once

#include "inventory/AssetFields.h"
#include "inventory/ValueParsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mamori {

// The firm's own words for the values of enumerated columns, mapped to built-in codes:
// "Storage" in the category column is a server, 紛失 in the status column is retired. Chosen in
// the import dialog's Values step or with `--map category:Storage=server`, and saved with an
// import preset.
class ValueMap
{
    Q_DECLARE_TR_FUNCTIONS(ValueMap)

public:
    struct Entry
    {
        QString field; // canonical field ("category", "status", "antivirus", …)
        QString value; // as written in the file
        QString code;  // the built-in code it means (AssetValues codes; 1–3 for levels)
    };

    // Adds or replaces the code for a value (matched as parse::wordKey matches words).
    void set(const QString &field, const QString &value, const QString &code);
    std::optional<QString> codeFor(const QString &field, const QString &value) const;
    // Forgets what a value means, so it is read as if never mapped.
    void remove(const QString &field, const QString &value);
    // Two values with the same key are one value of the map (field, then the value as
    // parse::wordKey compares words).
    static QString key(const QString &field, const QString &value);
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // {"category": {"Storage": "server"}, …}
    QJsonObject toJson() const;
    static ValueMap fromJson(const QJsonObject &object);

    // One `--map FIELD:VALUE=CODE` argument for devices or information assets; the error says
    // what is wrong with it (unknown field, field without fixed values, unknown code).
    static std::optional<Entry> parseArgument(AssetKind kind, const QString &argument,
                                              QString *error);
    // Whether a field has built-in values to map to, and which codes they are.
    static bool isEnumerated(FieldType type);
    static QStringList codesOf(FieldType type);
    // The translated name of a code of a field type ("server" → サーバー, "3" → 3).
    static QString labelOf(FieldType type, const QString &code);

private:
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_indexByKey; // field + wordKey(value)
};

// How an import reads its rows, besides the column mapping.
struct ImportOptions
{
    DateOrder dateOrder = DateOrder::Auto;
    // Values neither mapped nor known are row errors, and so are short rows: the behaviour
    // scripts can ask for when a surprise must stop the import.
    bool strict = false;
    ValueMap values;
};

} // namespace mamori

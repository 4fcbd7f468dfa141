#pragma once

#include "AssetValues.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace mamori {

// A piece of information the firm keeps (情報資産), one row of the IPA ledger.
struct InformationAsset
{
    qint64 id = 0; // 0 until stored
    QString businessArea;
    QString name;
    QString notes;
    QString usersScope;
    QString owningDepartment;
    QString mediaLocation;
    PersonalData personalData = PersonalData::None;
    int confidentiality = 1;
    int integrity = 1;
    int availability = 1;
    std::optional<int> importanceOverride; // unset: the highest of C, I and A
    QDate registeredOn;
    std::optional<int> threat;        // 1–3, unset until assessed
    std::optional<int> vulnerability; // 1–3, unset until assessed
    QMap<QString, QString> customFields;

    int importance() const;
    // An override equal to the highest of C, I and A is no override: drop it, so the importance
    // follows C, I and A again (imports and the editor both apply this).
    void dropRedundantImportanceOverride();
    // Risk value (importance × likelihood of damage), unset until threat and vulnerability are.
    std::optional<int> risk() const;

    bool operator==(const InformationAsset &) const = default;
};

} // namespace mamori

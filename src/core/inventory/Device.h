#pragma once

#include "AssetValues.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace mamori {

// A device or service that holds information (機器・サービス).
struct Device
{
    qint64 id = 0; // 0 until stored
    DeviceCategory category = DeviceCategory::Pc;
    QString assetNumber; // unique
    QString name;
    DeviceStatus status = DeviceStatus::InUse;
    QDate disposalDate;
    QString disposalMethod; // how data was erased matters as much as when
    QString assignedUser;
    QString department;
    QString location;
    QString manufacturer;
    QString model;
    QString modelNumber;
    QString serialNumber;
    QString osName;
    QString osVersion;
    QDate purchaseDate;
    std::optional<qint64> purchaseCostYen;
    QDate warrantyEnd;
    QDate endOfSupport;
    bool endOfSupportOverridden = false; // the user's date wins over the bundled data
    QDate lastUpdate;
    Coverage antivirus = Coverage::Unknown;
    MfaState mfa = MfaState::Unknown;
    Coverage diskEncryption = Coverage::Unknown;
    QString supplier;
    QString orderNumber;
    QString notes;
    QMap<QString, QString> customFields; // columns an import did not recognise, kept by header

    bool operator==(const Device &) const = default;
};

} // namespace mamori

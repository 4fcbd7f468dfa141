#pragma once

#include "AssetValues.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace mamori {

// An amount exactly as written, never a binary floating-point number: decimal digits with an
// optional fraction ("2266.13", "98000").
struct DecimalAmount
{
    QString digits;

    bool operator==(const DecimalAmount &) const = default;
};

// An ISO 4217 currency code ("JPY", "USD"); empty for none.
struct CurrencyCode
{
    QString code;

    bool operator==(const CurrencyCode &) const = default;
};

// A device or service that holds information (機器・サービス).
struct Device
{
    qint64 id = 0; // 0 until stored
    DeviceCategory category = DeviceCategory::Pc;
    // The firm's own word for the category ("Storage", "プリンタ複合機"), kept as written; empty
    // when the firm used the built-in name. The security checks go by `category` alone.
    QString categoryLabel;
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
    std::optional<DecimalAmount> purchaseCost;
    CurrencyCode purchaseCurrency; // JPY when a cost was given without one; empty without a cost
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

    // A cost without a currency is in yen; a currency without a cost means nothing.
    void settlePurchaseCurrency()
    {
        if (!purchaseCost)
            purchaseCurrency = {};
        else if (purchaseCurrency.code.isEmpty())
            purchaseCurrency.code = QStringLiteral("JPY");
    }

    bool operator==(const Device &) const = default;
};

} // namespace mamori

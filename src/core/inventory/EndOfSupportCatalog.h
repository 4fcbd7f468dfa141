#pragma once

#include "Device.h"
#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mamori {

enum class SupportState
{
    Unknown,
    Supported,
    EndingSoon,
    Ended
};

// End-of-support dates of operating systems and Office, from the versioned data file
// resources/inventory/end-of-support.json compiled into the core.
class EndOfSupportCatalog
{
public:
    struct Product
    {
        QString name;
        QStringList words; // all must appear in the device's OS text
        enum class Editions
        {
            Any,
            Consumer,
            Enterprise
        } editions = Editions::Any;
        QDate end;
    };

    static const EndOfSupportCatalog &bundled();
    // Parses the JSON format of the bundled file; entries without words or an end date are
    // skipped.
    static Result<EndOfSupportCatalog> fromJson(const QByteArray &json, const QString &sourceName);

    const QString &version() const { return m_version; }
    const QList<Product> &products() const { return m_products; }
    // The first product matching the device's OS (and, for software, its model and name).
    const Product *match(const Device &device) const;
    // Fills the end-of-support date from the catalogue unless the user set it by hand.
    void apply(Device &device) const;
    // After an edit or an import row: a date the user gave that differs from the catalogue's is
    // an override; no date lets the catalogue decide.
    void settle(Device &device, bool userGaveDate) const;

    // Ended when the date has passed; ending soon within `warningDays` (180) of `today`.
    static SupportState state(const Device &device, const QDate &today, int warningDays = 180);

private:
    static EndOfSupportCatalog fromObject(const QJsonObject &root);

    QString m_version;
    QList<Product> m_products;
};

} // namespace mamori

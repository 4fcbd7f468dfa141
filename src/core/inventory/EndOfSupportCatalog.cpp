#include "EndOfSupportCatalog.h"

#include "io/JsonContent.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mamori {

namespace {

QString searchableText(const Device &device)
{
    QString text = device.osName + QLatin1Char(' ') + device.osVersion;
    if (device.category == DeviceCategory::Software)
        text += QLatin1Char(' ') + device.model + QLatin1Char(' ') + device.name;
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

bool isEnterprise(const QString &text)
{
    return text.contains(QLatin1String("enterprise")) ||
           text.contains(QLatin1String("education")) || text.contains(QLatin1String(" edu")) ||
           text.contains(QLatin1String("iot"));
}

} // namespace

const EndOfSupportCatalog &EndOfSupportCatalog::bundled()
{
    // The file is compiled in and a test reads it; a broken build still starts, with an empty
    // catalogue and the reason in the log.
    static const EndOfSupportCatalog catalog = [] {
        const Result<QJsonObject> root =
            json_content::load(QStringLiteral(":/inventory/end-of-support.json"));
        if (!root) {
            qWarning("%s", qPrintable(root.error().fullText()));
            return EndOfSupportCatalog();
        }
        return fromObject(*root);
    }();
    return catalog;
}

Result<EndOfSupportCatalog> EndOfSupportCatalog::fromJson(const QByteArray &json,
                                                          const QString &sourceName)
{
    const Result<QJsonObject> root = json_content::parse(json, sourceName);
    if (!root)
        return root.error();
    return fromObject(*root);
}

EndOfSupportCatalog EndOfSupportCatalog::fromObject(const QJsonObject &root)
{
    EndOfSupportCatalog catalog;
    catalog.m_version = root.value(QStringLiteral("version")).toString();
    for (const QJsonValue &entry : root.value(QStringLiteral("products")).toArray()) {
        const QJsonObject object = entry.toObject();
        Product product;
        product.name = object.value(QStringLiteral("product")).toString();
        for (const QJsonValue &word : object.value(QStringLiteral("words")).toArray())
            product.words << word.toString().toCaseFolded();
        const QString editions = object.value(QStringLiteral("editions")).toString();
        product.editions = editions == QLatin1String("enterprise") ? Product::Editions::Enterprise
                           : editions == QLatin1String("consumer") ? Product::Editions::Consumer
                                                                   : Product::Editions::Any;
        product.end =
            QDate::fromString(object.value(QStringLiteral("end")).toString(), Qt::ISODate);
        if (!product.words.isEmpty() && product.end.isValid())
            catalog.m_products << product;
    }
    return catalog;
}

const EndOfSupportCatalog::Product *EndOfSupportCatalog::match(const Device &device) const
{
    const QString text = searchableText(device);
    if (text.isEmpty())
        return nullptr;
    const bool enterprise = isEnterprise(text);
    for (const Product &product : m_products) {
        if (product.editions == Product::Editions::Enterprise && !enterprise)
            continue;
        if (product.editions == Product::Editions::Consumer && enterprise)
            continue;
        const bool all = std::all_of(product.words.cbegin(), product.words.cend(),
                                     [&text](const QString &word) { return text.contains(word); });
        if (all)
            return &product;
    }
    return nullptr;
}

void EndOfSupportCatalog::apply(Device &device) const
{
    if (device.endOfSupportOverridden)
        return;
    const Product *product = match(device);
    device.endOfSupport = product ? product->end : QDate();
}

void EndOfSupportCatalog::settle(Device &device, bool userGaveDate) const
{
    const Product *product = match(device);
    const QDate catalogued = product ? product->end : QDate();
    device.endOfSupportOverridden = userGaveDate && device.endOfSupport != catalogued;
    if (!userGaveDate)
        device.endOfSupport = catalogued;
}

SupportState EndOfSupportCatalog::state(const Device &device, const QDate &today, int warningDays)
{
    if (!device.endOfSupport.isValid())
        return SupportState::Unknown;
    if (device.endOfSupport < today)
        return SupportState::Ended;
    if (today.daysTo(device.endOfSupport) <= warningDays)
        return SupportState::EndingSoon;
    return SupportState::Supported;
}

} // namespace mamori

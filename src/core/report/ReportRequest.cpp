#include "ReportRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::report {

namespace {

QJsonObject filterJson(const AssetFilter &filter)
{
    QJsonObject json;
    if (!filter.text.isEmpty())
        json.insert(QStringLiteral("text"), filter.text);
    if (filter.category)
        json.insert(QStringLiteral("category"), AssetValues::code(*filter.category));
    if (filter.status)
        json.insert(QStringLiteral("status"), AssetValues::code(*filter.status));
    if (!filter.department.isEmpty())
        json.insert(QStringLiteral("department"), filter.department);
    if (filter.check)
        json.insert(QStringLiteral("check"), int(*filter.check));
    if (!filter.anyOfChecks.isEmpty()) {
        QJsonArray codes;
        for (const DeviceCheck check : filter.anyOfChecks)
            codes.append(DeviceChecks::code(check));
        json.insert(QStringLiteral("any_of_checks"), codes);
    }
    if (!filter.osName.isEmpty())
        json.insert(QStringLiteral("os_name"), filter.osName);
    return json;
}

AssetFilter filterFrom(const QJsonObject &json, const QDate &today)
{
    AssetFilter filter;
    filter.today = today;
    filter.text = json.value(QStringLiteral("text")).toString();
    if (json.contains(QStringLiteral("category")))
        filter.category =
            AssetValues::categoryFromCode(json.value(QStringLiteral("category")).toString());
    if (json.contains(QStringLiteral("status")))
        filter.status =
            AssetValues::statusFromCode(json.value(QStringLiteral("status")).toString());
    filter.department = json.value(QStringLiteral("department")).toString();
    if (json.contains(QStringLiteral("check")))
        filter.check = DeviceCheck(json.value(QStringLiteral("check")).toInt());
    for (const QJsonValue &code : json.value(QStringLiteral("any_of_checks")).toArray()) {
        if (const auto check = DeviceChecks::fromCode(code.toString()))
            filter.anyOfChecks << *check;
    }
    filter.osName = json.value(QStringLiteral("os_name")).toString();
    return filter;
}

} // namespace

QDate ReportRequest::periodStart() const
{
    return from.isValid() ? from : periodEnd().addYears(-1).addDays(1);
}

QDate ReportRequest::periodEnd() const
{
    return to.isValid() ? to : asOf;
}

QString ReportRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), code(type)},
                     {QStringLiteral("lang"), languageCode(language)},
                     {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}};
    if (type == ReportType::Management) {
        json.insert(QStringLiteral("from"), periodStart().toString(Qt::ISODate));
        json.insert(QStringLiteral("to"), periodEnd().toString(Qt::ISODate));
        if (at.isValid()) // the moment the posture's top actions are ranked at
            json.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODate));
    }
    if (type == ReportType::Incident) {
        json.insert(QStringLiteral("id"), incidentId);
        json.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODate));
    }
    if (type == ReportType::Policy)
        json.insert(QStringLiteral("version"), policyVersion);
    if (type == ReportType::Assets) {
        if (const QJsonObject filter = filterJson(devices); !filter.isEmpty())
            json.insert(QStringLiteral("devices"), filter);
        if (const QJsonObject filter = filterJson(information); !filter.isEmpty())
            json.insert(QStringLiteral("information"), filter);
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<ReportRequest> ReportRequest::fromJson(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto type = typeFromCode(json.value(QStringLiteral("type")).toString());
    const QDate asOf =
        QDate::fromString(json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    if (!type || !asOf.isValid())
        return Error(ErrorKind::InvalidInput,
                     tr("The stored parameters of this report cannot be read: %1").arg(text));
    ReportRequest request;
    request.type = *type;
    request.asOf = asOf;
    request.language =
        languageFromCode(json.value(QStringLiteral("lang")).toString(), UiLanguage::Japanese);
    request.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    request.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    request.incidentId = json.value(QStringLiteral("id")).toInteger();
    request.policyVersion = json.value(QStringLiteral("version")).toInt();
    request.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODate);
    request.devices = filterFrom(json.value(QStringLiteral("devices")).toObject(), asOf);
    request.information = filterFrom(json.value(QStringLiteral("information")).toObject(), asOf);
    return request;
}

QString ReportRequest::code(ReportType type)
{
    switch (type) {
    case ReportType::Management:
        return QStringLiteral("management");
    case ReportType::Evidence:
        return QStringLiteral("evidence");
    case ReportType::Assets:
        return QStringLiteral("assets");
    case ReportType::Incident:
        return QStringLiteral("incident");
    case ReportType::Contacts:
        return QStringLiteral("contacts");
    case ReportType::Policy:
        return QStringLiteral("policy");
    }
    return {};
}

std::optional<ReportType> ReportRequest::typeFromCode(const QString &code)
{
    for (const ReportType type : types())
        if (ReportRequest::code(type) == code)
            return type;
    if (code == ReportRequest::code(ReportType::Policy))
        return ReportType::Policy;
    return std::nullopt;
}

const QList<ReportType> &ReportRequest::types()
{
    static const QList<ReportType> all{ReportType::Management, ReportType::Evidence,
                                       ReportType::Assets, ReportType::Incident,
                                       ReportType::Contacts};
    return all;
}

QString ReportRequest::label(ReportType type)
{
    switch (type) {
    case ReportType::Management:
        return tr("Management summary");
    case ReportType::Evidence:
        return tr("SECURITY ACTION evidence pack");
    case ReportType::Assets:
        return tr("Asset ledger");
    case ReportType::Incident:
        return tr("Incident report");
    case ReportType::Contacts:
        return tr("Incident contacts");
    case ReportType::Policy:
        return tr("Basic security policy");
    }
    return {};
}

} // namespace mamori::report

#pragma once

#include "Language.h"
#include "Result.h"
#include "inventory/AssetFilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mamori::report {

enum class ReportType
{
    Management, // "management": the management summary
    Evidence,   // "evidence": the SECURITY ACTION evidence pack
    Assets,     // "assets": the asset ledger
    Incident,   // "incident": one incident's report
    Contacts,   // "contacts": the incident contacts sheet
    Policy,     // "policy": one version of the basic security policy (SECURITY ACTION page)
};

// What a report is built from. Stored with each report issued, so `report verify` can build it
// again from today's data and compare the content.
struct ReportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ReportRequest)

public:
    ReportType type = ReportType::Management;
    UiLanguage language = UiLanguage::Japanese;
    QDate asOf;   // the day the report describes (due dates, ages); today when made
    QDateTime at; // UTC: the moment an incident report's clocks are read at
    QDate from;   // the period (management summary); invalid: the twelve months to asOf
    QDate to;     // inclusive
    qint64 incidentId = 0;
    int policyVersion = 0;   // the policy's version number
    AssetFilter devices;     // the ledger's filters (the Assets page's)
    AssetFilter information; // `check`, `category` and `status` do not apply to these

    // The period actually covered: the given one, or the twelve months up to asOf.
    QDate periodStart() const;
    QDate periodEnd() const;

    QString toJson() const; // compact, keys sorted
    static Result<ReportRequest> fromJson(const QString &json);

    static QString code(ReportType type);
    // Any type a report issued may have, the policy included.
    static std::optional<ReportType> typeFromCode(const QString &code);
    // What the Reports page and `mamori-cli report` make (the policy is exported from its page).
    static const QList<ReportType> &types();
    // Translated name ("Management summary").
    static QString label(ReportType type);
};

} // namespace mamori::report

#pragma once

#include "incidents/Incident.h"
#include "incidents/ReportingClocks.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mamori {

// A draft of the report to the Personal Information Protection Commission: the items the report
// asks for, with what Mamori already knows filled in and the rest marked to complete. The firm
// copies it into the official form; Mamori files nothing.
class PpcReportDraft
{
    Q_DECLARE_TR_FUNCTIONS(PpcReportDraft)

public:
    struct Item
    {
        QString key; // "overview", "data_items", "people", "cause", "secondary_damage",
                     // "affected_people_response", "publication", "prevention", "other"
        QString title;
        QString text;           // what Mamori knows; empty when nothing
        bool toComplete = true; // the firm must write or check this item
    };

    struct Inputs
    {
        Incident incident;
        QList<IncidentStep> steps;
        QList<TimelineEntry> timeline;
        QList<ExposedAsset> exposed;
        QList<ReportingClock> clocks;
        QString companyName;
    };

    static PpcReportDraft build(const Inputs &inputs);

    const QList<Item> &items() const { return m_items; }
    QString notice() const; // "This is a draft…"
    // The whole draft as plain text, for the clipboard and the CLI.
    QString toPlainText() const;

private:
    QList<Item> m_items;
};

} // namespace mamori

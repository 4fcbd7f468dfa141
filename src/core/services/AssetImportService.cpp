#include "AssetImportService.h"

#include "BackgroundRelease.h"
#include "inventory/ChunkParser.h"
#include "inventory/ImportPlan.h"
#include "storage/AssetBulkWrite.h"
#include "storage/AssetRepository.h"
#include "storage/PreparedRecord.h"

namespace mamori {

using namespace import;

namespace {

// `readAgain` is set when nothing was written because a date column's order is settled only
// now: the plan then has that order.
template<typename Record>
Result<ImportOutcome> streamRows(Database &database, const RowSource &rows, ImportPlan &plan,
                                 const QStringList &fields, const BulkOrigin &origin,
                                 const ProgressCallback &progress, bool &readAgain)
{
    ImportOutcome outcome;
    AssetBulkWrite<Record> write(database, fields, origin);
    if (Status begun = write.begin(rows.rowsAtMost()); !begun)
        return begun.error();
    DuplicateKeys duplicates(plan.kind, rows.rowsAtMost());
    ImportFindings findings;
    qsizetype chunksDone = 0;
    bool writing = true;
    {
        ChunkParser<Record, PreparedRecord<Record>> parser(rows, plan, &prepareRecord<Record>);
        while (auto chunk = parser.next()) {
            const ParsedRows<Record> &parsed = chunk->parsed;
            findings.add(parsed);
            for (qsizetype i = 0; i < parsed.records.size(); ++i)
                duplicates.check(parsed.keys[i], parsed.rowNumbers[i]);
            writing = writing && findings.problems.isEmpty() && duplicates.problems().isEmpty() &&
                      !findings.datesPending();
            for (qsizetype i = 0; writing && i < parsed.records.size(); ++i) {
                if (Status added = write.add(parsed.records[i], &chunk->prepared[i]); !added)
                    return added.error();
            }
            if (Status flushed = write.flush(); !flushed) // then the records may go
                return flushed.error();
            outcome.rowCount += int(parsed.records.size());
            parser.recycle(std::move(*chunk));
            if (progress && !progress(++chunksDone, rows.chunkCount()))
                return cancelled();
        }
    } // the workers are done
    findings.problems.append(duplicates.problems());
    const DateOrderDecision dates = decideDateOrders(plan, findings.dates);
    findings.problems.append(dates.problems);
    outcome.problems = std::move(findings.problems);
    outcome.warnings = std::move(findings.warnings);
    outcome.values = findings.values.values();
    sortByRow(outcome.warnings);
    if (!outcome.problems.isEmpty()) {
        sortByRow(outcome.problems);
        return outcome; // `write` rolls back
    }
    if (!dates.decided.isEmpty()) {
        applyDateOrders(plan, dates.decided);
        readAgain = true;
        return outcome; // `write` rolls back
    }
    const std::jthread releasing = releaseInBackground(std::move(duplicates));
    auto counts = write.commit();
    if (!counts)
        return counts.error();
    outcome.counts = *counts;
    return outcome;
}

template<typename Record>
Result<ImportOutcome> streamAll(Database &database, const RowSource &rows, ImportPlan plan,
                                const QStringList &fields, const BulkOrigin &origin,
                                const ProgressCallback &progress)
{
    bool readAgain = false;
    auto outcome = streamRows<Record>(database, rows, plan, fields, origin, progress, readAgain);
    if (!outcome || !readAgain)
        return outcome;
    return streamRows<Record>(database, rows, plan, fields, origin, progress, readAgain);
}

} // namespace

Result<int> AssetImportService::countExisting(Database &database, const ParsedImport &parsed)
{
    if (parsed.kind == AssetKind::Devices)
        return DeviceRepository(database).countExisting(parsed.devices);
    return InformationAssetRepository(database).countExisting(parsed.information);
}

Result<UpsertCounts> AssetImportService::write(Database &database, const ParsedImport &parsed,
                                               const ProgressCallback &progress)
{
    if (!parsed.problems.isEmpty()) {
        return Error(ErrorKind::InvalidInput,
                     tr("The file has %n problem(s); nothing was imported.", nullptr,
                        int(parsed.problems.size())));
    }
    const QStringList fields = fieldsToWrite(parsed.kind, parsed.mapping);
    const BulkOrigin origin{QStringLiteral("import"), parsed.sourceName};
    if (parsed.kind == AssetKind::Devices)
        return DeviceRepository(database).upsertAll(parsed.devices, fields, progress, origin);
    return InformationAssetRepository(database).upsertAll(parsed.information, fields, progress,
                                                          origin);
}

Result<ImportOutcome> AssetImportService::parseAndWrite(Database &database, ImportSource source,
                                                        AssetKind kind, QStringList mapping,
                                                        const ProgressCallback &progress,
                                                        const ImportOptions &options)
{
    mapping = completeMapping(source.header, kind, std::move(mapping));
    ImportPlan plan = planFor(source.header, kind, mapping, options);
    plan.fieldCountsAreExact = source.fieldCountsAreExact;
    const QStringList fields = fieldsToWrite(kind, mapping);
    const BulkOrigin origin{QStringLiteral("import"), source.sourceName};
    const RowSource rows(source);
    if (kind == AssetKind::Devices)
        return streamAll<Device>(database, rows, std::move(plan), fields, origin, progress);
    return streamAll<InformationAsset>(database, rows, std::move(plan), fields, origin, progress);
}

} // namespace mamori

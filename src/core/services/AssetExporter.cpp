#include "AssetExporter.h"

#include "inventory/AssetRecords.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "storage/AssetRepository.h"

#include <QSet>

namespace mamori {

namespace {

template<typename Record> AssetSheet tabulate(AssetKind kind, const QList<Record> &records)
{
    AssetSheet sheet;
    QStringList fields;
    for (const AssetField &field : AssetFields::of(kind)) {
        if (field.role == AssetField::Role::ImportOnly)
            continue;
        fields << field.name;
        sheet.header << AssetFields::label(field);
    }
    QStringList customNames;
    QSet<QString> seen;
    for (const Record &record : records) {
        for (auto it = record.customFields.cbegin(); it != record.customFields.cend(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                customNames << it.key();
            }
        }
    }
    sheet.header += customNames;
    sheet.rows.reserve(records.size());
    for (const Record &record : records) {
        QStringList row;
        row.reserve(sheet.header.size());
        for (const QString &field : std::as_const(fields))
            row << AssetRecords::displayText(record, field);
        for (const QString &name : std::as_const(customNames))
            row << record.customFields.value(name);
        sheet.rows << row;
    }
    return sheet;
}

} // namespace

Result<AssetSheet> AssetExporter::sheet(Database &database, AssetKind kind)
{
    if (kind == AssetKind::Devices) {
        auto records = DeviceRepository(database).all();
        if (!records)
            return records.error();
        return tabulate(kind, *records);
    }
    auto records = InformationAssetRepository(database).all();
    if (!records)
        return records.error();
    return tabulate(kind, *records);
}

Status AssetExporter::writeFile(Database &database, AssetKind kind, const QString &path,
                                ExportFormat format, TextEncoding encoding,
                                const ProgressCallback &progress)
{
    if (progress && !progress(0, 0)) // reading the records has no progress of its own
        return Error(ErrorKind::Cancelled, tr("The export was cancelled; nothing was written."));
    auto table = sheet(database, kind);
    if (!table)
        return table.error();
    if (format == ExportFormat::Xlsx) {
        const QString title =
            kind == AssetKind::Devices ? tr("Devices and services") : tr("Information assets");
        return XlsxWriter::writeFile(path, title, table->header, table->rows, progress);
    }
    return CsvWriter::writeFile(path, table->header, table->rows,
                                encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding,
                                progress);
}

} // namespace mamori

#pragma once

#include "AssetTables.h"
#include "inventory/AssetRecords.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <type_traits>
#include <utility>

namespace mamori {

// One record made ready for an insert: everything but the SQLite calls, so that another thread
// (an import's parser, or AssetRepository's row preparer) can do it while the writer steps the
// statements. Views into the record, which must outlive it unchanged.
template<typename Record> struct PreparedRecord
{
    const Record *record = nullptr;
    qint64 id = 0;
    QList<StoredValue> values; // views into the record
    // (start, size) in text: per value, then the custom fields, then a device's search text
    QList<std::pair<qsizetype, qsizetype>> spans;
    QByteArray text; // UTF-8 of text, dates, custom fields and search text

    QByteArrayView bytes(qsizetype span) const
    {
        return {text.constData() + spans[span].first, spans[span].second};
    }
};

// The writer sets `row.id` when it gives the record its id.
template<typename Record>
inline void prepareRecord(const Record &record, PreparedRecord<Record> &row)
{
    row.record = &record;
    row.id = 0;
    AssetRecords::storedValues(record, row.values);
    const qsizetype fieldCount = row.values.size();
    // Text and dates go to one buffer, bound in place once it stops growing.
    row.text.resize(0);
    row.spans.resize(fieldCount + 2);
    for (qsizetype i = 0; i < fieldCount; ++i) {
        const StoredValue &value = row.values[i];
        const qsizetype start = row.text.size();
        if (value.type == StoredValue::Type::Text) {
            AssetRecords::appendUtf8(row.text, value.text);
        } else if (value.type == StoredValue::Type::Date) {
            std::array<char, 10> iso;
            const QLatin1String date = AssetRecords::isoDate(value.date, iso);
            row.text.append(date.data(), date.size());
        }
        row.spans[i] = {start, row.text.size() - start};
    }
    const qsizetype customStart = row.text.size();
    if (record.customFields.isEmpty())
        row.text.append("{}"); // what customFieldsJson() writes for none
    else
        row.text.append(AssetRecords::customFieldsJson(record.customFields).toUtf8());
    row.spans[fieldCount] = {customStart, row.text.size() - customStart};
    const qsizetype searchStart = row.text.size();
    if constexpr (std::is_same_v<Record, Device>)
        asset_tables::appendSearchTextUtf8(record, row.text);
    row.spans[fieldCount + 1] = {searchStart, row.text.size() - searchStart};
}

} // namespace mamori

#pragma once

#include "inventory/AssetRecords.h"

#include <QByteArray>
#include <QList>

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

// Fills `row` for `record`, reusing its buffers. The writer sets `row.id` when it gives the
// record its id. Safe on any thread.
template<typename Record> void prepareRecord(const Record &record, PreparedRecord<Record> &row);

extern template void prepareRecord(const Device &, PreparedRecord<Device> &);
extern template void prepareRecord(const InformationAsset &, PreparedRecord<InformationAsset> &);

} // namespace mamori

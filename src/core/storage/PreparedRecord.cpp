#include "PreparedRecord.h"

#include "detail/AssetTables.h"

#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <type_traits>

namespace mamori {

namespace {

// Writes `text` as UTF-8 at `out`, which has room for 3 bytes per UTF-16 unit; returns the end.
// ASCII, most of a device list (numbers, models, dates), is copied as it is; from the first
// other character on, Qt's encoder takes over.
char *writeUtf8(char *out, QStringView text)
{
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    for (; i < size && units[i] < 0x80; ++i)
        *out++ = char(units[i]);
    if (i == size)
        return out;
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    return encoder.appendToBuffer(out, text.sliced(i));
}

} // namespace

template<typename Record> void prepareRecord(const Record &record, PreparedRecord<Record> &row)
{
    row.record = &record;
    row.id = 0;
    AssetRecords::storedValues(record, row.values);
    const qsizetype fieldCount = row.values.size();
    const QByteArray customFields =
        record.customFields.isEmpty()
            ? QByteArrayLiteral("{}") // what customFieldsJson() writes for none
            : AssetRecords::customFieldsJson(record.customFields).toUtf8();
    // Text and dates go to one buffer, bound in place: sized once for the most UTF-8 can take
    // (3 bytes per UTF-16 unit), so it never moves while spans are taken, then cut to size.
    qsizetype room = customFields.size();
    for (const StoredValue &value : std::as_const(row.values)) {
        if (value.type == StoredValue::Type::Text)
            room += 3 * value.text.size();
        else if (value.type == StoredValue::Type::Date)
            room += 10;
    }
    if constexpr (std::is_same_v<Record, Device>) {
        for (const QStringView part : asset_tables::searchedTexts(record))
            room += 3 * part.size() + 1;
    }
    row.text.resize(room);
    char *const begin = row.text.data();
    char *out = begin;
    row.spans.resize(fieldCount + 2);
    for (qsizetype i = 0; i < fieldCount; ++i) {
        const StoredValue &value = row.values[i];
        char *const start = out;
        if (value.type == StoredValue::Type::Text) {
            out = writeUtf8(out, value.text);
        } else if (value.type == StoredValue::Type::Date) {
            std::array<char, 10> iso;
            const QLatin1String date = AssetRecords::isoDate(value.date, iso);
            out = std::copy_n(date.data(), date.size(), out);
        }
        row.spans[i] = {start - begin, out - start};
    }
    char *const customStart = out;
    out = std::copy_n(customFields.constData(), customFields.size(), out);
    row.spans[fieldCount] = {customStart - begin, out - customStart};
    char *const searchStart = out;
    if constexpr (std::is_same_v<Record, Device>) {
        bool first = true;
        for (const QStringView part : asset_tables::searchedTexts(record)) {
            if (!std::exchange(first, false))
                *out++ = ' ';
            out = writeUtf8(out, part);
        }
    }
    row.spans[fieldCount + 1] = {searchStart - begin, out - searchStart};
    row.text.truncate(out - begin);
}

template void prepareRecord(const Device &, PreparedRecord<Device> &);
template void prepareRecord(const InformationAsset &, PreparedRecord<InformationAsset> &);

} // namespace mamori

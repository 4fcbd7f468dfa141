#pragma once

// Internal to src/core/storage: what a read of "the one row with this key" or "the latest row"
// means when the query gives a list.

#include "Result.h"

#include <QList>

#include <optional>

namespace mamori::rows {

// The first row, or none when there is no row.
template<typename T> Result<std::optional<T>> firstOrNone(Result<QList<T>> rows)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<T>();
    return std::optional<T>(std::move(rows->first()));
}

// The row a key names; `missing` when there is none.
template<typename T> Result<T> exactlyOne(Result<QList<T>> rows, const Error &missing)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return missing;
    return std::move(rows->first());
}

} // namespace mamori::rows

#pragma once

#include <thread>
#include <type_traits>
#include <utility>

namespace mamori {

// Frees `value` on another thread. A table of 100,000 keys takes tens of milliseconds to free,
// time better spent while SQLite commits and syncs. The returned thread joins when it goes out
// of scope, so nothing outlives the caller.
template<typename T>
requires(!std::is_lvalue_reference_v<T>) [[nodiscard]] std::jthread releaseInBackground(T &&value)
{
    return std::jthread([doomed = std::move(value)]() mutable {
        [[maybe_unused]] const T gone = std::move(doomed); // freed here, on this thread
    });
}

} // namespace mamori

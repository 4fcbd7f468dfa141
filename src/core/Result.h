#pragma once

#include "Error.h"

#include <QtGlobal>

#include <optional>
#include <utility>

namespace mamori {

// The value of an operation that can fail, or the Error that says why it failed.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Reading the value of a failed result is a bug in the caller: it must check ok() first.
    T &value() & { return checked(); }
    const T &value() const & { return checked(); }
    T &&value() && { return std::move(checked()); }
    T *operator->() { return &checked(); }
    const T *operator->() const { return &checked(); }
    T &operator*() { return checked(); }
    const T &operator*() const { return checked(); }

    const Error &error() const { return m_error; }

private:
    T &checked()
    {
        Q_ASSERT_X(m_value.has_value(), "Result", "value read from a failed result");
        return *m_value;
    }
    const T &checked() const
    {
        Q_ASSERT_X(m_value.has_value(), "Result", "value read from a failed result");
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace mamori

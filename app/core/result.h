#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace stages {

/// The outcome of an operation that can fail: either a value or a user-readable message.
/// Messages are already translated (they come from tr()) and can be shown as they are.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    /// By value, so `for (x : f().value())` does not dangle once the temporary Result dies.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }

    const QString &error() const { return m_error; }
    /// The value, or @p fallback after a failure (for display only: say the error elsewhere).
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    Result(std::nullopt_t, QString message) : m_error(std::move(message)) {}

    std::optional<T> m_value;
    QString m_error;
};

/// Result of an operation that returns nothing but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    static Result failure(QString message)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

    /// Carry the failure of another result over (for early returns).
    template<typename U>
    static Result from(const Result<U> &other) { return other.ok() ? Result() : failure(other.error()); }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

} // namespace stages

#include "Clock.h"

#include <QByteArray>

#include <atomic>
#include <limits>
#include <mutex>

namespace mamori {

namespace {

constexpr qint64 systemTime = std::numeric_limits<qint64>::min();
// Milliseconds since the epoch of the fixed time, or systemTime. Read from any thread.
std::atomic<qint64> fixedMsecs{systemTime};
std::once_flag environmentRead;

void readEnvironment()
{
    const QByteArray value = qgetenv("MAMORI_CLOCK");
    if (value.isEmpty())
        return;
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs);
    if (time.isValid())
        fixedMsecs = time.toMSecsSinceEpoch();
    else
        qWarning("Mamori: MAMORI_CLOCK=%s is not an ISO 8601 time; using the system clock",
                 value.constData());
}

} // namespace

QDateTime Clock::fixedTime()
{
    std::call_once(environmentRead, readEnvironment);
    const qint64 msecs = fixedMsecs;
    return msecs == systemTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QDateTime Clock::nowUtc()
{
    const QDateTime fixed = fixedTime();
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

QDateTime Clock::now()
{
    return nowUtc().toLocalTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setFixedTime(const QDateTime &time)
{
    std::call_once(environmentRead, readEnvironment); // so it cannot overwrite this later
    fixedMsecs = time.isValid() ? time.toMSecsSinceEpoch() : systemTime;
}

Clock::Override::Override(const QDateTime &time) : m_previous(fixedTime())
{
    setFixedTime(time);
}

Clock::Override::~Override()
{
    setFixedTime(m_previous);
}

} // namespace mamori

#pragma once

#include "Language.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace mamori::report {

// The words of one printed document in the language it is printed in, whatever the interface
// shows: the Reports page may print an English ledger from a Japanese window, on a worker thread,
// without touching the application's installed translations. Strings are marked with
// QT_TRANSLATE_NOOP(context, text) and looked up here in Mamori's catalogue.
class ReportLanguage
{
public:
    explicit ReportLanguage(UiLanguage language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    UiLanguage language() const { return m_language; }
    bool japanese() const { return m_language == UiLanguage::Japanese; }
    QString text(const char *context, const char *source) const;
    // A source with %n (QT_TRANSLATE_N_NOOP): the plural form for `n`, %n replaced by it.
    QString text(const char *context, const char *source, int n) const;

    // 2026年4月1日 / 1 April 2026; "—" for no date.
    QString date(const QDate &date) const;
    // 2026-04-01 10:30 in local time, the same in both languages.
    static QString dateTime(const QDateTime &utc);
    QString number(qint64 value) const;

private:
    UiLanguage m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace mamori::report

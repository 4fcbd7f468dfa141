#pragma once

#include "Error.h"
#include "incidents/Playbook.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mamori {

// The schema of the incident content files (playbooks, roles, contacts) this Mamori reads and
// writes. A file with another number is refused, never half-read.
inline constexpr int incidentContentSchema = 1;

// Reads the fields of one JSON object of an incident content file and checks their types. The
// first problem is kept, with where it is ("ransomware.json, step 4"), and later reads do
// nothing, so a loader reads everything and then asks failed() once per object.
class ContentFields
{
public:
    enum class TextNeed
    {
        Both,       // bundled content: Japanese and English
        AtLeastOne, // the firm's own copy: the language it was typed in
        Optional,
    };

    ContentFields(const QJsonObject &object, QString where, std::optional<Error> &firstError);

    // "ransomware.json, step 4"; step 0 gives the file alone.
    static QString stepPlace(const QString &source, int step);
    // "contacts.json, entry 3"
    static QString entryPlace(const QString &source, int entry);
    // Lower-case letters, digits, '-' and '_', starting with a letter or digit.
    static bool isKey(const QString &key);
    static QJsonObject textToJson(const LocalizedText &text);

    const QString &where() const { return m_where; }
    bool failed() const { return m_error.has_value(); }
    void fail(const QString &message);

    // Every key of the object must be one of these: a misspelt key would otherwise be dropped
    // without a word, and its text lost when the firm's copy is saved again.
    void allowOnly(const QStringList &keys);
    void requireSchema();
    QString string(const QString &key, bool required);
    bool boolean(const QString &key, bool fallback);
    int positiveInteger(const QString &key);
    QJsonArray array(const QString &key, bool required);
    bool has(const QString &key) const { return m_object.contains(key); }
    // label names the field in messages: "the English text is empty".
    LocalizedText text(const QString &key, const QString &label, TextNeed need);

private:
    QJsonValue value(const QString &key, bool required);

    QJsonObject m_object;
    QString m_where;
    std::optional<Error> &m_error;
};

} // namespace mamori

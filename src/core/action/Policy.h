#pragma once

#include "Language.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mamori {

// The basic security policy (情報セキュリティ基本方針) as the user edits it: the template's
// headings filled with the company's details, then free text.
struct PolicyDocument
{
    struct Section
    {
        QString key; // management, structure, employees, compliance, incidents (template order)
        QString heading;
        QString body;
        bool operator==(const Section &) const = default;
    };
    QString title;
    QString preamble;
    QList<Section> sections;
    QString closing;

    // resources/action/policy-template_<lang>.json with {company}, {representative} and {date}
    // replaced (the date written as that language writes dates).
    static Result<PolicyDocument> fromTemplate(UiLanguage language, const QString &company,
                                               const QString &representative, const QDate &date);
    static Result<PolicyDocument> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    QString toPlainText() const;

    bool operator==(const PolicyDocument &) const = default;
};

// One saved version. Versions are kept: saving an edit adds version N+1.
struct PolicyVersion
{
    qint64 id = 0;
    int version = 0;
    PolicyDocument document;
    QDate adoptedOn;
    QDateTime savedAt; // UTC
    QDate publishedOn; // null until published
    QString publishedUrl;
    QDate reviewedOn; // last yearly review without changes; null if never

    // The URL is optional: a notice board counts.
    bool published() const { return publishedOn.isValid(); }
    // The later of adoption and the last review: when the yearly review clock restarts.
    QDate lastReviewed() const;
};

} // namespace mamori

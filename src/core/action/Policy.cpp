#include "Policy.h"

#include "io/JsonContent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace mamori {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDocument)
};

const auto titleKey = QStringLiteral("title");
const auto preambleKey = QStringLiteral("preamble");
const auto sectionsKey = QStringLiteral("sections");
const auto closingKey = QStringLiteral("closing");
const auto keyKey = QStringLiteral("key");
const auto headingKey = QStringLiteral("heading");
const auto bodyKey = QStringLiteral("body");

// Written the way each language writes a date in a signed document, whatever the system locale.
QString writtenDate(UiLanguage language, const QDate &date)
{
    if (!date.isValid())
        return {};
    if (language == UiLanguage::Japanese) {
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

PolicyDocument fromObject(const QJsonObject &root)
{
    PolicyDocument document;
    document.title = root.value(titleKey).toString();
    document.preamble = root.value(preambleKey).toString();
    for (const QJsonValue &value : root.value(sectionsKey).toArray()) {
        const QJsonObject section = value.toObject();
        document.sections.append({section.value(keyKey).toString(),
                                  section.value(headingKey).toString(),
                                  section.value(bodyKey).toString()});
    }
    document.closing = root.value(closingKey).toString();
    return document;
}

} // namespace

Result<PolicyDocument> PolicyDocument::fromTemplate(UiLanguage language, const QString &company,
                                                    const QString &representative,
                                                    const QDate &date)
{
    const QString path =
        QStringLiteral(":/action/policy-template_%1.json").arg(languageCode(language));
    const Result<QJsonObject> json = json_content::load(path);
    if (!json)
        return json.error();
    PolicyDocument document = fromObject(*json);
    if (document.title.isEmpty() || document.sections.isEmpty())
        return Error(ErrorKind::InvalidInput, Text::tr("%1 is not a policy template.").arg(path));

    const QString dateText = writtenDate(language, date);
    const auto fill = [&](QString text) {
        return text.replace(QLatin1String("{company}"), company)
            .replace(QLatin1String("{representative}"), representative)
            .replace(QLatin1String("{date}"), dateText);
    };
    document.title = fill(document.title);
    document.preamble = fill(document.preamble);
    for (Section &section : document.sections) {
        section.heading = fill(section.heading);
        section.body = fill(section.body);
    }
    document.closing = fill(document.closing);
    return document;
}

Result<PolicyDocument> PolicyDocument::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject())
        return Error(ErrorKind::InvalidInput, Text::tr("The stored policy text cannot be read."),
                     parseError.errorString());
    return fromObject(parsed.object());
}

QByteArray PolicyDocument::toJson() const
{
    QJsonArray sectionArray;
    for (const Section &section : sections) {
        sectionArray.append(QJsonObject{
            {keyKey, section.key}, {headingKey, section.heading}, {bodyKey, section.body}});
    }
    const QJsonObject root{{titleKey, title},
                           {preambleKey, preamble},
                           {sectionsKey, sectionArray},
                           {closingKey, closing}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString PolicyDocument::toPlainText() const
{
    QStringList blocks;
    if (!title.isEmpty())
        blocks << title;
    if (!preamble.isEmpty())
        blocks << preamble;
    int number = 0;
    for (const Section &section : sections)
        blocks << QStringLiteral("%1. %2\n%3").arg(++number).arg(section.heading, section.body);
    if (!closing.isEmpty())
        blocks << closing;
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QDate PolicyVersion::lastReviewed() const
{
    if (!reviewedOn.isValid())
        return adoptedOn;
    if (!adoptedOn.isValid())
        return reviewedOn;
    return std::max(adoptedOn, reviewedOn);
}

} // namespace mamori

#include "JsonContent.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace mamori::json_content {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonContent)
};

} // namespace

Result<QJsonObject> load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, Text::tr("Cannot read %1.").arg(path), file.errorString());
    return parse(file.readAll(), path);
}

Result<QJsonObject> parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorKind::InvalidInput,
                     Text::tr("%1 is not valid JSON: %2 at byte %3.")
                         .arg(sourceName, parseError.errorString())
                         .arg(parseError.offset),
                     parseError.errorString());
    }
    if (!document.isObject()) {
        return Error(ErrorKind::InvalidInput,
                     Text::tr("%1 does not hold a JSON object.").arg(sourceName));
    }
    return document.object();
}

} // namespace mamori::json_content

#include "XlsxReader.h"

#include "XlsxParts.h"
#include "XlsxSheet.h"

#include <QBuffer>
#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace mamori {

using namespace xlsx;

namespace {

// The zip container of one workbook. Every error names the file and the part concerned.
class Package
{
public:
    Package(QIODevice *device, const QString &sourceName) : m_zip(device), m_sourceName(sourceName)
    {}

    Status open()
    {
        if (!m_zip.open(QuaZip::mdUnzip)) {
            return notAWorkbook(m_sourceName,
                                QStringLiteral("unzip error %1").arg(m_zip.getZipError()));
        }
        return {};
    }

    Result<WorkbookInfo> workbook()
    {
        return parsePart<WorkbookInfo>(workbookPart, Presence::Required, parseWorkbook);
    }

    Result<Table> readSheet(const SheetEntry &sheet, bool uses1904Dates)
    {
        auto parts = parsePart<WorkbookParts>(workbookRelationshipsPart, Presence::Required,
                                              parseWorkbookRelationships);
        if (!parts)
            return parts.error();
        const QString sheetPath = parts->pathById.value(sheet.relationshipId);
        if (sheetPath.isEmpty()) {
            return damagedPart(m_sourceName, workbookRelationshipsPart,
                               QStringLiteral("no relationship \"%1\" for the sheet \"%2\"")
                                   .arg(sheet.relationshipId, sheet.name));
        }
        const auto sharedStrings = parsePart<QStringList>(parts->sharedStringsPath,
                                                          Presence::Optional, parseSharedStrings);
        if (!sharedStrings)
            return sharedStrings.error();
        const auto styleIsDate =
            parsePart<QList<bool>>(parts->stylesPath, Presence::Optional, parseDateStyles);
        if (!styleIsDate)
            return styleIsDate.error();
        return parsePart<Table>(sheetPath, Presence::Required, [&](QXmlStreamReader &xml) {
            return xlsx::readSheet(xml, sheet.name, m_sourceName, *sharedStrings, *styleIsDate,
                                   uses1904Dates);
        });
    }

private:
    enum class Presence
    {
        Required,
        Optional, // a workbook without text has no shared strings, a bare one no styles
    };

    // Streams one part straight out of the zip into `parse`, so no part is held in memory.
    template<typename T, typename Parse>
    Result<T> parsePart(const QString &path, Presence presence, Parse parse)
    {
        if (!m_zip.setCurrentFile(path, QuaZip::csInsensitive)) {
            if (presence == Presence::Optional)
                return T{};
            return missingPart(m_sourceName, path);
        }
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return damagedPart(m_sourceName, path,
                               QStringLiteral("unzip error %1").arg(file.getZipError()));
        }
        QXmlStreamReader xml(&file);
        Result<T> result = parse(xml);
        if (result && xml.hasError())
            return damagedPart(m_sourceName, path, xmlErrorDetail(xml));
        return result;
    }

    QuaZip m_zip;
    const QString m_sourceName;
};

Result<Table> readWorkbook(QIODevice *device, const QString &sheetName, const QString &sourceName)
{
    Package package(device, sourceName);
    if (auto opened = package.open(); !opened)
        return opened.error();
    const auto workbook = package.workbook();
    if (!workbook)
        return workbook.error();
    if (workbook->sheets.isEmpty()) {
        return Error(ErrorKind::InvalidInput,
                     XlsxReader::tr("%1 contains no sheets.").arg(sourceName));
    }
    if (sheetName.isEmpty())
        return package.readSheet(workbook->sheets.first(), workbook->uses1904Dates);

    // Excel treats sheet names case-insensitively; an exact match still wins.
    const SheetEntry *caseInsensitiveMatch = nullptr;
    QStringList names;
    for (const SheetEntry &sheet : workbook->sheets) {
        if (sheet.name == sheetName)
            return package.readSheet(sheet, workbook->uses1904Dates);
        if (!caseInsensitiveMatch && sheet.name.compare(sheetName, Qt::CaseInsensitive) == 0)
            caseInsensitiveMatch = &sheet;
        names.append(sheet.name);
    }
    if (caseInsensitiveMatch)
        return package.readSheet(*caseInsensitiveMatch, workbook->uses1904Dates);
    return Error(ErrorKind::InvalidInput,
                 XlsxReader::tr("%1 has no sheet named \"%2\". Its sheets: %3.")
                     .arg(sourceName, sheetName, names.join(QStringLiteral(", "))));
}

// Passes reads through to the file and counts them for a ProgressCallback; when the callback
// asks to stop, reads fail, so the zip and XML readers give up at once.
class ProgressDevice : public QIODevice
{
public:
    ProgressDevice(QIODevice *source, const ProgressCallback &progress)
        : m_source(source), m_progress(progress), m_total(source->size())
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool wasCancelled() const { return m_cancelled; }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_total; }
    bool seek(qint64 position) override
    {
        return QIODevice::seek(position) && m_source->seek(position);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_cancelled)
            return -1;
        const qint64 read = m_source->read(data, maxSize);
        if (read > 0) {
            m_read += read; // parts and the central directory: about the file's size in all
            if (!m_progress(std::min(m_read, m_total), m_total)) {
                m_cancelled = true;
                return -1;
            }
        }
        return read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    const ProgressCallback &m_progress;
    const qint64 m_total;
    qint64 m_read = 0;
    bool m_cancelled = false;
};

Error cannotOpen(const QFile &file)
{
    return Error(ErrorKind::Io, XlsxReader::tr("Cannot read the file %1.").arg(file.fileName()),
                 file.errorString());
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(file);
    Package package(&file, path);
    if (auto opened = package.open(); !opened)
        return opened.error();
    const auto workbook = package.workbook();
    if (!workbook)
        return workbook.error();
    QStringList names;
    for (const SheetEntry &sheet : workbook->sheets)
        names.append(sheet.name);
    return names;
}

Result<Table> XlsxReader::readFile(const QString &path, const QString &sheetName,
                                   const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(file);
    if (!progress)
        return readWorkbook(&file, sheetName, path);
    ProgressDevice device(&file, progress);
    Result<Table> table = readWorkbook(&device, sheetName, path);
    if (device.wasCancelled())
        return Error(ErrorKind::Cancelled, tr("Reading %1 was cancelled.").arg(path));
    return table;
}

Result<Table> XlsxReader::readData(const QByteArray &bytes, const QString &sheetName,
                                   const QString &sourceName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readWorkbook(&buffer, sheetName, sourceName);
}

} // namespace mamori

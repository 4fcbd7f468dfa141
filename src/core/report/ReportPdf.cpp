#include "ReportPdf.h"

#include "PdfTextRepair.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>

namespace mamori::report {

Result<QByteArray> ReportPdf::render(const Document &document, const RenderOptions &options,
                                     int *pages)
{
    QByteArray pdf;
    PaintedReport painted;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        ReportRenderer::preparePageLayout(writer, document);
        writer.setResolution(600);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Mamori"));
        auto result = ReportRenderer::paint(writer, document, options);
        if (!result)
            return result.error();
        painted = std::move(*result);
    }
    QString drawn;
    drawn.reserve(painted.characters.size());
    for (const char16_t character : std::as_const(painted.characters))
        drawn.append(QChar(character));
    QList<QRawFont> fonts;
    for (const QFont &font : std::as_const(painted.fonts))
        fonts.append(QRawFont::fromFont(font));
    repairPdfTextLayer(pdf, drawn, fonts);
    if (pages)
        *pages = painted.pages;
    return pdf;
}

Status ReportPdf::save(const QByteArray &pdf, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error(ErrorKind::Io, tr("Cannot write %1.").arg(path), file.errorString());
    return {};
}

Result<int> ReportPdf::write(const Document &document, const RenderOptions &options,
                             const QString &path)
{
    int pages = 0;
    auto pdf = render(document, options, &pages);
    if (!pdf)
        return pdf.error();
    if (Status saved = save(*pdf, path); !saved)
        return saved.error();
    return pages;
}

} // namespace mamori::report

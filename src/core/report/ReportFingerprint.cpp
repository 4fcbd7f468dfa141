#include "ReportFingerprint.h"

#include <QBuffer>
#include <QCryptographicHash>

namespace mamori::report {

namespace {

// Bump when the serialisation changes: older fingerprints then no longer match a rebuild.
const QByteArray formatTag = QByteArrayLiteral("mamori-report-content-1");

class Serialiser
{
public:
    void field(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        m_hash.addData(QByteArray::number(bytes.size()));
        m_hash.addData(QByteArrayView(":", 1));
        m_hash.addData(bytes);
    }
    void field(qint64 number) { field(QString::number(number)); }
    void tag(const char *name) { field(QString::fromLatin1(name)); }
    QString hex() { return QString::fromLatin1(m_hash.result().toHex()); }

    void block(const Title &title)
    {
        tag("title");
        field(title.text);
        field(title.subtitle);
    }
    void block(const Heading &heading)
    {
        tag("heading");
        field(heading.level);
        field(heading.text);
    }
    void block(const Paragraph &paragraph)
    {
        tag("paragraph");
        field(paragraph.text);
    }
    void block(const KeyFigures &figures)
    {
        tag("figures");
        field(figures.figures.size());
        for (const KeyFigure &figure : figures.figures) {
            field(figure.label);
            field(figure.value);
            field(figure.note);
        }
    }
    void block(const Chart &chart)
    {
        tag("chart");
        field(chart.caption);
        field(chart.data);
    }
    void block(const SignatureBlock &signature)
    {
        tag("signature");
        field(signature.caption);
        for (const SignatureBlock::Field &box : signature.fields)
            field(box.label);
    }
    void block(const PageBreak &) { tag("break"); }
    void block(const Table &) {} // serialised by of(): its rows may stream
    void row(const QStringList &cells)
    {
        tag("row");
        field(cells.size());
        for (const QString &cell : cells)
            field(cell);
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

Result<QString> ReportFingerprint::of(const Document &document, const ProgressCallback &progress)
{
    Serialiser out;
    out.field(QString::fromLatin1(formatTag));
    out.field(document.type);
    out.field(languageCode(document.language));
    out.field(document.title);
    out.field(document.company);
    out.field(document.banner);
    out.field(document.footnote);
    qint64 total = 0;
    for (const Section &section : document.sections)
        for (const Block &block : section.blocks)
            if (const auto *table = std::get_if<Table>(&block); table && table->stream)
                total += table->stream->rowCount;
    qint64 done = 0;
    for (const Section &section : document.sections) {
        out.tag(section.orientation == Orientation::Landscape ? "landscape" : "portrait");
        for (const Block &block : section.blocks) {
            if (const auto *table = std::get_if<Table>(&block)) {
                out.tag("table");
                for (const TableColumn &column : table->columns)
                    out.field(column.title);
                out.field(table->emptyText);
                for (const QStringList &row : table->rows)
                    out.row(row);
                if (table->stream) {
                    const Status streamed = table->stream->forEach([&](const QStringList &row) {
                        out.row(row);
                        ++done;
                        return !progress || done % 500 != 0 || progress(done, total);
                    });
                    if (!streamed)
                        return streamed.error();
                }
                out.tag("end-table");
                continue;
            }
            std::visit([&out](const auto &value) { out.block(value); }, block);
        }
    }
    return out.hex();
}

} // namespace mamori::report

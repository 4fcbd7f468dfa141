#include "ReportDocument.h"

#include <QCoreApplication>

namespace mamori::report {

Section &Document::addSection(Orientation orientation, bool newPage)
{
    Section section;
    section.orientation = orientation;
    section.newPage = newPage;
    sections.append(section);
    return sections.last();
}

void Document::add(Block block)
{
    if (sections.isEmpty())
        addSection();
    sections.last().blocks.append(std::move(block));
}

Status Document::readStreams(const ProgressCallback &progress)
{
    qint64 total = 0;
    for (const Section &section : std::as_const(sections))
        for (const Block &block : section.blocks)
            if (const auto *table = std::get_if<Table>(&block); table && table->stream)
                total += table->stream->rowCount;
    qint64 done = 0;
    for (Section &section : sections) {
        for (Block &block : section.blocks) {
            auto *table = std::get_if<Table>(&block);
            if (!table || !table->stream)
                continue;
            table->rows.reserve(table->rows.size() + table->stream->rowCount);
            const Status read = table->stream->forEach([&](const QStringList &row) {
                table->rows.append(row);
                ++done;
                return !progress || done % 500 != 0 || progress(done, total);
            });
            if (!read)
                return read;
            table->stream.reset();
        }
    }
    if (progress && !progress(total, total))
        return Error(ErrorKind::Cancelled,
                     QCoreApplication::translate("mamori::report::Document", "Cancelled."));
    return {};
}

} // namespace mamori::report

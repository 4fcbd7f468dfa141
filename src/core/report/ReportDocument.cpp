#include "ReportDocument.h"

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

} // namespace mamori::report

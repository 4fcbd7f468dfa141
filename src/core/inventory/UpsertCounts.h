#pragma once

namespace mamori {

// What a bulk write (an import, the demo company) did to the records it was given.
struct UpsertCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

} // namespace mamori

#pragma once

#include <cstddef>

namespace mamori {

// Asks the kernel to back a large buffer that is about to be filled with huge pages, where it
// offers them on request (Linux's transparent huge pages in "madvise" mode). A file's bytes and
// its decoded text are tens of megabytes of fresh memory, and in a fresh process every 4 KB page
// of them is a page fault: a 100,000-row import took 24,500 faults and 0.86 s, with huge pages
// 5,800 and 0.71 s (docs/performance.md). A hint only: elsewhere, or when refused, nothing
// changes.
void adviseHugePages(void *data, std::size_t size);

} // namespace mamori

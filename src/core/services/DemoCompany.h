#pragma once

#include "Result.h"

namespace mamori {

class Database;

struct DemoSummary
{
    int devices = 0;
    int informationAssets = 0;
    int links = 0;
};

// A realistic fictional small manufacturer (devices, information assets and the links between
// them) for trying Mamori and for benchmarks. Deterministic: the same size gives the same data.
class DemoCompany
{
public:
    static Result<DemoSummary> fill(Database &database, int deviceCount);
};

} // namespace mamori

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
    // Eighteen months of the firm's security work on top of fill(): two completed diagnoses,
    // the five rules, ★ then ★★, a published policy, two backup plans with their runs (one
    // failed week, one late week) and restore tests, a critical incident, a tabletop exercise,
    // a filled-in contact; then a posture snapshot for every day before today, computed with
    // the real formula from what was true that day. Returns the snapshots stored; does nothing
    // when the demo's history is already there. (DemoHistory.cpp)
    static Result<int> fillHistory(Database &database);
};

} // namespace mamori

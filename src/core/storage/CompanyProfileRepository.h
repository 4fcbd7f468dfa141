#pragma once

#include "CompanyProfile.h"
#include "Result.h"

#include <optional>

namespace mamori {

class Database;

// Loads and saves the single company profile row; every saved change is audited.
class CompanyProfileRepository
{
public:
    explicit CompanyProfileRepository(Database &database) : m_database(database) {}

    Result<std::optional<CompanyProfile>> load() const;
    // Validates, then writes the profile and one audit row per changed field in one transaction.
    Status save(const CompanyProfile &profile);
    // Removes the profile (undo of the first one saved); audited as a delete of every field.
    Status remove();

private:
    Database &m_database;
};

} // namespace mamori

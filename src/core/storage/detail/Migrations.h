#pragma once

#include <QList>
#include <QStringList>

namespace mamori {

// "MMRI": marks an SQLite file as Mamori's (PRAGMA application_id).
constexpr int mamoriApplicationId = 0x4D4D5249;

// One step of the schema; applied in one transaction that also sets PRAGMA user_version.
struct Migration
{
    int version;
    QStringList statements;
};

// Every migration in order, version 1 first. Append new steps; never edit a released one.
const QList<Migration> &schemaMigrations();
int latestSchemaVersion();

} // namespace mamori

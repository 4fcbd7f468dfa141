#pragma once

#include "CompanyProfile.h"
#include "Result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mamori {

class Database;

// The database the window works on. Widgets read and write through it, never through
// storage directly, and it tells them when the database is switched or its data changes.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Opens (creating if needed) and switches to `path`. On failure the previous database
    // stays open, and path() still names the file that failed, for Restore from backup.
    Status open(const QString &path);
    void close();

    bool isOpen() const { return m_database != nullptr; }
    QString path() const { return m_path; }
    Database *database() const { return m_database.get(); }

    Result<std::optional<CompanyProfile>> companyProfile() const;
    Status saveCompanyProfile(const CompanyProfile &profile);

signals:
    void databaseChanged();
    void companyProfileChanged();

private:
    std::unique_ptr<Database> m_database;
    QString m_path;
};

} // namespace mamori

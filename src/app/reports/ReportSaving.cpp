#include "ReportSaving.h"

#include "BackgroundTask.h"
#include "Clock.h"
#include "Dialogs.h"
#include "reports/ReportsDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace mamori {

namespace {

const auto folderKey = QStringLiteral("reports/folder");

} // namespace

std::optional<ReportSaving::Saved> ReportSaving::saveAsPdf(QWidget *parent,
                                                           ReportsDocument &document,
                                                           const report::ReportRequest &request)
{
    if (Status checked = document.check(request); !checked) {
        Dialogs::showError(parent, tr("Cannot make the report"), checked.error());
        return std::nullopt;
    }
    QSettings settings;
    const QString folder =
        settings
            .value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString name = QStringLiteral("%1-%2.pdf")
                             .arg(report::ReportRequest::code(request.type),
                                  request.asOf.toString(QStringLiteral("yyyyMMdd")));
    const QString path = Dialogs::saveFileName(
        parent, tr("Save the Report as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return std::nullopt;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    auto generated = std::make_shared<ReportsDocument::Generated>();
    const Status made = BackgroundTask::run(
        parent, tr("Making the %1…").arg(report::ReportRequest::label(request.type)),
        document.generateJob(request, Clock::nowUtc(), generated));
    if (!made) {
        if (made.error().kind != ErrorKind::Cancelled)
            Dialogs::showError(parent, tr("Cannot make the report"), made.error());
        return std::nullopt;
    }
    if (Status saved = document.saveAndRecord(*generated, path); !saved) {
        Dialogs::showError(parent, tr("Cannot save the report"), saved.error());
        return std::nullopt;
    }
    return Saved{path, generated->record};
}

QString ReportSaving::savedMessage(const Saved &saved)
{
    return tr("Saved %1 (%n page(s)), fingerprint %2.", nullptr, saved.record.pages)
        .arg(QDir::toNativeSeparators(saved.path), saved.record.fingerprint.left(16));
}

} // namespace mamori

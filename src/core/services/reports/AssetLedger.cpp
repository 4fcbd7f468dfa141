#include "services/reports/ReportBuilder.h"

#include "storage/AssetQuery.h"

#include <memory>

namespace mamori::report {

namespace {

constexpr int chunkRows = 1000;

QString text(const BuildContext &context, const char *source)
{
    return context.words.text("AssetLedger", source);
}

// The checks a ledger row flags, in the order they are listed.
const QList<DeviceCheck> &flaggedChecks()
{
    static const QList<DeviceCheck> checks{
        DeviceCheck::SupportEnded,    DeviceCheck::SupportEndsSoon,
        DeviceCheck::NoRecentUpdate,  DeviceCheck::NoAntivirus,
        DeviceCheck::NotEncrypted,    DeviceCheck::WeakMfa,
        DeviceCheck::WarrantyExpired, DeviceCheck::DisposedWithoutMethod};
    return checks;
}

template<typename Record>
RowStream streamOf(Database &database, const AssetFilter &filter, qint64 count,
                   std::function<QStringList(const Record &)> toRow)
{
    RowStream stream;
    stream.rowCount = count;
    // Page by page in id order: never more than one chunk of records in memory.
    stream.forEach = [&database, filter,
                      toRow](const std::function<bool(const QStringList &)> &row) -> Status {
        const AssetQuery<Record> query(database);
        for (int offset = 0;; offset += chunkRows) {
            auto page = query.page(filter, AssetSort(), offset, chunkRows);
            if (!page)
                return page.error();
            for (const Record &record : std::as_const(*page))
                if (!row(toRow(record)))
                    return Error(ErrorKind::Cancelled, AssetLedger::tr("Cancelled."));
            if (page->size() < chunkRows)
                return {};
        }
    };
    return stream;
}

QString describe(const BuildContext &context, const AssetFilter &filter, bool devices)
{
    QStringList parts;
    if (!filter.text.trimmed().isEmpty())
        parts << text(context, QT_TRANSLATE_NOOP("AssetLedger", "text “%1”"))
                     .arg(filter.text.trimmed());
    if (devices && filter.category)
        parts << context.labels.category(*filter.category);
    if (devices && filter.status)
        parts << context.labels.status(*filter.status);
    if (!filter.department.isEmpty())
        parts << filter.department;
    if (devices && filter.check)
        parts << context.labels.check(*filter.check);
    if (devices && !filter.anyOfChecks.isEmpty()) {
        QStringList any;
        for (const DeviceCheck check : filter.anyOfChecks)
            any << context.labels.check(check);
        parts << any.join(QStringLiteral(" / "));
    }
    if (devices && !filter.osName.isEmpty())
        parts << filter.osName;
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<Document> AssetLedger::build(const BuildContext &context)
{
    const ReportLanguage &words = context.words;
    const QDate asOf = context.request.asOf;
    AssetFilter deviceFilter = context.request.devices;
    deviceFilter.today = asOf;
    AssetFilter informationFilter = context.request.information;
    informationFilter.today = asOf;
    informationFilter.category.reset();
    informationFilter.status.reset();
    informationFilter.check.reset();
    const auto deviceCount = AssetQuery<Device>(context.database).count(deviceFilter);
    if (!deviceCount)
        return deviceCount.error();
    const auto informationCount =
        AssetQuery<InformationAsset>(context.database).count(informationFilter);
    if (!informationCount)
        return informationCount.error();

    Document document;
    document.type = ReportRequest::code(ReportType::Assets);
    document.language = words.language();
    document.company = context.company.name;
    document.title = text(context, QT_TR_NOOP("Asset ledger"));
    document.addSection(Orientation::Landscape);
    document.add(
        Title(document.title, text(context, QT_TR_NOOP("As of %1")).arg(words.date(asOf))));
    document.add(KeyFigures{{
        KeyFigure(text(context, QT_TR_NOOP("Devices and services")), words.number(*deviceCount),
                  describe(context, deviceFilter, true)),
        KeyFigure(text(context, QT_TR_NOOP("Information assets")), words.number(*informationCount),
                  describe(context, informationFilter, false)),
    }});

    document.add(Heading(text(context, QT_TR_NOOP("Devices and services"))));
    Table devices;
    devices.columns = {TableColumn(text(context, QT_TR_NOOP("Asset no.")), 0.08),
                       TableColumn(text(context, QT_TR_NOOP("Name")), 0.14),
                       TableColumn(text(context, QT_TR_NOOP("Category")), 0.08),
                       TableColumn(text(context, QT_TR_NOOP("Status")), 0.06),
                       TableColumn(text(context, QT_TR_NOOP("Department, user")), 0.12),
                       TableColumn(text(context, QT_TR_NOOP("OS")), 0.11),
                       TableColumn(text(context, QT_TR_NOOP("End of support")), 0.07),
                       TableColumn(text(context, QT_TR_NOOP("Last update")), 0.07),
                       TableColumn(text(context, QT_TR_NOOP("AV / Enc. / MFA")), 0.08),
                       TableColumn(text(context, QT_TR_NOOP("Flags")), 0.19)};
    devices.points = 7.5;
    devices.emptyText = text(context, QT_TR_NOOP("No devices match."));
    // The rows are read after build() returns: the closures own the words they print.
    const auto rowWords = std::make_shared<ReportLanguage>(words.language());
    devices.stream = streamOf<Device>(
        context.database, deviceFilter, *deviceCount, [rowWords, asOf](const Device &device) {
            const ReportLabels labels(*rowWords);
            QStringList flags;
            for (const DeviceCheck check : flaggedChecks())
                if (DeviceChecks::holds(check, device, asOf))
                    flags << labels.check(check);
            QStringList who{device.department, device.assignedUser};
            who.removeAll(QString());
            const QString dash = QStringLiteral("–");
            const auto or_ = [&dash](const QString &value) {
                return value.isEmpty() ? dash : value;
            };
            return QStringList{
                device.assetNumber,
                device.name,
                device.categoryLabel.isEmpty() ? labels.category(device.category)
                                               : device.categoryLabel,
                labels.status(device.status),
                who.join(QStringLiteral(" / ")),
                QStringList{device.osName, device.osVersion}.join(QLatin1Char(' ')).trimmed(),
                device.endOfSupport.isValid() ? device.endOfSupport.toString(Qt::ISODate)
                                              : QString(),
                device.lastUpdate.isValid() ? device.lastUpdate.toString(Qt::ISODate) : QString(),
                QStringLiteral("%1 / %2 / %3")
                    .arg(or_(labels.coverage(device.antivirus)),
                         or_(labels.coverage(device.diskEncryption)), or_(labels.mfa(device.mfa))),
                flags.join(QStringLiteral(", "))};
        });
    document.add(devices);

    document.addSection(Orientation::Landscape, true);
    document.add(Heading(text(context, QT_TR_NOOP("Information assets"))));
    Table information;
    information.columns = {
        TableColumn(text(context, QT_TR_NOOP("Name")), 0.17),
        TableColumn(text(context, QT_TR_NOOP("Business area")), 0.1),
        TableColumn(text(context, QT_TR_NOOP("Owner")), 0.1),
        TableColumn(text(context, QT_TR_NOOP("Personal data")), 0.08),
        TableColumn(text(context, QT_TR_NOOP("C / I / A")), 0.07, Qt::AlignHCenter),
        TableColumn(text(context, QT_TR_NOOP("Importance")), 0.07, Qt::AlignHCenter),
        TableColumn(text(context, QT_TR_NOOP("Threat / vuln.")), 0.07, Qt::AlignHCenter),
        TableColumn(text(context, QT_TR_NOOP("Risk")), 0.08, Qt::AlignHCenter),
        TableColumn(text(context, QT_TR_NOOP("Kept on")), 0.26)};
    information.points = 7.5;
    information.emptyText = text(context, QT_TR_NOOP("No information assets match."));
    information.stream = streamOf<InformationAsset>(
        context.database, informationFilter, *informationCount,
        [rowWords](const InformationAsset &asset) {
            const ReportLabels labels(*rowWords);
            const auto level = [](std::optional<int> value) {
                return value ? QString::number(*value) : QStringLiteral("–");
            };
            const std::optional<int> risk = asset.risk();
            return QStringList{
                asset.name,
                asset.businessArea,
                asset.owningDepartment,
                labels.personalData(asset.personalData),
                QStringLiteral("%1 / %2 / %3")
                    .arg(asset.confidentiality)
                    .arg(asset.integrity)
                    .arg(asset.availability),
                QString::number(asset.importance()),
                QStringLiteral("%1 / %2").arg(level(asset.threat), level(asset.vulnerability)),
                risk ? QStringLiteral("%1 %2").arg(*risk).arg(labels.risk(Risk::level(*risk)))
                     : QStringLiteral("–"),
                asset.mediaLocation};
        });
    document.add(information);
    return document;
}

} // namespace mamori::report

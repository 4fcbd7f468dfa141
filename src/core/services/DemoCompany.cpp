#include "DemoCompany.h"

#include "Clock.h"
#include "inventory/EndOfSupportCatalog.h"
#include "storage/AssetLinkRepository.h"
#include "storage/AssetRepository.h"
#include "storage/CompanyProfileRepository.h"

#include <QRandomGenerator>

namespace mamori {

namespace {

const QStringList departments{
    QStringLiteral("総務部"), QStringLiteral("経理部"),     QStringLiteral("営業部"),
    QStringLiteral("製造部"), QStringLiteral("品質保証部"), QStringLiteral("開発部"),
    QStringLiteral("購買部"),
};
const QStringList surnames{
    QStringLiteral("佐藤"), QStringLiteral("鈴木"), QStringLiteral("高橋"), QStringLiteral("田中"),
    QStringLiteral("伊藤"), QStringLiteral("渡辺"), QStringLiteral("山本"), QStringLiteral("中村"),
    QStringLiteral("小林"), QStringLiteral("加藤"), QStringLiteral("吉田"), QStringLiteral("山田"),
};
const QStringList givenNames{
    QStringLiteral("翔太"), QStringLiteral("美咲"), QStringLiteral("健一"),
    QStringLiteral("陽子"), QStringLiteral("大輔"), QStringLiteral("由美"),
    QStringLiteral("拓也"), QStringLiteral("恵"),   QStringLiteral("誠"),
    QStringLiteral("彩"),   QStringLiteral("直樹"), QStringLiteral("真由美"),
};
const QStringList offices{QStringLiteral("本社 2F"), QStringLiteral("本社 3F"),
                          QStringLiteral("第一工場"), QStringLiteral("横浜営業所"),
                          QStringLiteral("サーバー室")};

struct DeviceTemplate
{
    DeviceCategory category;
    const char *prefix;
    int weight; // out of 100
    QStringList manufacturers;
    QStringList models;
    QStringList osNames; // "name|version"
};

QList<DeviceTemplate> templates()
{
    return {
        {DeviceCategory::Pc,
         "PC",
         20,
         {QStringLiteral("富士通"), QStringLiteral("NEC"), QStringLiteral("Dell")},
         {QStringLiteral("ESPRIMO D7012"), QStringLiteral("Mate MKM34"),
          QStringLiteral("OptiPlex 7010")},
         {QStringLiteral("Windows 11 Pro|23H2"), QStringLiteral("Windows 11 Pro|24H2"),
          QStringLiteral("Windows 11 Pro|25H2"), QStringLiteral("Windows 10 Pro|22H2")}},
        {DeviceCategory::Laptop,
         "NB",
         35,
         {QStringLiteral("Panasonic"), QStringLiteral("Lenovo"), QStringLiteral("Apple")},
         {QStringLiteral("Let's note SV2"), QStringLiteral("ThinkPad X1 Carbon"),
          QStringLiteral("MacBook Air M2")},
         {QStringLiteral("Windows 11 Pro|24H2"), QStringLiteral("Windows 11 Pro|23H2"),
          QStringLiteral("Windows 11 Enterprise|23H2"), QStringLiteral("macOS|14")}},
        {DeviceCategory::Server,
         "SV",
         4,
         {QStringLiteral("HPE"), QStringLiteral("Synology"), QStringLiteral("Dell")},
         {QStringLiteral("ProLiant ML30 Gen11"), QStringLiteral("DS923+"),
          QStringLiteral("PowerEdge T150")},
         {QStringLiteral("Windows Server 2019|"), QStringLiteral("Windows Server 2022|"),
          QStringLiteral("Windows Server 2016|"), QStringLiteral("DSM|7.2")}},
        {DeviceCategory::NetworkDevice,
         "NW",
         7,
         {QStringLiteral("ヤマハ"), QStringLiteral("Fortinet"), QStringLiteral("BUFFALO")},
         {QStringLiteral("RTX1300"), QStringLiteral("FortiGate 40F"), QStringLiteral("WAPM-AX8R")},
         {QStringLiteral("Rev.|23.00"), QStringLiteral("FortiOS|7.2")}},
        {DeviceCategory::MobileDevice,
         "MB",
         16,
         {QStringLiteral("Apple"), QStringLiteral("Google"), QStringLiteral("SHARP")},
         {QStringLiteral("iPhone 15"), QStringLiteral("Pixel 8a"), QStringLiteral("AQUOS sense8")},
         {QStringLiteral("iOS|18"), QStringLiteral("Android|14")}},
        {DeviceCategory::PrinterMfp,
         "PR",
         5,
         {QStringLiteral("キヤノン"), QStringLiteral("リコー"), QStringLiteral("富士フイルム")},
         {QStringLiteral("imageRUNNER ADVANCE DX C3926F"), QStringLiteral("IM C3010"),
          QStringLiteral("Apeos C3070")},
         {}},
        {DeviceCategory::RemovableMedia,
         "USB",
         6,
         {QStringLiteral("BUFFALO"), QStringLiteral("I-O DATA")},
         {QStringLiteral("RUF3-KV32G (暗号化USB)"), QStringLiteral("HDPH-UT2DK")},
         {}},
        {DeviceCategory::CloudService,
         "CL",
         4,
         {QStringLiteral("Microsoft"), QStringLiteral("freee"), QStringLiteral("サイボウズ")},
         {QStringLiteral("Microsoft 365 Business Standard"), QStringLiteral("freee会計"),
          QStringLiteral("kintone")},
         {}},
        {DeviceCategory::Software,
         "SW",
         3,
         {QStringLiteral("Microsoft"), QStringLiteral("Adobe"), QStringLiteral("弥生")},
         {QStringLiteral("Office Home & Business 2021"), QStringLiteral("Acrobat Pro"),
          QStringLiteral("弥生会計 24")},
         {}},
    };
}

struct InformationTemplate
{
    const char *name;
    const char *department;
    const char *media;
    PersonalData personal;
    int c, i, a, threat, vulnerability;
    QList<DeviceCategory> storedOn;
};

QList<InformationTemplate> informationTemplates()
{
    return {
        {"顧客名簿",
         "営業部",
         "ファイルサーバー・kintone",
         PersonalData::Personal,
         3,
         2,
         2,
         2,
         2,
         {DeviceCategory::Server, DeviceCategory::CloudService}},
        {"見積書・注文書",
         "営業部",
         "ファイルサーバー",
         PersonalData::None,
         2,
         2,
         2,
         2,
         2,
         {DeviceCategory::Server, DeviceCategory::Laptop}},
        {"請求書・入金記録",
         "経理部",
         "会計クラウド",
         PersonalData::None,
         2,
         3,
         2,
         2,
         1,
         {DeviceCategory::CloudService}},
        {"給与台帳",
         "総務部",
         "給与ソフト・施錠キャビネット",
         PersonalData::MyNumber,
         3,
         3,
         2,
         2,
         2,
         {DeviceCategory::Pc}},
        {"健康診断結果",
         "総務部",
         "施錠キャビネット・総務PC",
         PersonalData::Sensitive,
         3,
         2,
         1,
         1,
         2,
         {DeviceCategory::Pc}},
        {"社員名簿",
         "総務部",
         "ファイルサーバー",
         PersonalData::Personal,
         2,
         2,
         2,
         2,
         2,
         {DeviceCategory::Server}},
        {"設計図面",
         "開発部",
         "CADワークステーション・NAS",
         PersonalData::None,
         3,
         3,
         3,
         3,
         2,
         {DeviceCategory::Server, DeviceCategory::Pc}},
        {"製造手順書",
         "製造部",
         "NAS・紙",
         PersonalData::None,
         2,
         3,
         3,
         2,
         1,
         {DeviceCategory::Server}},
        {"検査記録",
         "品質保証部",
         "NAS",
         PersonalData::None,
         1,
         3,
         2,
         1,
         1,
         {DeviceCategory::Server}},
        {"取引先との契約書",
         "購買部",
         "施錠キャビネット・PDF",
         PersonalData::None,
         3,
         2,
         1,
         1,
         2,
         {DeviceCategory::Server}},
        {"Webサイトお問い合わせ履歴",
         "営業部",
         "メール・クラウド",
         PersonalData::Personal,
         2,
         1,
         1,
         3,
         2,
         {DeviceCategory::CloudService}},
        {"会計データ",
         "経理部",
         "会計クラウド",
         PersonalData::None,
         3,
         3,
         3,
         2,
         2,
         {DeviceCategory::CloudService, DeviceCategory::Pc}},
    };
}

QDate randomDate(QRandomGenerator &random, const QDate &from, int spanDays)
{
    return from.addDays(random.bounded(spanDays));
}

template<typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

Device makeDevice(QRandomGenerator &random, const DeviceTemplate &kind, int number,
                  const EndOfSupportCatalog &catalog, const QDate &today)
{
    Device device;
    device.category = kind.category;
    device.assetNumber = QStringLiteral("%1-%2")
                             .arg(QLatin1String(kind.prefix))
                             .arg(number, 5, 10, QLatin1Char('0'));
    const int model = random.bounded(int(kind.models.size()));
    device.manufacturer = kind.manufacturers.value(model, kind.manufacturers.constFirst());
    device.model = kind.models.at(model);
    device.name = QStringLiteral("%1 %2").arg(device.model, device.assetNumber.right(3));
    device.department = pick(random, departments);
    device.location =
        kind.category == DeviceCategory::Server ? offices.constLast() : pick(random, offices);
    if (kind.category != DeviceCategory::Server && kind.category != DeviceCategory::NetworkDevice &&
        kind.category != DeviceCategory::PrinterMfp) {
        device.assignedUser = pick(random, surnames) + QLatin1Char(' ') + pick(random, givenNames);
    }
    device.serialNumber = QStringLiteral("%1%2")
                              .arg(QLatin1String(kind.prefix))
                              .arg(random.bounded(10000000, 99999999));
    if (!kind.osNames.isEmpty()) {
        const QStringList os = pick(random, kind.osNames).split(QLatin1Char('|'));
        device.osName = os.value(0);
        device.osVersion = os.value(1);
    }
    if (device.manufacturer == QLatin1String("Apple") && kind.category == DeviceCategory::Laptop) {
        device.osName = QStringLiteral("macOS"); // a MacBook does not run Windows here
        device.osVersion = QStringLiteral("14");
    }
    device.purchaseDate = randomDate(random, today.addYears(-7), 7 * 365);
    device.purchaseCost = DecimalAmount{QString::number(random.bounded(20, 400) * 1000)};
    device.purchaseCurrency = CurrencyCode{QStringLiteral("JPY")};
    device.warrantyEnd = device.purchaseDate.addYears(random.bounded(2) == 0 ? 3 : 5);
    device.lastUpdate = today.addDays(-random.bounded(240));
    const int roll = random.bounded(100);
    device.status = roll < 84   ? DeviceStatus::InUse
                    : roll < 91 ? DeviceStatus::Spare
                    : roll < 94 ? DeviceStatus::InRepair
                    : roll < 97 ? DeviceStatus::Retired
                                : DeviceStatus::Disposed;
    if (device.status == DeviceStatus::Disposed) {
        device.disposalDate = today.addDays(-random.bounded(700));
        device.disposalMethod = random.bounded(2) == 0
                                    ? QStringLiteral("データ消去ソフトで上書き消去（証明書あり）")
                                    : QStringLiteral("専門業者による物理破壊");
    }
    const bool computer = kind.category == DeviceCategory::Pc ||
                          kind.category == DeviceCategory::Laptop ||
                          kind.category == DeviceCategory::Server;
    device.antivirus = !computer && kind.category != DeviceCategory::MobileDevice
                           ? Coverage::NotApplicable
                           : (random.bounded(100) < 90 ? Coverage::Yes : Coverage::No);
    device.diskEncryption = kind.category == DeviceCategory::CloudService ? Coverage::NotApplicable
                            : random.bounded(100) < 70                    ? Coverage::Yes
                                                                          : Coverage::No;
    const int mfa = random.bounded(100);
    device.mfa = kind.category == DeviceCategory::RemovableMedia ||
                         kind.category == DeviceCategory::PrinterMfp
                     ? MfaState::NotApplicable
                 : mfa < 55 ? MfaState::Yes
                 : mfa < 75 ? MfaState::Partial
                            : MfaState::No;
    catalog.apply(device);
    return device;
}

} // namespace

Result<DemoSummary> DemoCompany::fill(Database &database, int deviceCount)
{
    QRandomGenerator random(20261126u + quint32(deviceCount));
    const QDate today = Clock::today();
    const EndOfSupportCatalog &catalog = EndOfSupportCatalog::bundled();

    CompanyProfileRepository profiles(database);
    auto profile = profiles.load();
    if (!profile)
        return profile.error();
    if (!profile->has_value()) {
        CompanyProfile company;
        company.name = QStringLiteral("株式会社みなと精機（架空）");
        company.representative = QStringLiteral("港 健一");
        company.address = QStringLiteral("神奈川県横浜市中区海岸通1-1-1");
        company.employeeCount = std::max(5, deviceCount / 2);
        company.industry = QStringLiteral("製造業（精密部品）");
        if (Status saved = profiles.save(company); !saved)
            return saved.error();
    }

    DeviceRepository devices(database);
    auto existing = devices.count();
    if (!existing)
        return existing.error();
    const QList<DeviceTemplate> kinds = templates();
    QList<Device> newDevices;
    newDevices.reserve(deviceCount);
    for (int i = 0; i < deviceCount; ++i) {
        int roll = random.bounded(100);
        const DeviceTemplate *kind = &kinds.constFirst();
        for (const DeviceTemplate &candidate : kinds) {
            if (roll < candidate.weight) {
                kind = &candidate;
                break;
            }
            roll -= candidate.weight;
        }
        newDevices << makeDevice(random, *kind, int(*existing) + i + 1, catalog, today);
    }
    QStringList allFields;
    const BulkOrigin demo{QStringLiteral("demo"), {}};
    auto written = devices.upsertAll(newDevices, allFields, {}, demo);
    if (!written)
        return written.error();

    InformationAssetRepository information(database);
    QList<InformationAsset> assets;
    const QList<InformationTemplate> informationKinds = informationTemplates();
    const int informationCount = std::clamp(deviceCount / 10, int(informationKinds.size()), 2000);
    for (int i = 0; i < informationCount; ++i) {
        const InformationTemplate &kind = informationKinds.at(i % informationKinds.size());
        InformationAsset asset;
        asset.businessArea = QString::fromUtf8(kind.department);
        asset.name = QString::fromUtf8(kind.name);
        if (i >= informationKinds.size())
            asset.name += QStringLiteral("（%1）").arg(i / informationKinds.size() + 1);
        asset.owningDepartment = QString::fromUtf8(kind.department);
        asset.usersScope =
            random.bounded(2) == 0 ? QStringLiteral("部内のみ") : QStringLiteral("全社員");
        asset.mediaLocation = QString::fromUtf8(kind.media);
        asset.personalData = kind.personal;
        asset.confidentiality = kind.c;
        asset.integrity = kind.i;
        asset.availability = kind.a;
        asset.threat = kind.threat;
        asset.vulnerability = kind.vulnerability;
        asset.registeredOn = today.addDays(-random.bounded(900));
        assets << asset;
    }
    auto writtenInformation = information.upsertAll(assets, {}, {}, demo);
    if (!writtenInformation)
        return writtenInformation.error();

    // Link each information asset to a few devices of the categories that hold it.
    auto storedDevices = devices.all();
    auto storedInformation = information.all();
    if (!storedDevices)
        return storedDevices.error();
    if (!storedInformation)
        return storedInformation.error();
    QHash<DeviceCategory, QList<qint64>> byCategory;
    for (const Device &device : std::as_const(*storedDevices))
        byCategory[device.category] << device.id;
    QList<QPair<qint64, qint64>> links;
    for (int i = 0; i < storedInformation->size(); ++i) {
        const InformationTemplate &kind = informationKinds.at(i % informationKinds.size());
        for (const DeviceCategory category : kind.storedOn) {
            const QList<qint64> candidates = byCategory.value(category);
            if (candidates.isEmpty())
                continue;
            const int count = std::min<int>(int(candidates.size()), 1 + random.bounded(3));
            for (int n = 0; n < count; ++n)
                links.append({storedInformation->at(i).id, pick(random, candidates)});
        }
    }
    auto linked = AssetLinkRepository(database).linkAll(links);
    if (!linked)
        return linked.error();
    return DemoSummary{written->created, writtenInformation->created, *linked};
}

} // namespace mamori

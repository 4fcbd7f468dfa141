#include "ContactsSheetPdf.h"

#include "PdfTextRepair.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>

namespace mamori {

namespace {

const auto fontFamily = QStringLiteral("Noto Sans CJK JP");

constexpr qreal pageWidthMm = 210.0;
constexpr qreal pageHeightMm = 297.0;
constexpr qreal marginMm = 15.0;
constexpr qreal footerMm = 12.0; // from the bottom edge
// Column widths as shares of the text width: name, who, phone, e-mail and URL, notes.
constexpr qreal columnShares[] = {0.22, 0.22, 0.14, 0.24, 0.18};
constexpr int columnCount = 5;

bool hasGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QFont deviceFont(QPaintDevice &device, qreal points, bool bold)
{
    QFont font(fontFamily);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    // As in PolicyPdf: shaped alternates cannot be mapped back to text in Qt's PDF engine.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return QFont(font, &device);
}

struct Row
{
    QString cells[columnCount];
    bool heading = false; // a group's heading row spans the table
};

class Sheet
{
public:
    Sheet(QPaintDevice &device, const QList<Contact> &contacts, UiLanguage language)
        : m_device(device), m_mm(device.logicalDpiY() / 25.4), m_mmX(device.logicalDpiX() / 25.4)
    {
        const auto group = [&](Contact::Kind kind, const QString &title) {
            m_rows.push_back({{title}, true});
            for (const Contact &contact : contacts) {
                if (contact.kind != kind)
                    continue;
                Row row;
                row.cells[0] = contact.name.in(language);
                QStringList who{contact.organisation, contact.person};
                who.removeAll(QString());
                row.cells[1] = who.join(u'\n');
                row.cells[2] = contact.phone;
                QStringList reach{contact.email, contact.url};
                reach.removeAll(QString());
                row.cells[3] = reach.join(u'\n');
                // The descriptions are for the screen: on paper they would crowd out the numbers.
                QStringList notes{contact.notes};
                if (!contact.checked)
                    notes << ContactsSheetPdf::tr("Check before use.");
                notes.removeAll(QString());
                row.cells[4] = notes.join(u'\n');
                m_rows.push_back(row);
            }
        };
        group(Contact::Kind::Firm, ContactsSheetPdf::tr("Our contacts"));
        group(Contact::Kind::Public, ContactsSheetPdf::tr("Public bodies"));
    }

    qreal mm(qreal value) const { return value * m_mm; }
    qreal mmX(qreal value) const { return value * m_mmX; }
    qreal width() const { return mmX(pageWidthMm - 2 * marginMm); }

    // The body size, and the room left in each row for a number written in by hand, at which
    // the table fits between `top` and `bottom`.
    void fit(qreal top, qreal bottom)
    {
        for (qreal room : {mm(5.0), mm(2.5), 0.0}) {
            m_handwritingRoom = room;
            for (qreal points = 9.0; points >= 6.0; points -= 0.5) {
                m_points = points;
                if (top + tableHeight() <= bottom)
                    return;
            }
        }
    }

    qreal points() const { return m_points; }

    qreal tableHeight() const
    {
        qreal height = headerHeight(m_points);
        for (const Row &row : m_rows)
            height += rowHeight(row, m_points);
        return height;
    }

    void paint(QPainter &painter, qreal top, QString &drawn) const
    {
        const qreal points = m_points;
        const QFont body = deviceFont(m_device, points, false);
        const QFont bold = deviceFont(m_device, points, true);
        const qreal left = mmX(marginMm);
        qreal y = top;
        const QString headers[columnCount] = {
            ContactsSheetPdf::tr("Who"), ContactsSheetPdf::tr("Organisation, person"),
            ContactsSheetPdf::tr("Phone"), ContactsSheetPdf::tr("E-mail, web"),
            ContactsSheetPdf::tr("Notes")};
        const qreal headerH = headerHeight(points);
        painter.fillRect(QRectF(left, y, width(), headerH), QColor(0xE8, 0xEC, 0xF2));
        painter.setFont(bold);
        painter.setPen(Qt::black);
        qreal x = left;
        for (int column = 0; column < columnCount; ++column) {
            painter.drawText(cellRect(x, y, column, headerH), Qt::AlignVCenter | Qt::TextWordWrap,
                             headers[column]);
            drawn += headers[column];
            x += columnWidth(column);
        }
        y += headerH;
        for (const Row &row : m_rows) {
            const qreal height = rowHeight(row, points);
            if (row.heading) {
                painter.setFont(bold);
                painter.drawText(QRectF(left + padding(), y, width() - 2 * padding(), height),
                                 Qt::AlignBottom | Qt::AlignLeft, row.cells[0]);
                drawn += row.cells[0];
            } else {
                x = left;
                for (int column = 0; column < columnCount; ++column) {
                    painter.setFont(column == 0 || column == 2 ? bold : body);
                    painter.drawText(cellRect(x, y, column, height),
                                     Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere,
                                     row.cells[column]);
                    drawn += row.cells[column];
                    x += columnWidth(column);
                }
                painter.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), mm(0.15)));
                painter.drawLine(QPointF(left, y + height), QPointF(left + width(), y + height));
                painter.setPen(Qt::black);
            }
            y += height;
        }
    }

private:
    qreal padding() const { return mmX(1.2); }
    qreal columnWidth(int column) const { return width() * columnShares[column]; }
    QRectF cellRect(qreal x, qreal y, int column, qreal height) const
    {
        return QRectF(x + padding(), y + mm(1.0), columnWidth(column) - 2 * padding(),
                      height - mm(1.0));
    }
    qreal headerHeight(qreal points) const
    {
        return QFontMetricsF(deviceFont(m_device, points, true), &m_device).height() + mm(2.5);
    }
    qreal rowHeight(const Row &row, qreal points) const
    {
        if (row.heading)
            return QFontMetricsF(deviceFont(m_device, points, true), &m_device).height() + mm(4);
        qreal tallest = 0;
        for (int column = 0; column < columnCount; ++column) {
            const QFontMetricsF metrics(deviceFont(m_device, points, column == 0 || column == 2),
                                        &m_device);
            const QRectF bounds = metrics.boundingRect(
                QRectF(0, 0, columnWidth(column) - 2 * padding(), 1e6),
                Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, row.cells[column]);
            tallest = std::max(tallest, bounds.height());
        }
        return tallest + mm(2.2) + m_handwritingRoom;
    }

    QPaintDevice &m_device;
    qreal m_mm;
    qreal m_mmX;
    std::vector<Row> m_rows;
    qreal m_points = 9.0;
    qreal m_handwritingRoom = 0;
};

Status paintSheet(QPagedPaintDevice &device, const QList<Contact> &contacts,
                  const CompanyProfile &company, UiLanguage language, const QDateTime &generatedAt,
                  QString &drawn, QList<QFont> &fonts)
{
    Sheet sheet(device, contacts, language);
    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorKind::Io, ContactsSheetPdf::tr("Cannot start printing the contacts."));
    const QFont title = deviceFont(device, 16, true);
    const QFont small = deviceFont(device, 8, false);
    const qreal left = sheet.mmX(marginMm);
    const qreal right = left + sheet.width();
    qreal y = sheet.mm(marginMm);
    painter.setFont(title);
    const QString heading = ContactsSheetPdf::tr("Incident contacts");
    const QFontMetricsF titleMetrics(title, &device);
    painter.drawText(QPointF(left, y + titleMetrics.ascent()), heading);
    drawn += heading;
    y += titleMetrics.height() + sheet.mm(1.5);
    painter.setFont(small);
    const QFontMetricsF smallMetrics(small, &device);
    const QString intro = ContactsSheetPdf::tr(
        "Keep this page by the phone. In an emergency call 110. Check each number before you "
        "need it: bundled entries are marked \"Check before use\" until confirmed.");
    const QRectF introRect(left, y, sheet.width(), smallMetrics.height() * 3);
    painter.drawText(introRect, Qt::TextWordWrap, intro);
    drawn += intro;
    y += smallMetrics.boundingRect(introRect, Qt::TextWordWrap, intro).height() + sheet.mm(3);

    const qreal bottom = sheet.mm(pageHeightMm - footerMm - 4);
    sheet.fit(y, bottom);
    sheet.paint(painter, y, drawn);
    const qreal points = sheet.points();

    const qreal footerY = sheet.mm(pageHeightMm - footerMm);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), sheet.mm(0.2)));
    painter.drawLine(QPointF(left, footerY - smallMetrics.height()),
                     QPointF(right, footerY - smallMetrics.height()));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(small);
    const QString companyName = company.name.trimmed();
    const QString stamp =
        ContactsSheetPdf::tr("Printed %1    1 / 1")
            .arg(generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    painter.drawText(QPointF(left, footerY), companyName);
    painter.drawText(QPointF(right - smallMetrics.horizontalAdvance(stamp), footerY), stamp);
    drawn += companyName + stamp + QStringLiteral("0123456789 /");
    fonts = {title, small, deviceFont(device, points, false), deviceFont(device, points, true)};
    if (!painter.end())
        return Error(ErrorKind::Io, ContactsSheetPdf::tr("Cannot finish printing the contacts."));
    return {};
}

} // namespace

Status ContactsSheetPdf::paint(QPagedPaintDevice &device, const QList<Contact> &contacts,
                               const CompanyProfile &company, UiLanguage language,
                               const QDateTime &generatedAt)
{
    if (!hasGuiApplication())
        return Error(ErrorKind::Io, tr("Printing needs fonts, which this program has not loaded."));
    QString drawn;
    QList<QFont> fonts;
    return paintSheet(device, contacts, company, language, generatedAt, drawn, fonts);
}

Status ContactsSheetPdf::write(const QList<Contact> &contacts, const CompanyProfile &company,
                               UiLanguage language, const QDateTime &generatedAt,
                               const QString &pdfPath)
{
    if (!hasGuiApplication())
        return Error(ErrorKind::Io, tr("Printing needs fonts, which this program has not loaded."));
    QByteArray pdf;
    QString drawn;
    QList<QRawFont> rawFonts;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(), QPageLayout::Millimeter));
        writer.setResolution(600);
        writer.setTitle(tr("Incident contacts"));
        writer.setCreator(QStringLiteral("Mamori"));
        QList<QFont> fonts;
        if (Status painted =
                paintSheet(writer, contacts, company, language, generatedAt, drawn, fonts);
            !painted)
            return painted;
        for (const QFont &font : fonts)
            rawFonts.append(QRawFont::fromFont(font));
    }
    repairPdfTextLayer(pdf, drawn, rawFonts);
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error(ErrorKind::Io, tr("Cannot write %1.").arg(pdfPath), file.errorString());
    return {};
}

} // namespace mamori

#include "ReportRenderer.h"

#include "ReportFingerprint.h"
#include "ReportLanguage.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace mamori::report {

namespace {

const char *const generatedText = QT_TRANSLATE_NOOP("ReportRenderer", "Generated %1");
const char *const fingerprintText = QT_TRANSLATE_NOOP("ReportRenderer", "Fingerprint %1");

// Page geometry in millimetres.
constexpr qreal sideMarginMm = 18.0;
constexpr qreal headerBaselineMm = 12.0;
constexpr qreal headerRuleMm = 14.5;
constexpr qreal topMarginMm = 21.0;
constexpr qreal bottomMarginMm = 21.0; // the flow ends here
constexpr qreal footerRuleMm = 16.0;   // from the bottom edge
constexpr qreal footerBaselineMm = 11.0;

constexpr qreal bodyPoints = 10.0;
constexpr qreal tablePoints = 8.5;

const QColor inkColor(0x1A, 0x1A, 0x1A);
const QColor greyText(0x55, 0x55, 0x55);
const QColor ruleColor(0x88, 0x88, 0x88);
const QColor hairlineColor(0xC8, 0xCC, 0xD2);
const QColor headerFill(0xE6, 0xEA, 0xF0);
const QColor zebraFill(0xF6, 0xF7, 0xF9);
const QColor figureFill(0xF3, 0xF5, 0xF8);

QPageLayout a4(Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       orientation == Orientation::Landscape ? QPageLayout::Landscape
                                                             : QPageLayout::Portrait,
                       QMarginsF(), QPageLayout::Millimeter);
}

Orientation firstOrientation(const Document &document)
{
    return document.sections.isEmpty() ? Orientation::Portrait
                                       : document.sections.constFirst().orientation;
}

// Lays the document out page by page; paints when it has a painter (the second pass), only
// counts pages without one (the first), so both passes break pages at exactly the same places.
class Flow
{
public:
    Flow(QPagedPaintDevice &device, const Document &document, const RenderOptions &options,
         qreal scale, qreal roomScale)
        : m_device(device), m_document(document), m_options(options), m_words(document.language),
          m_dpiX(device.logicalDpiX()), m_dpiY(device.logicalDpiY()), m_scale(scale),
          m_roomScale(roomScale)
    {
        m_body = font(bodyPoints, false);
        m_bold = font(bodyPoints, true);
        // The header and footer keep their size when a one-page document shrinks.
        m_small = font(8 / m_scale, false);
        m_smallBold = font(8 / m_scale, true);
    }

    // Without painter: counts. With one: paints, knowing `totalPages`.
    Status run(QPainter *painter, int totalPages, qint64 *rowsDone, qint64 rowsTotal)
    {
        m_painter = painter;
        m_totalPages = totalPages;
        m_rowsDone = rowsDone;
        m_rowsTotal = rowsTotal;
        m_page = 0;
        m_orientation = firstOrientation(m_document);
        startPage();
        for (qsizetype index = 0; index < m_document.sections.size(); ++index) {
            const Section &section = m_document.sections.at(index);
            if (index > 0 &&
                (section.orientation != m_orientation || (section.newPage && m_y > m_top))) {
                if (Status broken = newPage(section.orientation); !broken)
                    return broken;
            }
            for (const Block &block : section.blocks) {
                Status placed =
                    std::visit([this](const auto &value) { return place(value); }, block);
                if (!placed)
                    return placed;
            }
        }
        return {};
    }

    int pages() const { return m_page + 1; }
    const QSet<char16_t> &characters() const { return m_characters; }
    QList<QFont> fonts() const { return {m_body, m_bold}; }

private:
    // --- units and fonts
    qreal mmX(qreal mm) const { return mm * m_dpiX / 25.4; }
    qreal mmY(qreal mm) const { return mm * m_dpiY / 25.4; }
    qreal pageWidthMm() const { return m_orientation == Orientation::Landscape ? 297.0 : 210.0; }
    qreal pageHeightMm() const { return m_orientation == Orientation::Landscape ? 210.0 : 297.0; }
    qreal left() const { return mmX(sideMarginMm); }
    qreal right() const { return mmX(pageWidthMm() - sideMarginMm); }
    qreal width() const { return right() - left(); }

    QFont font(qreal points, bool bold) const
    {
        QFont result(ReportRenderer::fontFamily());
        result.setPointSizeF(points * m_scale);
        result.setBold(bold);
        result.setStyleHint(QFont::SansSerif);
        // Shaping swaps in alternates (Noto CJK's digits in Latin text, the "ff" ligature) that
        // Qt's PDF engine cannot map back to text: they vanished from search and copy.
        result.setStyleStrategy(QFont::PreferNoShaping);
        return QFont(result, &m_device);
    }

    // A value too wide for its box ("★★ Two stars") is set smaller rather than cut off.
    QFont fitted(const QFont &font, const QString &text, qreal width) const
    {
        QFont result = font;
        const qreal smallest = font.pointSizeF() * 0.6;
        while (result.pointSizeF() > smallest &&
               QFontMetricsF(result, &m_device).horizontalAdvance(text) > width)
            result.setPointSizeF(result.pointSizeF() * 0.95);
        return result;
    }

    void note(const QString &text)
    {
        if (!m_painter)
            return;
        for (const QChar character : text)
            if (!character.isSurrogate())
                m_characters.insert(character.unicode());
    }

    void drawText(const QRectF &rect, int flags, const QString &text)
    {
        if (!m_painter || text.isEmpty())
            return;
        note(text);
        m_painter->drawText(rect, flags, text);
    }

    // --- pages
    void startPage()
    {
        m_top = mmY(topMarginMm);
        m_bottom = mmY(pageHeightMm() - bottomMarginMm);
        m_y = m_top;
        if (m_painter)
            paintFrame();
    }

    Status newPage(Orientation orientation)
    {
        ++m_page;
        if (m_painter) {
            if (orientation != m_orientation)
                m_device.setPageLayout(a4(orientation));
            if (!m_device.newPage())
                return Error(ErrorKind::Io, ReportRenderer::tr("Cannot start a new page."));
        }
        m_orientation = orientation;
        startPage();
        return {};
    }

    Status newPage() { return newPage(m_orientation); }

    // Room for `height` below the current position, on a new page when this one is too full.
    Status ensure(qreal height)
    {
        if (m_y > m_top && m_y + height > m_bottom)
            return newPage();
        return {};
    }

    void paintFrame()
    {
        QPainter &painter = *m_painter;
        const qreal headerBaseline = mmY(headerBaselineMm);
        painter.setPen(greyText);
        painter.setFont(m_small);
        const QFontMetricsF metrics(m_small, &m_device);
        const qreal lineHeight = metrics.height();
        const QRectF headerLine(left(), headerBaseline - metrics.ascent(), width(), lineHeight);
        drawText(headerLine, Qt::AlignLeft | Qt::AlignVCenter, m_document.company.trimmed());
        drawText(headerLine, Qt::AlignRight | Qt::AlignVCenter, m_document.title);
        if (!m_document.banner.isEmpty()) {
            painter.setFont(m_smallBold);
            const QFontMetricsF bold(m_smallBold, &m_device);
            const qreal bannerWidth = bold.horizontalAdvance(m_document.banner) + mmX(6);
            const QRectF box(left() + (width() - bannerWidth) / 2, headerLine.top() - mmY(1),
                             bannerWidth, lineHeight + mmY(2));
            painter.setPen(QPen(inkColor, mmY(0.35)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            painter.setPen(inkColor);
            drawText(box, Qt::AlignCenter, m_document.banner);
            painter.setFont(m_small);
        }
        painter.setPen(QPen(ruleColor, mmY(0.2)));
        painter.drawLine(QPointF(left(), mmY(headerRuleMm)), QPointF(right(), mmY(headerRuleMm)));

        const qreal footerRule = mmY(pageHeightMm() - footerRuleMm);
        painter.drawLine(QPointF(left(), footerRule), QPointF(right(), footerRule));
        painter.setPen(greyText);
        const qreal footerBaseline = mmY(pageHeightMm() - footerBaselineMm);
        const QRectF footerLine(left(), footerBaseline - metrics.ascent(), width(), lineHeight);
        QStringList leftParts;
        if (m_options.generatedAt.isValid())
            leftParts << m_words.text("ReportRenderer", generatedText)
                             .arg(ReportLanguage::dateTime(m_options.generatedAt));
        if (!m_options.fingerprint.isEmpty())
            leftParts << m_words.text("ReportRenderer", fingerprintText)
                             .arg(ReportFingerprint::shortForm(m_options.fingerprint));
        drawText(footerLine, Qt::AlignLeft | Qt::AlignVCenter,
                 leftParts.join(QStringLiteral("    ")));
        QString pageText = QStringLiteral("%1 / %2").arg(m_page + 1).arg(m_totalPages);
        if (!m_document.footnote.isEmpty())
            pageText = m_document.footnote + QStringLiteral("    ") + pageText;
        drawText(footerLine, Qt::AlignRight | Qt::AlignVCenter, pageText);
        if (!m_document.banner.isEmpty() && leftParts.isEmpty())
            drawText(footerLine, Qt::AlignLeft | Qt::AlignVCenter, m_document.banner);
        painter.setPen(inkColor);
    }

    // --- paragraphs, line by line so that a long one flows onto the next page
    std::unique_ptr<QTextLayout> layout(const QString &text, const QFont &font,
                                        Qt::Alignment alignment, qreal lineWidth) const
    {
        QString shaped = text;
        shaped.replace(QLatin1Char('\n'), QChar::LineSeparator);
        shaped.replace(QLatin1Char('\t'), QLatin1Char(' '));
        auto result = std::make_unique<QTextLayout>(shaped, font, &m_device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        result->setTextOption(option);
        result->beginLayout();
        for (QTextLine line = result->createLine(); line.isValid(); line = result->createLine()) {
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(0, 0));
        }
        result->endLayout();
        return result;
    }

    qreal pitch(const QFont &font) const
    {
        const qreal factor = m_document.language == UiLanguage::Japanese ? 1.2 : 1.1;
        return QFontMetricsF(font, &m_device).height() * factor;
    }

    Status flowLines(const QTextLayout &text, qreal x, qreal linePitch, bool keepTogether,
                     int keepWithNextLines = 0)
    {
        const int lines = text.lineCount();
        if (keepTogether || keepWithNextLines > 0) {
            const qreal needed = linePitch * (keepTogether ? lines : lines + keepWithNextLines);
            if (Status room = ensure(needed); !room)
                return room;
        }
        for (int index = 0; index < lines; ++index) {
            if (Status room = ensure(linePitch); !room)
                return room;
            if (m_painter) {
                const QTextLine line = text.lineAt(index);
                const qreal lead = (linePitch - line.height()) / 2;
                note(text.text().mid(line.textStart(), line.textLength()));
                line.draw(m_painter, QPointF(x, m_y + lead - line.y()));
            }
            m_y += linePitch;
        }
        return {};
    }

    void space(qreal mm)
    {
        if (m_y > m_top)
            m_y += mmY(mm);
    }

    // --- blocks
    Status place(const Title &title)
    {
        const QFont big = font(17, true);
        space(2);
        if (m_painter)
            m_painter->setPen(inkColor);
        const auto titleLayout = layout(title.text, big, title.alignment, width());
        if (Status placed = flowLines(*titleLayout, left(), pitch(big), true); !placed)
            return placed;
        if (!title.subtitle.isEmpty()) {
            const QFont sub = font(9.5, false);
            if (m_painter)
                m_painter->setPen(greyText);
            const auto subLayout = layout(title.subtitle, sub, title.alignment, width());
            if (Status placed = flowLines(*subLayout, left(), pitch(sub), true); !placed)
                return placed;
            if (m_painter)
                m_painter->setPen(inkColor);
        }
        m_y += mmY(3);
        return {};
    }

    Status place(const Heading &heading)
    {
        const QFont headingFont = font(heading.level <= 1 ? 12.5 : 11, true);
        space(heading.level <= 1 ? 6 : 4);
        const auto text = layout(heading.text, headingFont, Qt::AlignLeft, width());
        // A heading stays with the first lines of what follows it.
        if (Status placed = flowLines(*text, left(), pitch(headingFont), false, 3); !placed)
            return placed;
        if (heading.level <= 1) {
            if (m_painter) {
                m_painter->setPen(QPen(ruleColor, mmY(0.3)));
                m_painter->drawLine(QPointF(left(), m_y), QPointF(right(), m_y));
                m_painter->setPen(inkColor);
            }
            m_y += mmY(2);
        } else {
            m_y += mmY(0.8);
        }
        return {};
    }

    Status place(const Paragraph &paragraph)
    {
        const QFont textFont =
            font(paragraph.points > 0 ? paragraph.points : bodyPoints, paragraph.emphasis);
        space(paragraph.spaceBeforeMm);
        Qt::Alignment alignment = paragraph.alignment;
        if (alignment == Qt::AlignLeft && m_document.language == UiLanguage::Japanese &&
            !paragraph.boxed)
            alignment =
                Qt::AlignJustify; // Japanese is set flush on both sides (AlignAbsolute: not)
        const qreal indent = mmX(paragraph.indentMm);
        if (paragraph.boxed) {
            const qreal padding = mmX(3);
            const auto text =
                layout(paragraph.text, textFont, alignment, width() - indent - 2 * padding);
            const qreal linePitch = pitch(textFont);
            const qreal height = text->lineCount() * linePitch + 2 * mmY(2.5);
            if (Status room = ensure(height); !room)
                return room;
            if (m_painter) {
                m_painter->setPen(QPen(inkColor, mmY(0.35)));
                m_painter->setBrush(figureFill);
                m_painter->drawRect(QRectF(left() + indent, m_y, width() - indent, height));
                m_painter->setBrush(Qt::NoBrush);
                m_painter->setPen(inkColor);
            }
            const qreal top = m_y;
            m_y += mmY(2.5);
            if (Status placed = flowLines(*text, left() + indent + padding, linePitch, true);
                !placed)
                return placed;
            m_y = top + height;
            return {};
        }
        const auto text = layout(paragraph.text, textFont, alignment, width() - indent);
        return flowLines(*text, left() + indent, pitch(textFont), paragraph.keepTogether);
    }

    Status place(const KeyFigures &figures)
    {
        constexpr int perRow = 4;
        const QFont valueFont = font(15, true);
        const QFont labelFont = font(8, false);
        const qreal gap = mmX(3);
        const qreal boxWidth = (width() - gap * (perRow - 1)) / perRow;
        const qreal padding = mmX(2.5);
        space(2);
        for (qsizetype start = 0; start < figures.figures.size(); start += perRow) {
            const auto row = figures.figures.mid(start, perRow);
            qreal labelHeight = 0;
            const QFontMetricsF labelMetrics(labelFont, &m_device);
            for (const KeyFigure &figure : row) {
                QString under = figure.label;
                if (!figure.note.isEmpty())
                    under += QLatin1Char('\n') + figure.note;
                labelHeight = std::max(labelHeight,
                                       labelMetrics
                                           .boundingRect(QRectF(0, 0, boxWidth - 2 * padding, 1e6),
                                                         Qt::TextWordWrap, under)
                                           .height());
            }
            const qreal valueHeight = QFontMetricsF(valueFont, &m_device).height();
            const qreal height = mmY(2) + valueHeight + labelHeight + mmY(2.5);
            if (Status room = ensure(height); !room)
                return room;
            qreal x = left();
            for (const KeyFigure &figure : row) {
                if (m_painter) {
                    m_painter->setPen(Qt::NoPen);
                    m_painter->setBrush(figureFill);
                    m_painter->drawRect(QRectF(x, m_y, boxWidth, height));
                    m_painter->setBrush(Qt::NoBrush);
                    m_painter->setPen(inkColor);
                    m_painter->setFont(fitted(valueFont, figure.value, boxWidth - 2 * padding));
                }
                drawText(QRectF(x + padding, m_y + mmY(2), boxWidth - 2 * padding, valueHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, figure.value);
                if (m_painter) {
                    m_painter->setFont(labelFont);
                    m_painter->setPen(greyText);
                }
                QString under = figure.label;
                if (!figure.note.isEmpty())
                    under += QLatin1Char('\n') + figure.note;
                drawText(QRectF(x + padding, m_y + mmY(2) + valueHeight, boxWidth - 2 * padding,
                                labelHeight + mmY(1)),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, under);
                if (m_painter)
                    m_painter->setPen(inkColor);
                x += boxWidth + gap;
            }
            m_y += height + gap;
        }
        return {};
    }

    // --- tables
    struct TableGeometry
    {
        QList<qreal> widths;
        QFont body;
        QFont bold;
        qreal padX = 0;
        qreal padY = 0;
        qreal lineHeight = 0;
        qreal headerHeight = 0;
        qreal room = 0;
    };

    TableGeometry geometry(const Table &table) const
    {
        TableGeometry result;
        const qreal points = table.points > 0 ? table.points : tablePoints;
        result.body = font(points, false);
        result.bold = font(points, true);
        result.padX = mmX(1.3);
        result.padY = mmY(0.9);
        result.lineHeight = QFontMetricsF(result.body, &m_device).height();
        result.room = mmY(table.extraRowSpaceMm * m_roomScale);
        qreal shares = 0;
        for (const TableColumn &column : table.columns)
            shares += column.share;
        for (const TableColumn &column : table.columns)
            result.widths << width() * column.share / std::max<qreal>(shares, 1e-6);
        const QFontMetricsF bold(result.bold, &m_device);
        qreal tallest = result.lineHeight;
        for (int column = 0; column < table.columns.size(); ++column)
            tallest =
                std::max(tallest, cellHeight(bold, result, column, table.columns.at(column).title));
        result.headerHeight = table.showHeader ? tallest + 2 * result.padY : 0;
        return result;
    }

    qreal cellHeight(const QFontMetricsF &metrics, const TableGeometry &geometry, int column,
                     const QString &text) const
    {
        const qreal available = geometry.widths.at(column) - 2 * geometry.padX;
        if (text.isEmpty())
            return geometry.lineHeight;
        // Most cells fit on one line: measuring the advance is much cheaper than wrapping.
        if (!text.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(text) <= available)
            return geometry.lineHeight;
        return metrics.boundingRect(QRectF(0, 0, available, 1e7), Qt::TextWordWrap, text).height();
    }

    qreal rowHeight(const Table &table, const TableGeometry &geometry, const QStringList &row) const
    {
        const QFontMetricsF body(geometry.body, &m_device);
        const QFontMetricsF bold(geometry.bold, &m_device);
        qreal tallest = geometry.lineHeight;
        for (int column = 0; column < geometry.widths.size() && column < row.size(); ++column) {
            const bool strong = column == 0 && table.boldFirstColumn;
            tallest =
                std::max(tallest, cellHeight(strong ? bold : body, geometry, column, row[column]));
        }
        return tallest + 2 * geometry.padY + geometry.room;
    }

    void paintHeader(const Table &table, const TableGeometry &geometry)
    {
        if (m_painter && !table.showHeader) {
            m_painter->setPen(QPen(ruleColor, mmY(0.3)));
            m_painter->drawLine(QPointF(left(), m_y), QPointF(right(), m_y));
            m_painter->setPen(inkColor);
        } else if (m_painter) {
            m_painter->fillRect(QRectF(left(), m_y, width(), geometry.headerHeight), headerFill);
            m_painter->setPen(QPen(ruleColor, mmY(0.3)));
            m_painter->drawLine(QPointF(left(), m_y), QPointF(right(), m_y));
            m_painter->drawLine(QPointF(left(), m_y + geometry.headerHeight),
                                QPointF(right(), m_y + geometry.headerHeight));
            m_painter->setPen(inkColor);
            m_painter->setFont(geometry.bold);
            qreal x = left();
            for (int column = 0; column < table.columns.size(); ++column) {
                const TableColumn &spec = table.columns.at(column);
                drawText(QRectF(x + geometry.padX, m_y + geometry.padY,
                                geometry.widths[column] - 2 * geometry.padX,
                                geometry.headerHeight - 2 * geometry.padY),
                         (spec.alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter |
                             Qt::TextWordWrap,
                         spec.title);
                x += geometry.widths[column];
            }
        }
        m_y += geometry.headerHeight;
        m_rowInPage = 0;
    }

    Status paintRow(const Table &table, const TableGeometry &geometry, const QStringList &row)
    {
        const qreal height = rowHeight(table, geometry, row);
        if (m_y + height > m_bottom) {
            if (Status broken = newPage(); !broken)
                return broken;
            paintHeader(table, geometry);
        }
        if (m_painter) {
            if (m_rowInPage % 2 == 1)
                m_painter->fillRect(QRectF(left(), m_y, width(), height), zebraFill);
            qreal x = left();
            m_painter->setPen(inkColor);
            for (int column = 0; column < geometry.widths.size(); ++column) {
                const QString cell = column < row.size() ? row[column] : QString();
                const bool strong = column == 0 && table.boldFirstColumn;
                m_painter->setFont(strong ? geometry.bold : geometry.body);
                drawText(QRectF(x + geometry.padX, m_y + geometry.padY,
                                geometry.widths[column] - 2 * geometry.padX,
                                height - 2 * geometry.padY),
                         (table.columns.at(column).alignment & Qt::AlignHorizontal_Mask) |
                             Qt::AlignTop | Qt::TextWordWrap,
                         cell);
                x += geometry.widths[column];
            }
            m_painter->setPen(QPen(hairlineColor, mmY(0.15)));
            m_painter->drawLine(QPointF(left(), m_y + height), QPointF(right(), m_y + height));
            m_painter->setPen(inkColor);
        }
        m_y += height;
        ++m_rowInPage;
        return {};
    }

    Status place(const Table &table)
    {
        const TableGeometry geometry = this->geometry(table);
        space(1.5);
        const bool empty = table.rows.isEmpty() && (!table.stream || table.stream->rowCount == 0);
        const qreal firstRow = table.rows.isEmpty() ? geometry.lineHeight + 2 * geometry.padY
                                                    : rowHeight(table, geometry, table.rows[0]);
        if (Status room = ensure(geometry.headerHeight + firstRow); !room)
            return room;
        paintHeader(table, geometry);
        if (empty) {
            if (m_painter) {
                m_painter->setFont(geometry.body);
                m_painter->setPen(greyText);
            }
            const qreal height = geometry.lineHeight + 2 * geometry.padY;
            drawText(QRectF(left() + geometry.padX, m_y + geometry.padY, width(), height),
                     Qt::AlignLeft | Qt::AlignTop, table.emptyText);
            if (m_painter)
                m_painter->setPen(inkColor);
            m_y += height;
        }
        for (const QStringList &row : table.rows) {
            if (Status painted = paintRow(table, geometry, row); !painted)
                return painted;
        }
        if (table.stream) {
            Status failure;
            const Status streamed = table.stream->forEach([&](const QStringList &row) {
                failure = paintRow(table, geometry, row);
                if (!failure)
                    return false;
                ++*m_rowsDone;
                if (m_options.progress && *m_rowsDone % 200 == 0 &&
                    !m_options.progress(*m_rowsDone, m_rowsTotal))
                    return false;
                return true;
            });
            if (!failure)
                return failure;
            if (!streamed)
                return streamed;
        }
        if (m_painter) {
            m_painter->setPen(QPen(ruleColor, mmY(0.3)));
            m_painter->drawLine(QPointF(left(), m_y), QPointF(right(), m_y));
            m_painter->setPen(inkColor);
        }
        m_y += mmY(1);
        return {};
    }

    Status place(const Chart &chart)
    {
        const qreal height = mmY(chart.heightMm);
        const QFont captionFont = font(8, false);
        const qreal captionHeight =
            chart.caption.isEmpty() ? 0 : QFontMetricsF(captionFont, &m_device).height() + mmY(1);
        space(2);
        if (Status room = ensure(height + captionHeight); !room)
            return room;
        if (m_painter && !chart.image.isNull()) {
            QSizeF size = chart.image.size().toSizeF();
            size.scale(width(), height, Qt::KeepAspectRatio);
            const QRectF target(left() + (width() - size.width()) / 2, m_y, size.width(),
                                size.height());
            m_painter->drawImage(target, chart.image);
        }
        m_y += height;
        if (!chart.caption.isEmpty()) {
            if (m_painter) {
                m_painter->setFont(captionFont);
                m_painter->setPen(greyText);
            }
            drawText(QRectF(left(), m_y + mmY(0.5), width(), captionHeight), Qt::AlignHCenter,
                     chart.caption);
            if (m_painter)
                m_painter->setPen(inkColor);
            m_y += captionHeight;
        }
        return {};
    }

    Status place(const SignatureBlock &signature)
    {
        const QFont labelFont = font(8.5, false);
        const qreal captionHeight =
            signature.caption.isEmpty() ? 0 : QFontMetricsF(m_body, &m_device).height() * 1.3;
        const qreal height = mmY(signature.heightMm);
        space(5);
        if (Status room = ensure(captionHeight + height); !room)
            return room;
        if (!signature.caption.isEmpty()) {
            if (m_painter)
                m_painter->setFont(m_bold);
            drawText(QRectF(left(), m_y, width(), captionHeight), Qt::AlignLeft | Qt::AlignTop,
                     signature.caption);
            m_y += captionHeight;
        }
        qreal fixed = 0;
        qreal shares = 0;
        for (const SignatureBlock::Field &field : signature.fields) {
            if (field.square)
                fixed += mmX(signature.heightMm);
            else
                shares += field.share;
        }
        const qreal gap = mmX(3);
        const qreal flexible =
            width() - fixed - gap * std::max<qsizetype>(0, signature.fields.size() - 1);
        qreal x = left();
        for (const SignatureBlock::Field &field : signature.fields) {
            const qreal boxWidth = field.square ? mmX(signature.heightMm)
                                                : flexible * field.share / std::max(shares, 1e-6);
            if (m_painter) {
                m_painter->setPen(QPen(inkColor, mmY(0.3)));
                m_painter->drawRect(QRectF(x, m_y, boxWidth, height));
                m_painter->setFont(labelFont);
                m_painter->setPen(greyText);
            }
            drawText(QRectF(x + mmX(1.5), m_y + mmY(1), boxWidth - mmX(3), height - mmY(2)),
                     field.square ? Qt::AlignCenter : (Qt::AlignLeft | Qt::AlignTop), field.label);
            if (m_painter)
                m_painter->setPen(inkColor);
            x += boxWidth + gap;
        }
        m_y += height;
        return {};
    }

    Status place(const PageBreak &) { return m_y > m_top ? newPage() : Status(); }

    QPagedPaintDevice &m_device;
    const Document &m_document;
    const RenderOptions &m_options;
    ReportLanguage m_words;
    qreal m_dpiX;
    qreal m_dpiY;
    qreal m_scale;
    qreal m_roomScale;
    QFont m_body, m_bold, m_small, m_smallBold;
    QPainter *m_painter = nullptr;
    int m_page = 0;
    int m_totalPages = 0;
    Orientation m_orientation = Orientation::Portrait;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    int m_rowInPage = 0;
    qint64 *m_rowsDone = nullptr;
    qint64 m_rowsTotal = 0;
    QSet<char16_t> m_characters;
};

qint64 streamedRows(const Document &document)
{
    qint64 total = 0;
    for (const Section &section : document.sections)
        for (const Block &block : section.blocks)
            if (const auto *table = std::get_if<Table>(&block); table && table->stream)
                total += table->stream->rowCount;
    return total;
}

} // namespace

const QString &ReportRenderer::fontFamily()
{
    // Noto Sans CJK JP (Debian's fonts-noto-cjk) has Latin glyphs too: one consistent face.
    static const QString family = QStringLiteral("Noto Sans CJK JP");
    return family;
}

void ReportRenderer::preparePageLayout(QPagedPaintDevice &device, const Document &document)
{
    device.setPageLayout(a4(firstOrientation(document)));
}

Result<PaintedReport> ReportRenderer::paint(QPagedPaintDevice &device, const Document &document,
                                            const RenderOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error(ErrorKind::Io, tr("Printing needs fonts, which this program has not loaded."));
    const qint64 rowsTotal = 2 * streamedRows(document);
    qint64 rowsDone = 0;

    // First pass: where the pages break. A one-page document shrinks until it fits.
    qreal scale = 1.0;
    qreal roomScale = 1.0;
    int pages = 0;
    const QList<std::pair<qreal, qreal>> attempts = [&] {
        QList<std::pair<qreal, qreal>> list{{1.0, 1.0}};
        if (document.fitOnOnePage)
            for (qreal room : {1.0, 0.5, 0.0})
                for (qreal factor = 1.0; factor >= 0.66; factor -= 0.055)
                    list.append({factor, room});
        return list;
    }();
    for (const auto &[factor, room] : attempts) {
        Flow counting(device, document, options, factor, room);
        rowsDone = 0;
        if (Status counted = counting.run(nullptr, 0, &rowsDone, rowsTotal); !counted)
            return counted.error();
        scale = factor;
        roomScale = room;
        pages = counting.pages();
        if (!document.fitOnOnePage || pages == 1)
            break;
    }

    // Second pass: paint, every footer knowing the page count.
    device.setPageLayout(a4(firstOrientation(document)));
    Flow painting(device, document, options, scale, roomScale);
    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorKind::Io, tr("Cannot start printing the report."));
    painter.setPen(inkColor);
    if (Status painted = painting.run(&painter, pages, &rowsDone, rowsTotal); !painted) {
        painter.end();
        return painted.error();
    }
    if (!painter.end())
        return Error(ErrorKind::Io, tr("Cannot finish printing the report."));
    return PaintedReport{painting.pages(), painting.characters(), painting.fonts()};
}

} // namespace mamori::report

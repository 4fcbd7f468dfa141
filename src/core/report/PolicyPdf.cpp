#include "PolicyPdf.h"

#include "PdfTextRepair.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextLayout>
#include <QTranslator>

#include <memory>
#include <vector>

namespace mamori {

namespace {

// Noto Sans CJK JP (Debian's fonts-noto-cjk) has Latin glyphs too, so English policies with
// Japanese names in them print in one consistent face.
const auto fontFamily = QStringLiteral("Noto Sans CJK JP");

// Page geometry in millimetres (A4 portrait).
constexpr qreal pageWidthMm = 210.0;
constexpr qreal pageHeightMm = 297.0;
constexpr qreal sideMarginMm = 25.0;
constexpr qreal topMarginMm = 22.0;
constexpr qreal bottomMarginMm = 24.0;   // the text ends here; the footer sits below
constexpr qreal footerRuleMm = 19.0;     // from the bottom edge
constexpr qreal footerBaselineMm = 13.0; // from the bottom edge

// The footer is written in the policy's language, not the interface's: an English user may
// print a Japanese policy.
const char *const adoptedText = QT_TRANSLATE_NOOP("PolicyPdf", "Version %1, adopted %2");
const char *const revisedText = QT_TRANSLATE_NOOP("PolicyPdf", "Version %1, revised %2");

class DocumentLanguage
{
public:
    explicit DocumentLanguage(UiLanguage language) : m_language(language)
    {
        if (language != UiLanguage::English)
            m_loaded = m_translator.load(
                QStringLiteral(":/i18n/mamori_%1.qm").arg(languageCode(language)));
    }

    QString text(const char *source) const
    {
        const QString translated =
            m_loaded ? m_translator.translate("PolicyPdf", source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }

    QString date(const QDate &date) const
    {
        if (m_language == UiLanguage::Japanese)
            return QStringLiteral("%1年%2月%3日")
                .arg(date.year())
                .arg(date.month())
                .arg(date.day());
        return QLocale(QLocale::English, QLocale::UnitedKingdom)
            .toString(date, QStringLiteral("d MMMM yyyy"));
    }

private:
    UiLanguage m_language;
    QTranslator m_translator;
    bool m_loaded = false;
};

// One paragraph laid out to the text width, and how it is placed in the flow.
struct Block
{
    std::unique_ptr<QTextLayout> layout;
    qreal indent = 0;      // device pixels from the left margin
    qreal spaceBefore = 0; // device pixels, dropped at the top of a page
    qreal linePitch = 0;   // device pixels from one line's top to the next
    bool keepTogether = false;
    bool keepWithNext = false; // a heading stays with the first lines of its text
};

struct PlacedLine
{
    const Block *block = nullptr;
    int line = 0;
    int page = 0;
    qreal top = 0;
};

class PolicyLayout
{
public:
    PolicyLayout(QPaintDevice &device, bool japanese)
        : m_device(device), m_scale(device.logicalDpiY() / 25.4),
          m_widthScale(device.logicalDpiX() / 25.4), m_japanese(japanese)
    {
        m_body = deviceFont(10.5, false);
        m_heading = deviceFont(12.0, true);
        m_title = deviceFont(18.0, true);
        m_footer = deviceFont(8.0, false);
    }

    qreal mm(qreal value) const { return value * m_scale; }
    qreal mmX(qreal value) const { return value * m_widthScale; }
    qreal textWidth() const { return mmX(pageWidthMm - 2 * sideMarginMm); }
    const QFont &footerFont() const { return m_footer; }
    QList<QFont> fonts() const { return {m_body, m_heading, m_title, m_footer}; }
    const QString &drawnText() const { return m_drawn; }
    void noteDrawn(const QString &text) { m_drawn += text; }

    void addTitle(const QString &text)
    {
        add(text, m_title, Qt::AlignHCenter, 0, 0, 1.0);
        m_blocks.back().keepWithNext = true;
    }
    void addParagraph(const QString &text, qreal indentMm, qreal spaceBeforeMm)
    {
        // Japanese is set flush on both sides; English justified on an A4 measure leaves
        // rivers of space, so it stays ragged-right.
        add(text, m_body, m_japanese ? Qt::AlignJustify : Qt::AlignLeft, mmX(indentMm),
            mm(spaceBeforeMm), bodyPitch());
    }
    void addHeading(const QString &text, qreal spaceBeforeMm)
    {
        add(text, m_heading, Qt::AlignLeft, 0, mm(spaceBeforeMm), 1.1);
        m_blocks.back().keepWithNext = true;
    }
    void addClosing(const QString &text, qreal spaceBeforeMm)
    {
        add(text, m_body, Qt::AlignRight, 0, mm(spaceBeforeMm), bodyPitch());
        m_blocks.back().keepTogether = true;
    }

    // Breaks the blocks into pages; returns the number of pages.
    int paginate()
    {
        const qreal top = mm(topMarginMm);
        const qreal bottom = mm(pageHeightMm - bottomMarginMm);
        int page = 0;
        qreal y = top;
        for (size_t index = 0; index < m_blocks.size(); ++index) {
            const Block &block = m_blocks[index];
            const int lines = block.layout->lineCount();
            qreal needed = block.linePitch * (block.keepTogether ? lines : qMin(lines, 2));
            if (block.keepWithNext && index + 1 < m_blocks.size()) {
                const Block &next = m_blocks[index + 1];
                needed = block.linePitch * lines + next.spaceBefore +
                         next.linePitch * qMin(next.layout->lineCount(), 2);
            }
            const qreal space = y > top ? block.spaceBefore : 0;
            if (y > top && y + space + needed > bottom) {
                ++page;
                y = top;
            } else {
                y += space;
            }
            for (int line = 0; line < lines; ++line) {
                if (y > top && y + block.linePitch > bottom) {
                    ++page;
                    y = top;
                }
                m_lines.push_back({&block, line, page, y});
                y += block.linePitch;
            }
        }
        return page + 1;
    }

    void paintPage(QPainter &painter, int page) const
    {
        const qreal left = mmX(sideMarginMm);
        for (const PlacedLine &placed : m_lines) {
            if (placed.page != page)
                continue;
            const QTextLine line = placed.block->layout->lineAt(placed.line);
            // Centre the glyphs in the line pitch; the extra space is the leading.
            const qreal lead = (placed.block->linePitch - line.height()) / 2;
            line.draw(&painter, QPointF(left + placed.block->indent, placed.top + lead - line.y()));
        }
    }

private:
    // Noto's line height is 1.45 em; Japanese reads better with more air between lines.
    qreal bodyPitch() const { return m_japanese ? 1.2 : 1.1; }

    QFont deviceFont(qreal points, bool bold) const
    {
        QFont font(fontFamily);
        font.setPointSizeF(points);
        font.setBold(bold);
        font.setStyleHint(QFont::SansSerif);
        // Without shaping every glyph is the one the font maps its character to. Shaping swaps
        // in alternates (Noto CJK's digits in Latin text, the "ff" ligature) that Qt's PDF
        // engine cannot map back to text: they vanished from search and copy.
        font.setStyleStrategy(QFont::PreferNoShaping);
        return QFont(font, &m_device);
    }

    void add(const QString &text, const QFont &font, Qt::Alignment alignment, qreal indent,
             qreal spaceBefore, qreal pitchFactor)
    {
        // Line breaks the user typed stay line breaks; tabs would print as nothing.
        QString shaped = text;
        shaped.replace(QLatin1Char('\n'), QChar::LineSeparator);
        shaped.replace(QLatin1Char('\t'), QLatin1Char(' '));
        m_drawn += shaped;
        Block block;
        block.layout = std::make_unique<QTextLayout>(shaped, font, &m_device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        block.layout->setTextOption(option);
        block.indent = indent;
        block.spaceBefore = spaceBefore;
        block.linePitch = QFontMetricsF(font, &m_device).height() * pitchFactor;
        block.layout->beginLayout();
        for (QTextLine line = block.layout->createLine(); line.isValid();
             line = block.layout->createLine()) {
            line.setLineWidth(textWidth() - indent);
            line.setPosition(QPointF(0, 0));
        }
        block.layout->endLayout();
        m_blocks.push_back(std::move(block));
    }

    QPaintDevice &m_device;
    qreal m_scale;
    qreal m_widthScale;
    bool m_japanese;
    QFont m_body, m_heading, m_title, m_footer;
    std::vector<Block> m_blocks;
    std::vector<PlacedLine> m_lines;
    QString m_drawn;
};

QString numberedHeading(int number, const QString &heading)
{
    // Headings the user numbered already keep their own numbers.
    if (!heading.isEmpty() && heading.at(0).isDigit())
        return heading;
    return QStringLiteral("%1. %2").arg(number).arg(heading);
}

void buildLayout(PolicyLayout &layout, const PolicyDocument &document)
{
    layout.addTitle(document.title.trimmed());
    if (!document.preamble.trimmed().isEmpty())
        layout.addParagraph(document.preamble.trimmed(), 0, 8);
    int number = 0;
    for (const PolicyDocument::Section &section : document.sections) {
        layout.addHeading(numberedHeading(++number, section.heading.trimmed()), 6);
        if (!section.body.trimmed().isEmpty())
            layout.addParagraph(section.body.trimmed(), 5, 1.5);
    }
    if (!document.closing.trimmed().isEmpty())
        layout.addClosing(document.closing.trimmed(), 12);
}

bool hasGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Status paintLaidOut(QPagedPaintDevice &device, PolicyLayout &layout, const PolicyVersion &version,
                    const CompanyProfile &company, UiLanguage language)
{
    const int pages = layout.paginate();
    const DocumentLanguage words(language);
    const QString versionText = version.version > 0 && version.adoptedOn.isValid()
                                    ? words.text(version.version == 1 ? adoptedText : revisedText)
                                          .arg(version.version)
                                          .arg(words.date(version.adoptedOn))
                                    : QString();
    const QString left = company.name.trimmed();
    layout.noteDrawn(left + versionText + QStringLiteral("0123456789 /"));

    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorKind::Io, PolicyPdf::tr("Cannot start printing the policy."));
    const qreal sideMargin = layout.mmX(sideMarginMm);
    const qreal right = layout.mmX(pageWidthMm - sideMarginMm);
    const qreal footerBaseline = layout.mm(pageHeightMm - footerBaselineMm);
    const qreal ruleY = layout.mm(pageHeightMm - footerRuleMm);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error(ErrorKind::Io, PolicyPdf::tr("Cannot start a new page."));
        }
        layout.paintPage(painter, page);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), layout.mm(0.2)));
        painter.drawLine(QPointF(sideMargin, ruleY), QPointF(right, ruleY));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.setFont(layout.footerFont());
        const QFontMetricsF metrics(layout.footerFont(), &device);
        painter.drawText(QPointF(sideMargin, footerBaseline), left);
        const QString pageText =
            (versionText.isEmpty() ? QString() : versionText + QStringLiteral("    ")) +
            QStringLiteral("%1 / %2").arg(page + 1).arg(pages);
        painter.drawText(QPointF(right - metrics.horizontalAdvance(pageText), footerBaseline),
                         pageText);
    }
    if (!painter.end())
        return Error(ErrorKind::Io, PolicyPdf::tr("Cannot finish printing the policy."));
    return {};
}

} // namespace

Status PolicyPdf::paint(QPagedPaintDevice &device, const PolicyVersion &version,
                        const CompanyProfile &company, UiLanguage language)
{
    if (!hasGuiApplication())
        return Error(ErrorKind::Io, tr("Printing needs fonts, which this program has not loaded."));
    PolicyLayout layout(device, PolicyPdf::languageOf(version.document) == UiLanguage::Japanese);
    buildLayout(layout, version.document);
    return paintLaidOut(device, layout, version, company, language);
}

Status PolicyPdf::write(const PolicyVersion &version, const CompanyProfile &company,
                        UiLanguage language, const QString &pdfPath)
{
    if (!hasGuiApplication())
        return Error(ErrorKind::Io, tr("Printing needs fonts, which this program has not loaded."));
    QByteArray pdf;
    QList<QRawFont> fonts;
    QString drawn;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(), QPageLayout::Millimeter));
        writer.setResolution(600);
        writer.setTitle(version.document.title);
        writer.setCreator(QStringLiteral("Mamori"));
        PolicyLayout layout(writer, languageOf(version.document) == UiLanguage::Japanese);
        buildLayout(layout, version.document);
        if (Status painted = paintLaidOut(writer, layout, version, company, language); !painted)
            return painted;
        for (const QFont &font : layout.fonts())
            fonts.append(QRawFont::fromFont(font));
        drawn = layout.drawnText();
    }
    repairPdfTextLayer(pdf, drawn, fonts);

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error(ErrorKind::Io, tr("Cannot write %1.").arg(pdfPath), file.errorString());
    return {};
}

UiLanguage PolicyPdf::languageOf(const PolicyDocument &document)
{
    // The title and headings, not the body: an English policy still names a Japanese company.
    QString text = document.title;
    for (const PolicyDocument::Section &section : document.sections)
        text += section.heading;
    int japanese = 0;
    int latin = 0;
    for (const QChar character : std::as_const(text)) {
        const QChar::Script script = character.script();
        if (script == QChar::Script_Hiragana || script == QChar::Script_Katakana ||
            script == QChar::Script_Han)
            ++japanese;
        else if (script == QChar::Script_Latin)
            ++latin;
    }
    // One kanji says about as much as a short English word.
    return japanese > 0 && japanese * 4 >= latin ? UiLanguage::Japanese : UiLanguage::English;
}

} // namespace mamori

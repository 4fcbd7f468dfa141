#pragma once

#include "Language.h"
#include "Progress.h"
#include "Result.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace mamori::report {

// The plain document model every printed report is built as (KMyMoney's idea: builders make
// plain data, one renderer draws it). Builders in src/core/services fill it from storage;
// ReportRenderer paints it on a PDF writer or a printer; ReportFingerprint hashes its content.
// Every text is printed exactly as written: nothing here is ever read as markup.

enum class Orientation
{
    Portrait,
    Landscape,
};

struct Title
{
    Title() = default;
    explicit Title(QString text_, QString subtitle_ = {}, Qt::Alignment alignment_ = Qt::AlignLeft)
        : text(std::move(text_)), subtitle(std::move(subtitle_)), alignment(alignment_)
    {}
    QString text;
    QString subtitle; // one line under the title, smaller and grey; may be empty
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Heading
{
    Heading() = default;
    explicit Heading(QString text_, int level_ = 1) : text(std::move(text_)), level(level_) {}
    QString text;
    int level = 1; // 1: a section's heading with a rule under it; 2: a sub-heading
};

struct Paragraph
{
    Paragraph() = default;
    explicit Paragraph(QString text_) : text(std::move(text_)) {}
    QString text; // line breaks are kept
    qreal indentMm = 0;
    qreal spaceBeforeMm = 1.5;
    Qt::Alignment alignment = Qt::AlignLeft;
    bool emphasis = false;     // bold
    bool boxed = false;        // a framed notice (the self-declaration statement)
    bool keepTogether = false; // never split over two pages (a closing block)
    qreal points = 0;          // 0: the body size
};

// A row of key figures: the value large, its label under it, an optional note.
struct KeyFigure
{
    KeyFigure() = default;
    KeyFigure(QString label_, QString value_, QString note_ = {})
        : label(std::move(label_)), value(std::move(value_)), note(std::move(note_))
    {}
    QString label;
    QString value;
    QString note;
};

struct KeyFigures
{
    QList<KeyFigure> figures;
};

struct TableColumn
{
    TableColumn() = default;
    TableColumn(QString title_, qreal share_ = 1, Qt::Alignment alignment_ = Qt::AlignLeft)
        : title(std::move(title_)), share(share_), alignment(alignment_)
    {}
    QString title;
    qreal share = 1; // of the table's width, relative to the other columns
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Rows read on demand, for tables too large to hold (the ledger of 100,000 devices): `forEach`
// calls `row` once per row in order and stops early, returning Cancelled, when `row` returns
// false. It may be called more than once and must give the same rows each time.
struct RowStream
{
    qint64 rowCount = 0;
    std::function<Status(const std::function<bool(const QStringList &row)> &row)> forEach;
};

// The header row repeats on every page the table runs onto.
struct Table
{
    QList<TableColumn> columns;
    QList<QStringList> rows;
    std::optional<RowStream> stream; // instead of `rows`
    QString emptyText;               // printed when there are no rows
    qreal points = 0;                // 0: the table size
    qreal extraRowSpaceMm = 0;       // room to write in by hand under each row
    bool boldFirstColumn = false;
    bool showHeader = true; // false for a list of labels and values
};

// A chart drawn beforehand as an image; `data` is what it shows, as text, for the fingerprint
// (the pixels depend on fonts; the numbers do not).
struct Chart
{
    QImage image;
    QString caption;
    QString data;
    qreal heightMm = 60;
};

// Boxes to sign and stamp by hand: each with its label above an empty area.
struct SignatureBlock
{
    struct Field
    {
        Field() = default;
        Field(QString label_, qreal share_ = 1, bool square_ = false)
            : label(std::move(label_)), share(share_), square(square_)
        {}
        QString label;
        qreal share = 1;
        bool square = false; // a seal (印) box
    };
    QString caption;
    QList<Field> fields;
    qreal heightMm = 28;
};

struct PageBreak
{};

using Block =
    std::variant<Title, Heading, Paragraph, KeyFigures, Table, Chart, SignatureBlock, PageBreak>;

struct Section
{
    Orientation orientation = Orientation::Portrait;
    bool newPage = false; // a change of orientation always starts a page
    QList<Block> blocks;
};

struct Document
{
    QString type;     // "management", "evidence", "assets", "incident", "contacts", "policy"
    QString title;    // in the header of every page
    QString company;  // in the header of every page
    QString banner;   // a mark on every page, e.g. that an incident was an exercise
    QString footnote; // in every footer (the policy's version), may be empty
    UiLanguage language = UiLanguage::Japanese;
    bool fitOnOnePage = false; // shrink the type until everything fits on one page
    QList<Section> sections;

    Section &addSection(Orientation orientation = Orientation::Portrait, bool newPage = false);
    // Appends to the last section (making one when there is none).
    void add(Block block);
    // Reads every streamed table into its rows, so the document no longer needs the connection
    // its streams read from: built on a worker, it can be painted on the GUI thread (print
    // preview). The content, and so the fingerprint, stays the same. `progress` counts rows.
    Status readStreams(const ProgressCallback &progress = {});
};

} // namespace mamori::report

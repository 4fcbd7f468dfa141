#pragma once

#include "inventory/AssetImport.h"
#include "inventory/ImportPlan.h"
#include "io/CsvReader.h"

#include <QThread>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

// Parsing an import's rows on every core, handed out in row order: what AssetImporter::parse()
// and the streamed import (services/AssetImportService) share.
namespace mamori::import {

// Where the rows of a chunk come from, on the parsing threads: slices of a table read
// already, or pieces of a CSV file's text turned into rows there.
class RowSource
{
public:
    explicit RowSource(const ImportSource &source) : m_source(source) {}

    qsizetype rowsAtMost() const { return m_source.rowsAtMost(); }
    qsizetype chunkCount() const
    {
        if (const auto *document = std::get_if<CsvDocument>(&m_source.content))
            return document->pieces.size();
        return (std::get<Table>(m_source.content).rows.size() + tableChunkRows - 1) /
               tableChunkRows;
    }

    // Each chunk may be taken on any thread, and taken again by a second pass (a date column
    // whose order the first pass settled).
    QList<TableRow> take(qsizetype chunk) const
    {
        // Borrowed cells: the rows, the records made from them and their keys are all gone
        // before parseAndWrite() returns, and the document with them; problems copy what they
        // quote.
        if (const auto *document = std::get_if<CsvDocument>(&m_source.content))
            return CsvReader::rows(*document, chunk, CsvReader::Cells::Borrowed);
        const QList<TableRow> &all = std::get<Table>(m_source.content).rows;
        const qsizetype begin = chunk * tableChunkRows;
        return all.mid(begin, std::min(tableChunkRows, all.size() - begin)); // shares the cells
    }

private:
    static constexpr qsizetype tableChunkRows = 1024;
    const ImportSource &m_source;
};

// For a ChunkParser whose records are not made ready for an insert.
struct NoPreparation
{};

// Parses chunks of rows on worker threads and hands them out in row order, each with its
// records made ready for an insert when asked. Workers stay a few chunks ahead of the reader
// and free what is done with (the rows they parsed, the chunks given back). A reader that would
// wait parses the next chunk itself, so no core sits idle while the reader waits for rows.
template<typename Record, typename Prepared = NoPreparation> class ChunkParser
{
public:
    using Prepare = void (*)(const Record &, Prepared &);
    struct Chunk
    {
        ParsedRows<Record> parsed;
        std::vector<Prepared> prepared; // per record, when there is a `prepare`
    };

    // `prepare`, when given, makes each record ready for an insert on the parsing thread.
    ChunkParser(const RowSource &source, const ImportPlan &plan, Prepare prepare = nullptr)
        : m_source(source), m_plan(plan), m_prepare(prepare), m_chunkCount(source.chunkCount())
    {
        // The reader is a parser too: one worker per other core.
        for (int worker = 1; worker < std::max(2, QThread::idealThreadCount()); ++worker)
            m_workers.emplace_back([this] { work(); });
    }

    ~ChunkParser()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_workers.clear(); // joins
    }

    ChunkParser(const ChunkParser &) = delete;
    ChunkParser &operator=(const ChunkParser &) = delete;

    // The next chunk in row order, once parsed; nothing after the last.
    std::optional<Chunk> next()
    {
        std::unique_lock lock(m_mutex);
        if (m_consumed == m_chunkCount)
            return std::nullopt;
        std::optional<Chunk> &slot = m_slots[m_consumed % slotCount];
        while (!slot.has_value()) {
            if (claimable()) {
                parseNext(lock);
                continue;
            }
            m_changed.wait(lock);
        }
        std::optional<Chunk> chunk = std::exchange(slot, std::nullopt);
        ++m_consumed;
        lock.unlock();
        m_changed.notify_all();
        return chunk;
    }

    // Gives a chunk back once its records are written: its row buffers serve a later chunk,
    // and a worker frees its records.
    void recycle(Chunk &&chunk)
    {
        const std::lock_guard lock(m_mutex);
        m_spareRows.push_back(std::move(chunk.prepared));
        m_done.push_back(std::move(chunk.parsed.records));
    }

private:
    static constexpr qsizetype slotCount = 8; // how far ahead the parsers may go, in chunks

    bool claimable() const
    {
        return m_claimed < m_chunkCount && m_claimed < m_consumed + slotCount;
    }

    void work()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_stopping || claimable() || finished(); });
            if (m_stopping || !claimable())
                return;
            std::vector<QList<Record>> done;
            done.swap(m_done);
            lock.unlock();
            done.clear(); // frees written records, outside the lock
            lock.lock();
            if (claimable())
                parseNext(lock);
        }
    }

    bool finished() const { return m_claimed == m_chunkCount; }

    // Claims the next chunk and parses it with the lock released; `lock` is held again after.
    void parseNext(std::unique_lock<std::mutex> &lock)
    {
        const qsizetype index = m_claimed++;
        std::vector<Prepared> prepared;
        if (!m_spareRows.empty()) {
            prepared = std::move(m_spareRows.back());
            m_spareRows.pop_back();
        }
        lock.unlock();
        Chunk chunk;
        {
            const QList<TableRow> rows = m_source.take(index);
            parseRows(rows.constData(), rows.size(), m_plan, chunk.parsed);
        } // the rows go here; values the records took are shared, not freed
        if (m_prepare) {
            const QList<Record> &records = chunk.parsed.records;
            prepared.resize(records.size());
            for (qsizetype i = 0; i < records.size(); ++i)
                m_prepare(records[i], prepared[i]);
            chunk.prepared = std::move(prepared);
        }
        lock.lock();
        m_slots[index % slotCount] = std::move(chunk);
        m_changed.notify_all();
    }

    const RowSource &m_source;
    const ImportPlan &m_plan;
    const Prepare m_prepare;
    const qsizetype m_chunkCount;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::array<std::optional<Chunk>, slotCount> m_slots;
    std::vector<std::vector<Prepared>> m_spareRows;
    std::vector<QList<Record>> m_done; // records written, for a worker to free
    qsizetype m_claimed = 0;           // chunks taken by a parser
    qsizetype m_consumed = 0;          // chunks handed to the reader
    bool m_stopping = false;
    std::vector<std::jthread> m_workers; // last: joined before the rest goes
};

} // namespace mamori::import

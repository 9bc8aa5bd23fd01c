// `sqlcore insert`: rows of a CSV or JSON-lines file into a table, typed by its columns, in
// one transaction and executemany batches.
// SPDX-License-Identifier: MIT
#include "insert.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "common.hpp"
#include "convert.hpp"
#include "csv.hpp"

namespace sqlcore::tools {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;  // keys in the order of the file

std::string read_input(const std::string& file) {
  if (file == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::error_code ec;
  if (!fs::exists(file, ec)) throw Failure("'" + file + "': no such file");
  if (fs::is_directory(file, ec)) throw Failure("'" + file + "': is a directory");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Failure("'" + file + "': cannot be read");
  std::string data;
  data.resize(static_cast<std::size_t>(fs::file_size(file, ec)));
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  data.resize(static_cast<std::size_t>(in.gcount()));
  return data;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// A progress bar on stderr when it is a terminal: percent of the input, rows, rows/s.
class ProgressBar {
 public:
  explicit ProgressBar(std::size_t total_bytes)
      : total_(total_bytes), tty_(is_terminal(2) && total_bytes > 0) {}
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar() {
    if (drawn_) std::fputc('\n', stderr);
  }
  void update(std::size_t bytes, std::size_t rows) {
    if (!tty_) return;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    constexpr int kWidth = 30;
    int filled = static_cast<int>(static_cast<double>(kWidth) * static_cast<double>(bytes) /
                                  static_cast<double>(total_));
    filled = std::clamp(filled, 0, kWidth);
    std::fprintf(stderr, "\r[%s%s] %3d%%  %zu rows  %.0f rows/s",
                 std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(kWidth - filled), ' ').c_str(),
                 static_cast<int>(100.0 * static_cast<double>(bytes) / static_cast<double>(total_)),
                 rows, secs > 0 ? static_cast<double>(rows) / secs : 0.0);
    std::fflush(stderr);
    drawn_ = true;
  }

 private:
  std::size_t total_;
  bool tty_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// The columns the file gives, matched to the table's.
struct Target {
  std::string name;  // as the table names it
  ValueKind kind = ValueKind::null;
};

// Rows converted and waiting for their batch: values row-major, each row's line.
class Batches {
 public:
  Batches(Connection& conn, const Compiled& insert, std::string file, std::size_t width,
          std::size_t rows_per_batch)
      : conn_(conn),
        insert_(insert),
        file_(std::move(file)),
        width_(width),
        rows_per_batch_(std::max<std::size_t>(1, rows_per_batch)) {
    values_.reserve(rows_per_batch_ * width_);
  }
  std::vector<Value>& values() noexcept { return values_; }
  void end_row(std::size_t line) {
    lines_.push_back(line);
    if (lines_.size() >= rows_per_batch_) flush();
  }
  std::size_t inserted() const noexcept { return inserted_; }

  // Runs the waiting rows. A value the column's type refuses is named by its row's line; a
  // constraint SQLite enforces is found by running the batch again row by row (the whole
  // transaction rolls back anyway).
  void flush() {
    std::size_t n = lines_.size();
    if (n == 0) return;
    std::size_t last = 0;
    auto fill = [&](std::size_t base) {
      return [&, base](std::size_t r, std::vector<Value>& out) {
        last = base + r;
        const Value* row = &values_[(base + r) * width_];
        out.insert(out.end(), row, row + width_);
      };
    };
    try {
      conn_.execute_rows(insert_, n, fill(0));
    } catch (const ValueError& e) {
      throw at_line(lines_[last], one_line(e));
    } catch (const IntegrityError& e) {
      for (std::size_t r = 0; r < n; ++r) {
        try {
          conn_.execute_rows(insert_, 1, fill(r));
        } catch (const IntegrityError& again) {
          throw at_line(lines_[r], again.sqlite_message());
        }
      }
      throw at_line(lines_.front(), e.sqlite_message());
    }
    inserted_ += n;
    values_.clear();
    lines_.clear();
  }

  Failure at_line(std::size_t line, const std::string& msg) const {
    return Failure(file_ + ":" + std::to_string(line) + ": " + msg + "; nothing was inserted");
  }

 private:
  Connection& conn_;
  const Compiled& insert_;
  std::string file_;
  std::size_t width_;
  std::size_t rows_per_batch_;
  std::vector<Value> values_;
  std::vector<std::size_t> lines_;
  std::size_t inserted_ = 0;
};

std::string joined_columns(const Table& table) {
  std::string s;
  for (const Column& c : table.columns()) s += (s.empty() ? "" : ", ") + c.name();
  return s;
}

// The table's columns for the file's names, in the file's order. Failure for a name the
// table lacks or a name given twice.
std::vector<Target> match_columns(const Table& table, const std::vector<std::string>& names,
                                  const std::string& where) {
  std::vector<Target> out;
  for (const std::string& name : names) {
    const Column* found = nullptr;
    for (const Column& c : table.columns())
      if (iequals(c.name(), name)) found = &c;
    if (found == nullptr)
      throw Failure(where + ": column '" + name + "' is not in table '" + table.name() +
                    "' (its columns: " + joined_columns(table) + "); nothing was inserted");
    for (const Target& t : out)
      if (t.name == found->name())
        throw Failure(where + ": column '" + name + "' is given twice; nothing was inserted");
    out.push_back({found->name(), found->type().value_kind()});
  }
  return out;
}

// The table, reflected, or made (in the transaction) from `names` and `guesses` when it does
// not exist and `create` is set.
const Table& find_or_create(Connection& conn, MetaData& meta, const InsertOptions& options,
                            const std::vector<std::string>& names,
                            const std::vector<TypeGuess>& guesses) {
  try {
    return meta.reflect_table(conn, options.table);
  } catch (const NoSuchTableError&) {
    if (!options.create)
      throw Failure("no such table: " + options.table +
                    " (pass --create to make it from the file's columns)");
  }
  if (names.empty()) throw Failure("'" + options.file + "': no columns to make a table of");
  TableArgs args;
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t k = 0; k < i; ++k)
      if (iequals(names[k], names[i]))
        throw Failure("'" + options.file + "': column '" + names[i] + "' is given twice");
    args.add(Column(names[i], guesses[i].type()));
  }
  Table& table = meta.add_table(options.table, std::move(args));
  conn.exec_driver_sql(CreateTable(table).compile(sqlite_dialect()));
  return table;
}

struct Loader {
  const InsertOptions& options;
  Connection& conn;
  std::string data;
  ProgressBar bar;

  std::string where(std::size_t line) const { return options.file + ":" + std::to_string(line); }

  std::size_t csv() {
    CsvReader reader(data);
    std::vector<CsvField> fields;
    std::vector<std::string> names;
    try {
      if (!reader.next(fields)) throw Failure("'" + options.file + "': no header line");
      for (const CsvField& f : fields) names.push_back(f.text);
    } catch (const CsvError& e) {
      throw Failure(where(e.line) + ": " + e.what() + "; nothing was inserted");
    }
    const std::size_t width = names.size();
    std::size_t header_line = reader.line();
    std::vector<TypeGuess> guesses(width);
    if (options.create) {  // a first pass, for the types of a table it may make
      try {
        while (reader.next(fields)) {
          for (std::size_t i = 0; i < fields.size() && i < width; ++i)
            if (!fields[i].text.empty() || fields[i].quoted) guesses[i].see_text(fields[i].text);
        }
      } catch (const CsvError& e) {
        throw Failure(where(e.line) + ": " + e.what() + "; nothing was inserted");
      }
      reader.rewind();
      reader.next(fields);
    }
    MetaData meta;
    const Table& table = find_or_create(conn, meta, options, names, guesses);
    std::vector<Target> targets = match_columns(table, names, where(header_line));
    Compiled insert = table.insert().columns(column_names(targets)).compile(sqlite_dialect());
    Batches batches(conn, insert, options.file, width, options.batch_rows);
    std::size_t rows = 0;
    try {
      while (reader.next(fields)) {
        if (fields.size() != width)
          throw batches.at_line(reader.line(), "the line has " + std::to_string(fields.size()) +
                                                   " fields, the header " + std::to_string(width));
        std::vector<Value>& out = batches.values();
        for (std::size_t i = 0; i < width; ++i) {
          const CsvField& f = fields[i];
          if (f.text.empty() && !f.quoted) {
            out.emplace_back();
            continue;
          }
          try {
            out.push_back(from_text(targets[i].kind, f.text));
          } catch (const ConversionError& e) {
            throw batches.at_line(reader.line(), "column '" + targets[i].name + "': " + e.what());
          }
        }
        batches.end_row(reader.line());
        if (++rows % options.batch_rows == 0) bar.update(reader.position(), rows);
      }
    } catch (const CsvError& e) {
      throw Failure(where(e.line) + ": " + e.what() + "; nothing was inserted");
    }
    batches.flush();
    bar.update(data.size(), rows);
    return batches.inserted();
  }

  // The objects of a JSON-lines file, each with its line; blank lines skipped.
  template <class Each>
  void each_object(Each&& each) {
    std::size_t line = 0, at = 0;
    while (at < data.size()) {
      std::size_t end = data.find('\n', at);
      if (end == std::string::npos) end = data.size();
      ++line;
      std::string_view text(data.data() + at, end - at);
      std::size_t next = end + 1;
      if (text.find_first_not_of(" \t\r") != std::string_view::npos) {
        Json obj = Json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (obj.is_discarded()) throw Failure(where(line) + ": not JSON; nothing was inserted");
        if (!obj.is_object())
          throw Failure(where(line) + ": a JSON " + obj.type_name() +
                        ", not an object; nothing was inserted");
        each(obj, line, std::min(next, data.size()));
      }
      at = next;
    }
  }

  std::size_t jsonl() {
    // First pass: every key, in the order they first appear (and the types --create makes).
    std::vector<std::string> names;
    std::vector<TypeGuess> guesses;
    each_object([&](const Json& obj, std::size_t, std::size_t) {
      for (const auto& [key, value] : obj.items()) {
        auto it = std::find(names.begin(), names.end(), key);
        if (it == names.end()) {
          names.push_back(key);
          guesses.emplace_back();
          it = names.end() - 1;
        }
        guesses[static_cast<std::size_t>(it - names.begin())].see_json(value);
      }
    });
    MetaData meta;
    const Table& table = find_or_create(conn, meta, options, names, guesses);
    std::vector<Target> targets = match_columns(table, names, options.file);
    if (targets.empty()) return 0;
    Compiled insert = table.insert().columns(column_names(targets)).compile(sqlite_dialect());
    const std::size_t width = targets.size();
    Batches batches(conn, insert, options.file, width, options.batch_rows);
    std::size_t rows = 0;
    each_object([&](const Json& obj, std::size_t line, std::size_t position) {
      std::vector<Value>& out = batches.values();
      std::size_t first = out.size();
      out.resize(first + width);  // a key the object lacks is NULL
      for (const auto& [key, value] : obj.items()) {
        std::size_t i =
            static_cast<std::size_t>(std::find(names.begin(), names.end(), key) - names.begin());
        try {
          out[first + i] = from_json(targets[i].kind, value);
        } catch (const ConversionError& e) {
          throw batches.at_line(line, "column '" + targets[i].name + "': " + e.what());
        }
      }
      batches.end_row(line);
      if (++rows % options.batch_rows == 0) bar.update(position, rows);
    });
    batches.flush();
    bar.update(data.size(), rows);
    return batches.inserted();
  }

  static std::vector<std::string> column_names(const std::vector<Target>& targets) {
    std::vector<std::string> names;
    for (const Target& t : targets) names.push_back(t.name);
    return names;
  }
};

InputFormat format_of(const InsertOptions& options) {
  if (options.format != InputFormat::automatic) return options.format;
  std::string ext = fs::path(options.file).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".jsonl" || ext == ".ndjson" || ext == ".json" ? InputFormat::jsonl
                                                               : InputFormat::csv;
}

}  // namespace

std::size_t run_insert(const InsertOptions& options) {
  std::string data = read_input(options.file);
  Engine engine = open_database(options.db, Access::read_write);
  Connection conn = engine.connect();
  Transaction tx = conn.begin();
  std::size_t size = data.size();
  Loader loader{options, conn, std::move(data), ProgressBar(size)};
  std::size_t rows = format_of(options) == InputFormat::jsonl ? loader.jsonl() : loader.csv();
  tx.commit();
  return rows;
}

}  // namespace sqlcore::tools

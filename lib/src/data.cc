// Lexicon loading: embedded data/*.tsv (cmake/embed.cmake) or CLAIMKIT_DATA_DIR.
#include "claimkit/data.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

namespace claimkit {
namespace internal {
extern const std::pair<std::string_view, std::string_view> kEmbeddedData[];
extern const int kEmbeddedDataCount;
}  // namespace internal

Result<std::string> ReadDataFile(std::string_view name) {
  if (const char* dir = std::getenv("CLAIMKIT_DATA_DIR"); dir && *dir) {
    std::string path = std::string(dir) + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return Status::Error(StatusCode::kIoError, "cannot open data file " + path +
                                                     " (CLAIMKIT_DATA_DIR is set)");
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  for (int i = 0; i < internal::kEmbeddedDataCount; ++i) {
    if (internal::kEmbeddedData[i].first == name) {
      return std::string(internal::kEmbeddedData[i].second);
    }
  }
  return Status::Error(StatusCode::kIoError, "no data file " + std::string(name) +
                                                 " (not embedded at build time)");
}

Result<std::vector<TsvRow>> ParseTsv(std::string_view name, std::string_view contents,
                                     int min_columns) {
  std::vector<TsvRow> rows;
  int line_no = 0;
  size_t pos = 0;
  auto error = [&](const std::string& msg) {
    return Status::Error(StatusCode::kInvalidInput,
                         std::string(name) + ":" + std::to_string(line_no) + ": " + msg);
  };
  while (pos < contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.rfind("#format\t", 0) == 0) {
      if (line.substr(8) != "1") return error("unsupported format version '" +
                                              std::string(line.substr(8)) + "'");
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    TsvRow row;
    row.line = line_no;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      row.columns.emplace_back(line.substr(start, tab == std::string_view::npos
                                                      ? std::string_view::npos
                                                      : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (static_cast<int>(row.columns.size()) < min_columns) {
      return error("expected " + std::to_string(min_columns) + " columns, got " +
                   std::to_string(row.columns.size()));
    }
    if (row.columns[0].empty()) return error("empty first column");
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<std::vector<TsvRow>> LoadTsv(std::string_view name, int min_columns) {
  Result<std::string> contents = ReadDataFile(name);
  if (!contents.ok()) return contents.status();
  return ParseTsv(name, contents.value(), min_columns);
}

}  // namespace claimkit

// Lexicon data files (data/*.tsv), embedded into the binary at build time.
//
// Format: UTF-8, one entry per line, TAB-separated columns, '#' starts a comment
// line, blank lines ignored. The first non-comment line may be a header
// "#format<TAB>N" (a comment, checked when present). Setting CLAIMKIT_DATA_DIR
// makes claimkit read the files from that directory instead, for experiments.
#ifndef CLAIMKIT_DATA_H_
#define CLAIMKIT_DATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimkit/status.h"

namespace claimkit {

struct TsvRow {
  int line = 0;                      // 1-based line number in the file
  std::vector<std::string> columns;  // at least min_columns
};

// Raw contents of data/<name>; kIoError if neither embedded nor in CLAIMKIT_DATA_DIR.
Result<std::string> ReadDataFile(std::string_view name);

// Parses data/<name>. Errors name the file and line: "units.tsv:42: expected 3 columns, got 2".
Result<std::vector<TsvRow>> LoadTsv(std::string_view name, int min_columns);

// Same, over given contents (for tests: a lexicon of 3 entries).
Result<std::vector<TsvRow>> ParseTsv(std::string_view name, std::string_view contents,
                                     int min_columns);

}  // namespace claimkit

#endif  // CLAIMKIT_DATA_H_

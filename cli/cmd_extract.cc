// claimkit extract: flags -> RunOptions -> io/runner (all logic lives in io/).
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

#include "commands.h"
#include "io/runner.h"

namespace claimkit::cli {

namespace {
const char kHelp[] =
    "usage: claimkit extract [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Extracts claim records: numeric claims (kind \"numeric\": quantity, measure, time,\n"
    "source, change check) and quotes (kind \"quote\": content, speaker, cue). Every\n"
    "record has doc_id, span and text; spans are byte offsets into the document text as\n"
    "read. Schema: docs/schema.md; inputs: docs/inputs.md; outputs: docs/outputs.md.\n"
    "\n"
    "inputs:\n"
    "  FILE, DIR (recursive), - (stdin); gzip and zstd files are read transparently\n"
    "  --input-format FMT     auto (default: by name, then content), text, jsonl, html, warc\n"
    "  --include GLOB         in directories, read only matching files (repeatable)\n"
    "  --exclude GLOB         in directories, skip matching files and directories (repeatable)\n"
    "  --from-list FILE       read the paths to process from FILE, one per line (- = stdin)\n"
    "  --max-doc-bytes N      larger documents are errors, not cut (default 67108864)\n"
    "  --strict               invalid UTF-8 is an error (default: repaired, warning)\n"
    "  --doc-id MODE          doc_id of files without an id of their own: stem (default; the\n"
    "                         name without directory and extensions) or path (as given);\n"
    "                         records of JSON Lines and WARC files add :RECORD\n"
    "\n"
    "outputs:\n"
    "  -o, --output FILE      write FILE atomically (temp file + rename); default stdout\n"
    "  --format FMT           jsonl (one claim per line; default), json (one document per\n"
    "                         line), csv, tsv, sqlite (needs -o), text (one readable line\n"
    "                         per claim, for reading; not for programs); default from -o's\n"
    "                         extension\n"
    "  --fields LIST          csv/tsv columns, or jsonl/json claim keys, comma-separated\n"
    "  --kinds LIST           quote,numeric (default: both)\n"
    "  --min-confidence X     drop claims below X (0..1)\n"
    "  --resume               sqlite: keep the database, skip documents already in it\n"
    "  --no-doc-text          sqlite/json: do not store document texts\n"
    "  --errors FILE          failed documents as JSON Lines: file, record, offset, code, reason\n"
    "\n"
    "run:\n"
    "  -j, --threads N        worker threads (default: all cores); output order is the\n"
    "                         input order, identical for every N\n"
    "  --progress             progress lines on stderr even when it is not a terminal\n"
    "  -q, --quiet            no progress, per-error lines or summary\n"
    "  -h, --help             this help\n"
    "\n"
    "Ctrl-C stops reading, writes what was read (valid output) and prints the summary.\n"
    "\n"
    "exit codes: 0 all documents ok, 1 some documents failed, 2 usage or fatal error,\n"
    "            130 interrupted\n";

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, ',')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string FormatFromPath(const std::string& path) {
  if (EndsWith(path, ".sqlite") || EndsWith(path, ".sqlite3") || EndsWith(path, ".db")) return "sqlite";
  if (EndsWith(path, ".csv")) return "csv";
  if (EndsWith(path, ".tsv")) return "tsv";
  if (EndsWith(path, ".json")) return "json";
  if (EndsWith(path, ".txt")) return "text";
  return "jsonl";
}

int Usage(const std::string& msg) {
  std::cerr << "claimkit extract: " << msg << " (see --help)\n";
  return 2;
}

bool ParseNumber(const std::string& v, double* out) {
  char* end = nullptr;
  *out = std::strtod(v.c_str(), &end);
  return !v.empty() && end && *end == 0;
}
}  // namespace

int RunExtract(const Args& args) {
  RunOptions o;
  bool format_set = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    std::string v;
    // --name=value
    if (a.rfind("--", 0) == 0 && a.find('=') != std::string::npos) {
      v = a.substr(a.find('=') + 1);
      a = a.substr(0, a.find('='));
    } else if (a.rfind("-j", 0) == 0 && a.size() > 2) {
      v = a.substr(2);
      a = "-j";
    }
    auto value = [&](std::string* out) {
      if (!v.empty()) {
        *out = v;
        return true;
      }
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    double num = 0;
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a == "--strict") {
      o.pipeline.normalize.strict = true;
    } else if (a == "--resume") {
      o.output.resume = true;
    } else if (a == "--no-doc-text") {
      o.output.doc_text = false;
    } else if (a == "-q" || a == "--quiet") {
      o.quiet = true;
    } else if (a == "--progress") {
      o.progress = true;
    } else if (a == "--input-format") {
      if (!value(&o.input.format)) return Usage(a + " needs a value");
    } else if (a == "--doc-id") {
      if (!value(&o.input.doc_id)) return Usage(a + " needs a value");
      if (o.input.doc_id != "stem" && o.input.doc_id != "path") return Usage("--doc-id is stem or path");
    } else if (a == "--format") {
      if (!value(&o.output.format)) return Usage(a + " needs a value");
      format_set = true;
    } else if (a == "-o" || a == "--output") {
      if (!value(&o.output.path)) return Usage(a + " needs a value");
    } else if (a == "--errors") {
      if (!value(&o.errors_path)) return Usage(a + " needs a value");
    } else if (a == "--from-list") {
      if (!value(&o.from_list)) return Usage(a + " needs a value");
    } else if (a == "--include" || a == "--exclude") {
      if (!value(&v)) return Usage(a + " needs a value");
      (a == "--include" ? o.walk.include : o.walk.exclude).push_back(v);
    } else if (a == "--fields") {
      if (!value(&v)) return Usage(a + " needs a value");
      o.output.fields = SplitComma(v);
    } else if (a == "--kinds") {
      if (!value(&v)) return Usage(a + " needs a value");
      for (std::string k : SplitComma(v)) {
        if (k == "quotes") k = "quote";
        if (k == "numbers" || k == "numerics") k = "numeric";
        o.kinds.push_back(k);
      }
    } else if (a == "--min-confidence") {
      if (!value(&v) || !ParseNumber(v, &o.min_confidence)) return Usage("--min-confidence needs a number");
    } else if (a == "--max-doc-bytes") {
      if (!value(&v) || !ParseNumber(v, &num) || num < 1) return Usage("--max-doc-bytes needs a positive number");
      o.input.max_doc_bytes = static_cast<uint64_t>(num);
    } else if (a == "-j" || a == "--threads") {
      if (!value(&v) || !ParseNumber(v, &num) || num < 0) return Usage("-j needs a number");
      o.threads = static_cast<int>(num);
    } else if (a.size() > 1 && a[0] == '-') {
      return Usage("unknown option '" + a + "'");
    } else {
      o.inputs.push_back(a);
    }
  }
  if (!format_set && o.output.path != "-") o.output.format = FormatFromPath(o.output.path);
  if (o.output.resume && o.output.format != "sqlite") return Usage("--resume needs --format sqlite");
  if (o.inputs.empty() && o.from_list.empty()) {
    if (isatty(0)) {
      std::cerr << kHelp;
      return 2;
    }
    o.inputs.push_back("-");
  }
  RunSummary s = RunExtraction(o, std::cerr);
  if (!s.fatal.ok() && s.fatal.code == StatusCode::kInvalidArgument) std::cerr << "(see --help)\n";
  return s.ExitCode();
}

}  // namespace claimkit::cli

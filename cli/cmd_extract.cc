// claimkit extract: claim records as JSON Lines.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

#include "claimkit/pipeline.h"
#include "commands.h"
#include "extractors/registry.h"
#include "io/input.h"
#include "io/json_out.h"

namespace claimkit::cli {

namespace {
const char kHelp[] =
    "usage: claimkit extract [OPTIONS] [FILE...|-]\n"
    "\n"
    "Prints one JSON object per claim (JSON Lines): numeric claims (kind \"numeric\":\n"
    "quantity, measure, time, source, change check) and quotes (kind \"quote\": content,\n"
    "speaker, cue). Every record has doc_id, span and text; spans are byte offsets into\n"
    "the document text as read. Schema: docs/schema.md.\n"
    "\n"
    "options:\n"
    "  --input-format FMT     auto (default), text, jsonl\n"
    "  --kinds LIST           quote,numeric (default: both)\n"
    "  --min-confidence X     drop claims below X (0..1)\n"
    "  --strict               invalid UTF-8 is an error (default: repaired, warning)\n"
    "  --max-doc-bytes N      larger documents are errors (default 67108864)\n"
    "  -h, --help             this help\n"
    "\n"
    "exit codes: 0 ok, 1 some documents failed (see stderr), 2 usage or fatal error\n";

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, ',')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}
}  // namespace

int RunExtract(const Args& args) {
  PipelineOptions popts;
  InputOptions iopts;
  std::vector<std::string> files, kinds;
  double min_conf = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string v;
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) {
        std::cerr << "claimkit extract: " << a << " needs a value\n";
        return false;
      }
      *out = args[++i];
      return true;
    };
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a == "--strict") {
      popts.normalize.strict = true;
    } else if (a == "--input-format") {
      if (!value(&iopts.format)) return 2;
    } else if (a == "--kinds") {
      if (!value(&v)) return 2;
      for (const std::string& k : SplitComma(v)) kinds.push_back(k == "numeric" ? "numeric" : k);
    } else if (a == "--min-confidence") {
      if (!value(&v)) return 2;
      min_conf = std::atof(v.c_str());
    } else if (a == "--max-doc-bytes") {
      if (!value(&v)) return 2;
      iopts.max_doc_bytes = std::strtoull(v.c_str(), nullptr, 10);
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "claimkit extract: unknown option '" << a << "' (see --help)\n";
      return 2;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    if (isatty(0)) {
      std::cerr << kHelp;
      return 2;
    }
    files.push_back("-");
  }
  for (std::string& k : kinds) {
    if (k == "quotes") k = "quote";
  }
  auto ex = Extractors::Create(kinds);
  if (!ex.ok()) {
    std::cerr << "claimkit extract: " << ex.status().ToString() << "\n";
    return 2;
  }
  Analyzer analyzer(popts);
  int failed = 0;
  for (const std::string& f : files) {
    auto reader = OpenInput(f, iopts);
    InputItem item;
    while (reader->Next(&item)) {
      if (!item.doc) {
        std::cerr << "claimkit: error: " << item.error.ToString() << "\n";
        ++failed;
        continue;
      }
      Result<Analysis> a = analyzer.Analyze(*item.doc);
      if (!a.ok()) {
        std::cerr << "claimkit: error: " << a.status().ToString() << "\n";
        ++failed;
        continue;
      }
      for (const Claim& c : ex.value()->Run(a.value())) {
        if (c.confidence < min_conf) continue;
        std::cout << ClaimToJson(c, item.doc->text()) << "\n";
      }
    }
  }
  std::cout.flush();
  return failed ? 1 : 0;
}

}  // namespace claimkit::cli

// claimkit segment: paragraphs (with roles), sentences and, with --tokens, tokens.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "claimkit/pipeline.h"
#include "commands.h"
#include "io/input.h"
#include "io/json_out.h"

namespace claimkit::cli {

namespace {
const char kHelp[] =
    "usage: claimkit segment [OPTIONS] [FILE...|-]\n"
    "\n"
    "Prints one JSON object per document: doc_id, published (ISO date or null),\n"
    "paragraphs [{span, role}], sentences [{span, text, paragraph}] and, with --tokens,\n"
    "tokens [{span, type}]. Spans are byte offsets into the document text as read.\n"
    "A plain-text file is one document; JSON Lines ({\"id\",\"text\",...} per line) is\n"
    "read when the name ends in .jsonl or with --input-format jsonl.\n"
    "\n"
    "options:\n"
    "  --tokens               include tokens (word, number, punct, quote, currency,\n"
    "                         percent, symbol, url, email, handle)\n"
    "  --input-format FMT     auto (default), text, jsonl\n"
    "  --strict               invalid UTF-8 is an error (default: repaired, warning)\n"
    "  --plain-icu            ICU's sentence BreakIterator without claimkit's rules\n"
    "  --max-doc-bytes N      larger documents are errors (default 67108864)\n"
    "  --doc-id MODE          doc_id of files: stem (default; name without directory and\n"
    "                         extensions) or path (as given)\n"
    "  -h, --help             this help\n"
    "\n"
    "exit codes: 0 ok, 1 some documents failed (see stderr), 2 usage or fatal error\n";
}  // namespace

int RunSegment(const Args& args) {
  PipelineOptions popts;
  InputOptions iopts;
  bool tokens = false;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) {
        std::cerr << "claimkit segment: " << a << " needs a value\n";
        return false;
      }
      *out = args[++i];
      return true;
    };
    std::string v;
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a == "--tokens") {
      tokens = true;
    } else if (a == "--strict") {
      popts.normalize.strict = true;
    } else if (a == "--plain-icu") {
      popts.segment.rules = false;
    } else if (a == "--input-format") {
      if (!value(&iopts.format)) return 2;
      if (iopts.format != "auto" && iopts.format != "text" && iopts.format != "jsonl" &&
          iopts.format != "html" && iopts.format != "warc") {
        std::cerr << "claimkit segment: unknown --input-format '" << iopts.format << "'\n";
        return 2;
      }
    } else if (a == "--doc-id") {
      if (!value(&iopts.doc_id)) return 2;
      if (iopts.doc_id != "stem" && iopts.doc_id != "path") {
        std::cerr << "claimkit segment: --doc-id is stem or path\n";
        return 2;
      }
    } else if (a == "--max-doc-bytes") {
      if (!value(&v)) return 2;
      iopts.max_doc_bytes = std::strtoull(v.c_str(), nullptr, 10);
    } else if (a.size() > 1 && a[0] == '-' ) {
      std::cerr << "claimkit segment: unknown option '" << a << "' (see --help)\n";
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
  popts.tokens = tokens;
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
      for (const NormalizeWarning& w : a->norm.warnings()) {
        Status s = Status::Error(StatusCode::kInvalidInput, w.message);
        s.At(item.doc->meta().input_file, item.doc->meta().record, w.offset);
        std::cerr << "claimkit: warning: " << s.ToString() << "\n";
      }
      std::cout << SegmentationToJson(a.value(), tokens) << "\n";
    }
  }
  std::cout.flush();
  return failed ? 1 : 0;
}

}  // namespace claimkit::cli

// Embedding claimkit as a library: analyse one article held in memory and print its
// numeric claims with the words they stand on, and its quotes with their speakers.
//
//   build/examples/embed_example corpus/wire_dateline.txt
//
// Link with claimkit::extractors (which brings claimkit::core); add claimkit::io for
// the input readers and the JSON/CSV/SQLite writers (io/input.h, io/json_out.h).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "claimkit/document.h"
#include "claimkit/pipeline.h"
#include "extractors/registry.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: embed_example ARTICLE.txt\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "embed_example: cannot read %s\n", argv[1]);
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();

  claimkit::DocumentMeta meta;
  meta.id = "example";
  claimkit::Document doc(ss.str(), meta);

  // One Analyzer and one Extractors per thread; both are reusable across documents.
  claimkit::Analyzer analyzer;
  auto extractors = claimkit::Extractors::Create();  // all registered extractors
  if (!extractors.ok()) {
    std::fprintf(stderr, "embed_example: %s\n", extractors.status().ToString().c_str());
    return 2;
  }
  auto analysis = analyzer.Analyze(doc);
  if (!analysis.ok()) {
    std::fprintf(stderr, "embed_example: %s\n", analysis.status().ToString().c_str());
    return 1;
  }
  for (const claimkit::Claim& c : extractors.value()->Run(analysis.value())) {
    if (c.numeric) {
      const claimkit::Quantity& q = c.numeric->quantity;
      char value[32] = "(range)";
      if (q.value) std::snprintf(value, sizeof value, "%g", *q.value);
      std::printf("%s  number  %-24s value=%s unit=%s measure=%s\n", c.id.c_str(),
                  std::string(q.span.Of(doc.text())).c_str(),  // spans index the original text
                  value,
                  q.unit.value_or("-").c_str(), c.numeric->measure.value_or("-").c_str());
    } else if (c.quote) {
      std::printf("%s  quote   %-8s speaker=%s cue=%s\n", c.id.c_str(), c.quote->type.c_str(),
                  c.quote->speaker.name.value_or("(unknown)").c_str(),
                  c.quote->cue.value_or("-").c_str());
    }
  }
  return 0;
}

// Input readers: files, stdin, JSON Lines, (HTML, WARC, compressed: see docs/inputs.md).
//
//   auto reader = claimkit::OpenInput("articles.jsonl", opts);
//   claimkit::InputItem item;
//   while (reader->Next(&item)) {
//     if (item.doc) ... else report(item.error);
//   }
//
// Every record of an input yields exactly one item: a Document, or a Status naming
// file, record and byte offset. Opening errors come back as one error item.
#ifndef CLAIMKIT_IO_INPUT_H_
#define CLAIMKIT_IO_INPUT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "claimkit/document.h"
#include "claimkit/status.h"

namespace claimkit {

struct InputOptions {
  std::string format = "auto";           // auto, text, jsonl, html, warc
  uint64_t max_doc_bytes = 64ull << 20;  // larger documents are errors (kTooLarge), not cut
};

struct InputItem {
  std::optional<Document> doc;
  Status error;  // set when !doc
};

class InputReader {
 public:
  virtual ~InputReader() = default;
  // Fills *item with the next document or error; false at the end of input.
  virtual bool Next(InputItem* item) = 0;
};

// path "-" reads stdin. Format "auto": by name (.jsonl/.ndjson, .html/.htm, .warc,
// with .gz/.zst), else by content.
std::unique_ptr<InputReader> OpenInput(const std::string& path, const InputOptions& opts);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_INPUT_H_

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
#include <string_view>

#include "claimkit/document.h"
#include "claimkit/status.h"

namespace claimkit {

struct InputOptions {
  std::string format = "auto";           // auto, text, jsonl, html, warc
  uint64_t max_doc_bytes = 64ull << 20;  // larger documents are errors (kTooLarge), not cut
  // doc_id of a document read from a file without an id of its own: "stem" (the file
  // name without directory and extensions, "000_abc" for "seed/000_abc.txt.gz") or
  // "path" (the path as given). Records of multi-document files add ":<record>".
  std::string doc_id = "stem";
};

// The doc_id for a file per InputOptions::doc_id ("-" gives "stdin").
std::string FileDocId(const std::string& path, const std::string& mode);

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

// ---- Added for bulk runs (io/runner.h); formats in docs/inputs.md. ----

class ByteStream;  // io/decompress.h

// Resolves format "auto": by name (.jsonl/.ndjson, .html/.htm/.xhtml, .warc/.wet,
// .txt, after removing .gz/.zst/.zstd), else by the first decoded bytes `head`:
// "WARC/1." -> warc, '{' -> jsonl, an HTML doctype or <html>/<head>/<body> tag in the
// first 1 KiB -> html, otherwise text.
std::string DetectInputFormat(const std::string& path, std::string_view head);

// A reader over an already opened (possibly compressed) stream; `path` names it in
// metadata and errors. OpenInput = OpenByteStream + this.
std::unique_ptr<InputReader> OpenInputStream(const std::string& path,
                                             std::unique_ptr<ByteStream> in,
                                             const InputOptions& opts);

// An InputReader that yields one error item (for inputs that cannot be opened).
std::unique_ptr<InputReader> MakeFailedReader(Status error);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_INPUT_H_

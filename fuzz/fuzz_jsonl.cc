// libFuzzer target for the JSON Lines reader (and, through byte sniffing, the gzip and
// zstd stream decoders): arbitrary bytes as a .jsonl input.
//
// Checks (abort on violation): every item is a document or an error, never both or
// neither; errors name the input and a 1-based record; record numbers increase;
// no document is larger than max_doc_bytes; reading terminates.
//
//   build-fuzz/fuzz/fuzz_jsonl -max_len=65536 fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "io/decompress.h"
#include "io/input.h"

#define FUZZ_CHECK(cond, what)                               \
  do {                                                       \
    if (!(cond)) {                                           \
      std::fprintf(stderr, "fuzz_jsonl: %s\n", what);        \
      std::abort();                                          \
    }                                                        \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimkit;
  InputOptions opts;
  opts.format = "jsonl";
  opts.max_doc_bytes = 4096;
  auto reader = OpenInputStream(
      "fuzz.jsonl", ByteStreamFromString(std::string(reinterpret_cast<const char*>(data), size)), opts);
  InputItem item;
  int64_t last_record = 0;
  size_t items = 0;
  while (reader->Next(&item)) {
    FUZZ_CHECK(++items <= size + 2, "more items than lines");
    if (item.doc) {
      FUZZ_CHECK(item.error.ok(), "document with an error");
      FUZZ_CHECK(item.doc->text().size() <= opts.max_doc_bytes, "document over the cap");
      FUZZ_CHECK(item.doc->meta().record > last_record, "record numbers do not increase");
      FUZZ_CHECK(!item.doc->id().empty(), "document without id");
      last_record = item.doc->meta().record;
    } else {
      FUZZ_CHECK(!item.error.ok(), "item with neither document nor error");
      FUZZ_CHECK(item.error.file == "fuzz.jsonl", "error without the file");
      FUZZ_CHECK(item.error.record >= 1, "error without a record number");
      last_record = item.error.record;
    }
  }
  return 0;
}

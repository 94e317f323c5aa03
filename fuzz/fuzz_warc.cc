// libFuzzer target for the WARC reader (record framing, HTTP parsing, chunked and
// gzip bodies, HTML extraction), over plain or gzip'd bytes.
//
// Checks (abort on violation): every item is a document or an error; record numbers
// are >= 1 and do not decrease; reading terminates with at most one item per input byte.
//
//   build-fuzz/fuzz/fuzz_warc -max_len=65536 fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "io/decompress.h"
#include "io/input.h"

#define FUZZ_CHECK(cond, what)                              \
  do {                                                      \
    if (!(cond)) {                                          \
      std::fprintf(stderr, "fuzz_warc: %s\n", what);        \
      std::abort();                                         \
    }                                                       \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimkit;
  InputOptions opts;
  opts.format = "warc";
  opts.max_doc_bytes = 1 << 16;
  auto reader = OpenInputStream(
      "fuzz.warc", ByteStreamFromString(std::string(reinterpret_cast<const char*>(data), size)), opts);
  InputItem item;
  int64_t last_record = 0;
  size_t items = 0;
  while (reader->Next(&item)) {
    FUZZ_CHECK(++items <= size + 1, "more items than bytes");
    int64_t record = item.doc ? item.doc->meta().record : item.error.record;
    if (item.doc) {
      FUZZ_CHECK(item.error.ok(), "document with an error");
      FUZZ_CHECK(!item.doc->id().empty(), "document without id");
    } else {
      FUZZ_CHECK(!item.error.ok(), "item with neither document nor error");
    }
    FUZZ_CHECK(record >= 1, "record number below 1");
    FUZZ_CHECK(record >= last_record, "record numbers decrease");
    last_record = record;
  }
  return 0;
}

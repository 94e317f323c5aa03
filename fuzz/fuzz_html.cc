// libFuzzer target for HTML extraction (libgumbo + main-content selection + text layout).
//
// Checks (abort on violation): the extracted text is valid UTF-8 (invalid input is
// decoded as windows-1252); it has no leading/trailing whitespace and no run of more
// than two newlines; every html block span lies inside the text, is non-empty and
// starts and ends on character boundaries; metadata strings are valid UTF-8.
//
//   build-fuzz/fuzz/fuzz_html -max_len=65536 fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/html_reader.h"

#define FUZZ_CHECK(cond, what)                              \
  do {                                                      \
    if (!(cond)) {                                          \
      std::fprintf(stderr, "fuzz_html: %s\n", what);        \
      std::abort();                                         \
    }                                                       \
  } while (0)

namespace {

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c > 0xF4 || i + len > s.size()) return false;
    for (int k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

bool Boundary(std::string_view s, size_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimkit;
  HtmlExtract x = ExtractHtml(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::string& t = x.text;
  FUZZ_CHECK(ValidUtf8(t), "text is not valid UTF-8");
  for (const std::string* m : {&x.title, &x.author, &x.published, &x.url, &x.site}) {
    FUZZ_CHECK(ValidUtf8(*m), "metadata is not valid UTF-8");
  }
  if (!t.empty()) {
    FUZZ_CHECK(t.front() != ' ' && t.front() != '\n', "leading whitespace");
    FUZZ_CHECK(t.back() != ' ' && t.back() != '\n', "trailing whitespace");
  }
  FUZZ_CHECK(t.find("\n\n\n") == std::string::npos, "more than one blank line");
  for (const HtmlBlock& b : x.blocks) {
    FUZZ_CHECK(b.span.start < b.span.end, "empty block span");
    FUZZ_CHECK(b.span.end <= t.size(), "block span outside the text");
    FUZZ_CHECK(Boundary(t, b.span.start) && Boundary(t, b.span.end), "block span splits a character");
    FUZZ_CHECK(b.role == "blockquote" || b.role == "figcaption", "unknown block role");
  }
  return 0;
}

// extractors/text_eq.h: the inline comparisons agree with std::string_view's.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "extractors/text_eq.h"

namespace claimkit {
namespace {

TEST_CASE("text_eq: BytesEqual agrees with memcmp at every length up to 40") {
  const std::string base = "abcdefghijklmnopqrstuvwxyz0123456789ABCD";
  for (size_t n = 0; n <= base.size(); ++n) {
    CAPTURE(n);
    std::string a = base.substr(0, n), b = a;
    CHECK(BytesEqual(a.data(), b.data(), n));
    for (size_t k = 0; k < n; ++k) {  // one byte differs, wherever it is
      std::string c = a;
      c[k] = '#';
      CHECK_FALSE(BytesEqual(a.data(), c.data(), n));
    }
  }
}

TEST_CASE("text_eq: literal and string comparisons") {
  const std::string said = "said", s = "s";
  LiteralEqView w = std::string_view("said it").substr(0, 4);
  CHECK(w == "said");
  CHECK_FALSE(w == "sai");
  CHECK_FALSE(w == "saidx");
  CHECK(w != "says");
  CHECK(w == said);
  CHECK_FALSE(w == s);
  CHECK(LiteralEqView() == "");
  LiteralEqString kind = "percent";
  CHECK(kind == "percent");
  CHECK(kind != "percen");
  CHECK(kind != "count");
  kind = std::string("count");
  CHECK(kind == "count");
}

}  // namespace
}  // namespace claimkit

#include "claimkit/normalize.h"

#include <doctest/doctest.h>

#include <string>

using namespace claimkit;

TEST_CASE("normalize: ASCII without CR is the identity") {
  auto n = Normalize("Plain text, 10,000 people.\nNext line.");
  REQUIRE(n.ok());
  CHECK(n->identity());
  CHECK(n->text() == "Plain text, 10,000 people.\nNext line.");
  CHECK(n->ToOriginal(Span{6, 10}) == Span{6, 10});
}

TEST_CASE("normalize: quotes, dashes and spaces are folded, spans map back") {
  // “Yes” – she said (curly quotes 3 bytes each, en dash 3 bytes, NBSP 2 bytes)
  std::string in = "\xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x93 she\xC2\xA0said";
  auto n = Normalize(in);
  REQUIRE(n.ok());
  CHECK(n->text() == "\"Yes\" - she said");
  SUBCASE("a folded character maps to its whole original bytes") {
    CHECK(n->ToOriginal(Span{0, 1}) == Span{0, 3});
    CHECK(n->ToOriginal(Span{0, 5}) == Span{0, 9});  // “Yes”
  }
  SUBCASE("a word after folded characters") {
    size_t v = n->text().find("said");
    Span o = n->ToOriginal(Span{static_cast<uint32_t>(v), static_cast<uint32_t>(v + 4)});
    CHECK(in.substr(o.start, o.size()) == "said");
  }
  SUBCASE("FromOriginal inverts ToOriginal on character starts") {
    CHECK(n->FromOriginal(0u) == 0u);
    CHECK(n->FromOriginal(3u) == 1u);
  }
}

TEST_CASE("normalize: removed characters, CRLF, BOM, ellipsis") {
  auto n = Normalize("\xEF\xBB\xBF" "co\xC2\xADoperate\r\nWait\xE2\x80\xA6 ok\rend");
  REQUIRE(n.ok());
  CHECK(n->text() == "cooperate\nWait... ok\nend");
  // "cooperate" in the view covers the soft hyphen in the original.
  Span o = n->ToOriginal(Span{0, 9});
  CHECK(o.start == 3);
  CHECK(o.end == 3 + 11);  // c o SHY(2 bytes) operate
  // The LF that came from CRLF maps to both bytes.
  CHECK(n->ToOriginal(Span{9, 10}).size() == 2);
}

TEST_CASE("normalize: NFC composes combining sequences") {
  auto n = Normalize("Cafe\xCC\x81 open");  // e + COMBINING ACUTE
  REQUIRE(n.ok());
  CHECK(n->text() == "Caf\xC3\xA9 open");
  CHECK(n->ToOriginal(Span{3, 5}) == Span{3, 6});
  NormalizeOptions no_nfc;
  no_nfc.nfc = false;
  CHECK(Normalize("Cafe\xCC\x81", no_nfc)->text() == "Cafe\xCC\x81");
}

TEST_CASE("normalize: invalid UTF-8 is repaired with a warning, or an error under strict") {
  std::string in = "ok \xFF bad \xC3";
  auto n = Normalize(in);
  REQUIRE(n.ok());
  CHECK(n->text() == "ok \xEF\xBF\xBD bad \xEF\xBF\xBD");
  REQUIRE(n->warnings().size() == 2);
  CHECK(n->warnings()[0].offset == 3);
  CHECK(n->warnings()[1].offset == 9);
  NormalizeOptions strict;
  strict.strict = true;
  auto s = Normalize(in, strict);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().code == StatusCode::kInvalidInput);
  CHECK(s.status().offset == 3);
}

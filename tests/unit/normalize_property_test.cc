// Property tests for Normalize() over random byte strings (fixed seed).
//
// The strings mix ASCII, multibyte UTF-8, decomposed letters and combining marks,
// curly quotes, CRLF and lone CR, NBSP, soft hyphens, zero-width characters,
// ellipses, line separators and invalid bytes (stray continuation bytes, overlong
// and surrogate encodings, truncated sequences, 0xFF). For each we check:
//   - Normalize never fails with strict = false, and the view is valid UTF-8;
//   - ToOriginal maps every view offset into [0, size] and is monotonic;
//   - every view span between character boundaries maps to a non-empty original span
//     whose ends are character boundaries of the original (an invalid byte counts as
//     one character), and FromOriginal of that span covers the view span again;
//   - valid UTF-8 made only of characters that are not folded: view == NFC(input);
//   - strict = true fails exactly on invalid input, with kInvalidInput and the offset
//     of the first bad byte; non-strict warns at that same offset.
#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "claimkit/normalize.h"

namespace {

using claimkit::Normalize;
using claimkit::NormalizedText;
using claimkit::NormalizeOptions;
using claimkit::Span;

// Length of the valid UTF-8 sequence (RFC 3629) at s[i], or 0 if s[i] starts an
// invalid one. Written independently of utf8proc, which Normalize() uses.
size_t ValidSeqLen(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return k < s.size() && b(k) >= lo && b(k) <= hi;
  };
  unsigned c = b(i);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c == 0xE0) return cont(i + 1, 0xA0, 0xBF) && cont(i + 2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(i + 1) && cont(i + 2) ? 3 : 0;
  if (c == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
  if (c == 0xF0) return cont(i + 1, 0x90, 0xBF) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

// boundary[i]: a character (or an invalid byte) starts at i; boundary[size] is true.
std::vector<bool> Boundaries(std::string_view s, int64_t* first_bad) {
  std::vector<bool> b(s.size() + 1, false);
  *first_bad = -1;
  size_t i = 0;
  while (i < s.size()) {
    b[i] = true;
    size_t len = ValidSeqLen(s, i);
    if (len == 0 && *first_bad < 0) *first_bad = static_cast<int64_t>(i);
    i += len ? len : 1;
  }
  b[s.size()] = true;
  return b;
}

std::string Nfc(const std::string& s) {
  utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  REQUIRE(out != nullptr);
  std::string r(reinterpret_cast<char*>(out));
  std::free(out);
  return r;
}

// Pieces the generator draws from. "clean" pieces are valid UTF-8 that Normalize
// keeps apart from NFC: ASCII other than CR, letters, decomposed letters, marks.
const std::vector<std::string> kClean = {
    "a", "Z", "7", " ", ".", ",", "\"", "'", "-", "\n", "\n\n", "\t", "%", "$",
    "\xC3\xA9",              // é
    "\xC3\xBC",              // ü
    "\xCE\xB1",              // α
    "\xE4\xB8\xAD",          // 中
    "\xE1\x9E\x80",          // Khmer ka
    "\xF0\x9F\x98\x80",      // emoji
    "e\xCC\x81",             // e + combining acute -> é
    "A\xCC\x8A",             // A + ring -> Å
    "o\xCC\x82\xCC\xA3",     // o + circumflex + dot below (reordered by NFC) -> ộ
    "\xCC\x81",              // a lone combining acute
    "\xCC\xA3",              // combining dot below
    "\xE0\xA4\x95\xE0\xA5\x8D",  // Devanagari ka + virama
    "\xE2\x82\xAC",          // €
    "\xEF\xAC\x81",          // ﬁ ligature (compatibility only: NFC keeps it)
    "\xE2\x84\xAB",          // Ångström sign: NFC -> Å
};
const std::vector<std::string> kFolded = {
    "\r\n", "\r",
    "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",  // curly quotes
    "\xC2\xAB", "\xC2\xBB",                                          // « »
    "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x88\x92",                  // — – −
    "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89",                      // NBSP, narrow, thin
    "\xC2\xAD",                                                      // soft hyphen
    "\xE2\x80\x8B", "\xE2\x81\xA0", "\xEF\xBB\xBF",                  // ZWSP, WJ, BOM
    "\xE2\x80\xA6",                                                  // …
    "\xE2\x80\xA8",                                                  // line separator
};
const std::vector<std::string> kInvalid = {
    "\xFF", "\xFE", "\x80", "\xBF",          // never valid / stray continuation
    "\xC0\xAF", "\xC1\xBF",                  // overlong 2-byte
    "\xE0\x80\xAF",                          // overlong 3-byte
    "\xED\xA0\x80",                          // UTF-16 surrogate
    "\xF4\x90\x80\x80",                      // above U+10FFFF
    "\xE2\x80", "\xF0\x9F\x98", "\xC3",      // truncated
};

std::string RandomText(std::mt19937& rng, bool allow_folded, bool allow_invalid) {
  std::uniform_int_distribution<int> len_dist(0, 60);
  std::uniform_int_distribution<int> kind(0, 9);
  int pieces = len_dist(rng);
  std::string s;
  for (int i = 0; i < pieces; ++i) {
    int k = kind(rng);
    const std::vector<std::string>* from = &kClean;
    if (k == 0 && allow_invalid) from = &kInvalid;
    else if (k <= 3 && allow_folded) from = &kFolded;
    s += (*from)[std::uniform_int_distribution<size_t>(0, from->size() - 1)(rng)];
    if (allow_invalid && k == 9) {  // now and then a raw random byte
      s += static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
    }
  }
  return s;
}

// The view character boundaries (the view must be valid UTF-8).
std::vector<uint32_t> ViewBoundaries(const std::string& view) {
  std::vector<uint32_t> out;
  size_t i = 0;
  while (i < view.size()) {
    out.push_back(static_cast<uint32_t>(i));
    size_t len = ValidSeqLen(view, i);
    REQUIRE_MESSAGE(len > 0, "the view is not valid UTF-8 at byte " << i);
    i += len;
  }
  out.push_back(static_cast<uint32_t>(view.size()));
  return out;
}

// Checks the map properties; on the first violation fails with the offending span.
// (Plain comparisons in the loops: the pairs run to millions over all cases.)
void CheckMap(const std::string& in, const NormalizedText& norm) {
  int64_t first_bad;
  const std::vector<bool> orig_boundary = Boundaries(in, &first_bad);
  const std::string& view = norm.text();
  uint32_t prev = 0;
  for (uint32_t v = 0; v <= view.size(); ++v) {
    uint32_t o = norm.ToOriginal(v);
    if (o > in.size() || o < prev) {
      FAIL("ToOriginal(" << v << ") = " << o << " (previous " << prev << ", size " << in.size()
                         << ")");
    }
    prev = o;
  }
  REQUIRE(norm.ToOriginal(static_cast<uint32_t>(view.size())) == in.size());
  std::vector<uint32_t> vb = ViewBoundaries(view);
  for (size_t i = 0; i < vb.size(); ++i) {
    for (size_t j = i + 1; j < vb.size(); ++j) {
      Span vs{vb[i], vb[j]};
      Span os = norm.ToOriginal(vs);
      bool ok = os.start < os.end && os.end <= in.size() && orig_boundary[os.start] &&
                orig_boundary[os.end];
      if (ok) {
        Span back = norm.FromOriginal(os);
        ok = back.start <= vs.start && back.end >= vs.end;
      }
      if (!ok) {
        Span back = norm.FromOriginal(os);
        FAIL("view span [" << vs.start << ", " << vs.end << ") -> original [" << os.start << ", "
                           << os.end << ") -> back [" << back.start << ", " << back.end
                           << "); original size " << in.size());
      }
    }
  }
}

std::string Hex(const std::string& s) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += d[c >> 4];
    out += d[c & 15];
    out += ' ';
  }
  return out;
}

}  // namespace

TEST_CASE("normalize property: offset map on random mixed input (strict=false)") {
  std::mt19937 rng(20261129);
  for (int n = 0; n < 3000; ++n) {
    std::string in = RandomText(rng, /*allow_folded=*/true, /*allow_invalid=*/n % 2 == 0);
    INFO("case " << n << ": " << Hex(in));
    auto norm = Normalize(in);
    REQUIRE(norm.ok());
    CheckMap(in, *norm);
  }
}

TEST_CASE("normalize property: valid unfolded input gives NFC of the input") {
  std::mt19937 rng(7);
  for (int n = 0; n < 3000; ++n) {
    std::string in = RandomText(rng, /*allow_folded=*/false, /*allow_invalid=*/false);
    INFO("case " << n << ": " << Hex(in));
    auto norm = Normalize(in);
    REQUIRE(norm.ok());
    CHECK(norm->warnings().empty());
    REQUIRE(norm->text() == Nfc(in));
    CheckMap(in, *norm);
  }
}

TEST_CASE("normalize property: strict reports the first bad byte, repair warns there") {
  std::mt19937 rng(99);
  NormalizeOptions strict;
  strict.strict = true;
  int invalid_cases = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string in = RandomText(rng, true, n % 3 != 0);
    int64_t first_bad;
    Boundaries(in, &first_bad);
    INFO("case " << n << ": " << Hex(in) << " first bad byte " << first_bad);
    auto s = Normalize(in, strict);
    auto r = Normalize(in);
    REQUIRE(r.ok());
    if (first_bad < 0) {
      REQUIRE(s.ok());
      CHECK(s->text() == r->text());
      CHECK(r->warnings().empty());
    } else {
      ++invalid_cases;
      REQUIRE_FALSE(s.ok());
      CHECK(s.status().code == claimkit::StatusCode::kInvalidInput);
      CHECK(s.status().offset == first_bad);
      REQUIRE_FALSE(r->warnings().empty());
      CHECK(r->warnings().front().offset == first_bad);
    }
  }
  CHECK(invalid_cases > 1000);
}

TEST_CASE("normalize property: uniformly random bytes, including long inputs") {
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int n = 0; n < 2000; ++n) {
    std::string in(static_cast<size_t>(std::uniform_int_distribution<int>(0, 80)(rng)), '\0');
    for (char& c : in) c = static_cast<char>(byte(rng));
    INFO("case " << n << ": " << Hex(in));
    auto norm = Normalize(in);
    REQUIRE(norm.ok());
    CheckMap(in, *norm);
  }
  // 4 MB of random bytes: must finish (ctest's timeout would catch a hang) and map sanely.
  std::string big(4u << 20, '\0');
  for (char& c : big) c = static_cast<char>(byte(rng));
  auto norm = Normalize(big);
  REQUIRE(norm.ok());
  uint32_t prev = 0;
  for (uint32_t v = 0; v <= norm->text().size(); v += 97) {
    uint32_t o = norm->ToOriginal(v);
    REQUIRE(o <= big.size());
    REQUIRE(o >= prev);
    prev = o;
  }
  CHECK(norm->warnings().size() > 0);
}

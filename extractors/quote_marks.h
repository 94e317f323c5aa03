// Quotation-mark pairing: which marks open and close a quotation, and which are
// apostrophes, inch marks or strays.
//
//   std::vector<QuoteMark> marks = FindQuoteMarks(view, para_view, original_char_at);
//   std::vector<QuoteRegion> regions = PairQuotes(view, para_view, marks);
//
// Works on one paragraph of the normalised view at a time. The view folds curly
// quotes to ASCII, so the shape of each mark (opening “, closing ”, low „,
// guillemet «, straight ") is taken from the original character it came from.
//   “Cambodia’s ‘war on drugs’ is a disaster,” he said.
//     -> region (depth 0, double) over the whole quotation, region (depth 1,
//        single) over ‘war on drugs’; the ’ in Cambodia’s is an apostrophe.
// Unbalanced marks recover at the paragraph end: an opening mark with no closing
// mark yields a region to the end of the paragraph with closed = false (a quote
// that runs on into the next paragraph, or a typo), never beyond it.
#ifndef CLAIMKIT_EXTRACTORS_QUOTE_MARKS_H_
#define CLAIMKIT_EXTRACTORS_QUOTE_MARKS_H_

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "claimkit/span.h"

namespace claimkit {

enum class MarkShape : uint8_t {
  kNone,
  kDoubleOpen,       // “ ‟
  kDoubleClose,      // ”
  kDoubleStraight,   // "
  kDoubleLow,        // „ (opens; closed by “ or ”)
  kGuillemetLeft,    // «
  kGuillemetRight,   // »
  kSingleOpen,       // ‘ ‛ ‹
  kSingleClose,      // ’ ›
  kSingleStraight,   // '
  kSingleLow,        // ‚
};

// The shape of code point `c`; kNone for anything that is not a quotation mark
// (primes ″ ′ are kNone: they are inch and minute marks).
MarkShape ShapeOf(char32_t c);

inline bool IsDoubleShape(MarkShape s) {
  return s == MarkShape::kDoubleOpen || s == MarkShape::kDoubleClose ||
         s == MarkShape::kDoubleStraight || s == MarkShape::kDoubleLow ||
         s == MarkShape::kGuillemetLeft || s == MarkShape::kGuillemetRight;
}

struct QuoteMark {
  uint32_t view = 0;  // view offset of the mark
  uint8_t len = 1;    // its length in the view (1 when folded to ASCII)
  MarkShape shape = MarkShape::kNone;
};

struct QuoteRegion {
  uint32_t open = 0;   // view offset of the opening mark
  uint32_t close = 0;  // view offset of the closing mark (paragraph end if !closed)
  uint8_t open_len = 1, close_len = 1;
  bool closed = true;      // false: ran to the end of the paragraph
  bool is_double = true;   // " “ ” „ « » (false: ' ‘ ’)
  int depth = 0;           // 0 top level, 1 nested inside a depth-0 region
  // The quoted words, without the marks (view offsets).
  Span Inner() const { return Span{open + open_len, close}; }
  // The words with the marks (view offsets).
  Span Outer() const { return Span{open, closed ? close + close_len : close}; }
};

// Decodes one UTF-8 code point at s[i] (U+FFFD on a bad byte); *len gets its length.
char32_t DecodeUtf8(std::string_view s, size_t i, int* len);

// Whether the eight bytes in `w` hold a byte that can start a mark: " ' or a UTF-8
// lead byte (0xC0 and above). Exact for the word as a whole, so a word without one
// can be skipped.
inline bool MayHoldMark(uint64_t w) {
  constexpr uint64_t k01 = 0x0101010101010101ull, k80 = 0x8080808080808080ull;
  auto has_zero_byte = [](uint64_t x) { return ((x - k01) & ~x & k80) != 0; };
  return (w & (w << 1) & k80) != 0 || has_zero_byte(w ^ (k01 * '"')) || has_zero_byte(w ^ (k01 * '\''));
}

// Every quotation-mark candidate in view[para]. `original` is the document text and
// `to_original` maps a view offset to the original offset (identity when null), so
// that a folded '"' can be told to be “ or ”.
// The same into *out (cleared first; its capacity is reused).
template <typename ToOriginal>
void FindQuoteMarks(std::string_view view, Span para, std::string_view original, ToOriginal to_original,
                    std::vector<QuoteMark>* out) {
  std::vector<QuoteMark>& marks = *out;
  marks.clear();
  // Bytes that can start a mark: " ' and UTF-8 lead bytes (most bytes are skipped
  // with one table look-up).
  static constexpr auto kCandidate = [] {
    std::array<bool, 256> t{};
    t['"'] = t['\''] = true;
    for (int b = 0xC0; b < 256; ++b) t[b] = true;
    return t;
  }();
  const uint32_t end = std::min<uint32_t>(para.end, static_cast<uint32_t>(view.size()));
  for (uint32_t i = para.start; i < end; ++i) {
    // Most of the text holds no candidate: skip to the next one 16 bytes (or eight
    // bytes) a step.
#ifdef __SSE2__
    while (i + 16 <= end) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(view.data() + i));
      const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC0));
      const __m128i cand =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))),
                       _mm_cmpeq_epi8(_mm_and_si128(x, lead), lead));
      if (unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(cand))) {
        i += static_cast<uint32_t>(__builtin_ctz(bits));
        break;
      }
      i += 16;
    }
#else
    for (uint64_t w; i + 8 <= end; i += 8) {
      std::memcpy(&w, view.data() + i, 8);
      if (MayHoldMark(w)) break;
    }
#endif
    if (i >= end) break;
    unsigned char c = static_cast<unsigned char>(view[i]);
    if (!kCandidate[c]) continue;
    if (c == '\'' && i + 1 < para.end && i + 1 < view.size() && view[i + 1] == '\'' &&
        !(i > para.start && view[i - 1] == '\'')) {
      // Two apostrophes stand for a double quotation mark (''like this'').
      marks.push_back(QuoteMark{i, 2, MarkShape::kDoubleStraight});
      ++i;
      continue;
    }
    if (c == '"' || c == '\'') {
      uint32_t o = to_original(i);
      int len = 1;
      char32_t oc = o < original.size() ? DecodeUtf8(original, o, &len) : c;
      MarkShape s = ShapeOf(oc);
      if (s == MarkShape::kNone) s = c == '"' ? MarkShape::kDoubleStraight : MarkShape::kSingleStraight;
      if (oc == U'\u2033' || oc == U'\u2032') continue;  // primes
      marks.push_back(QuoteMark{i, 1, s});
    } else if (c >= 0xC0) {
      int len = 1;
      char32_t cp = DecodeUtf8(view, i, &len);
      MarkShape s = ShapeOf(cp);
      if (s != MarkShape::kNone) marks.push_back(QuoteMark{i, static_cast<uint8_t>(len), s});
      i += len - 1;
    }
  }
}
template <typename ToOriginal>
std::vector<QuoteMark> FindQuoteMarks(std::string_view view, Span para, std::string_view original,
                                      ToOriginal to_original) {
  std::vector<QuoteMark> marks;
  FindQuoteMarks(view, para, original, to_original, &marks);
  return marks;
}

// Pairs the marks of one paragraph (view[para]); regions come back sorted by open.
std::vector<QuoteRegion> PairQuotes(std::string_view view, Span para,
                                    const std::vector<QuoteMark>& marks);
// The same into *out (cleared first; its capacity is reused).
void PairQuotes(std::string_view view, Span para, const std::vector<QuoteMark>& marks,
                std::vector<QuoteRegion>* out);

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_QUOTE_MARKS_H_

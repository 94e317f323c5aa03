// JSON string escaping and number formatting for io/json_emit.h.
#include "io/json_emit.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace claimkit {
namespace {

// Length of the valid UTF-8 sequence at s[i] (2..4), or 0 with *bad set to how many
// bytes form the invalid sequence's maximal valid prefix (at least 1), as in Unicode's
// "maximal subpart" practice.
size_t Utf8Length(std::string_view s, size_t i, size_t* bad) {
  const unsigned char b = static_cast<unsigned char>(s[i]);
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    if (b == 0xE0) lo = 0xA0;  // no overlongs
    if (b == 0xED) hi = 0x9F;  // no surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;  // <= U+10FFFF
  } else {
    *bad = 1;
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= s.size()) {
      *bad = k;
      return 0;
    }
    const unsigned char c = static_cast<unsigned char>(s[i + k]);
    const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (c < l || c > h) {
      *bad = k;
      return 0;
    }
  }
  return len;
}

// 0x80 in each byte of `w` that needs more than a copy: a control character (< 0x20), '"',
// '\\' or a non-ASCII byte (>= 0x80, to be checked as UTF-8); 0 when there is none (the
// classic SWAR zero-byte test). The lowest marked byte is always one of them (a borrow runs
// only upwards, from a marked byte); bytes above it may be marked wrongly.
inline uint64_t CareBytes(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const uint64_t ctrl = (w - kOnes * 0x20) & ~w & kHigh;  // a byte < 0x20 (or >= 0x80)
  return (w & kHigh) | ctrl | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'));
}

#ifdef __SSE2__
// Bit k set when byte k of p[0, 16) needs care (as CareBytes, exactly per byte).
inline unsigned CareBits16(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // A signed compare: bytes >= 0x80 are negative, so "below 0x20" catches them too.
  const __m128i care =
      _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                   _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
  return static_cast<unsigned>(_mm_movemask_epi8(care));
}
#endif

// The first i' >= i with d[i'] a byte that needs care, or n; it may also stop early at a
// plain byte (never late), so the caller tests the byte again. Plain ASCII (the bulk of news
// text) goes 16 bytes a step with SSE2 (8 without), where the mask also gives the position
// of the first such byte. The last step loads the string's last 16 (or 8) bytes, overlapping
// bytes already passed, whose marks are dropped, so no byte is read twice one at a time.
inline size_t SkipPlain(const char* d, size_t i, size_t n) {
#ifdef __SSE2__
  if (n >= 16) {
    for (; i + 16 <= n; i += 16) {
      if (const unsigned mask = CareBits16(d + i)) return i + static_cast<size_t>(std::countr_zero(mask));
    }
    if (i >= n) return n;
    const unsigned mask = CareBits16(d + n - 16) >> (i - (n - 16));  // 1..15 bytes passed
    return mask ? i + static_cast<size_t>(std::countr_zero(mask)) : n;
  }
#endif
  // Byte k of a word is byte k of memory (the positions from countr_zero) on little-endian
  // machines only; others test byte by byte.
  if constexpr (std::endian::native == std::endian::little) {
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      std::memcpy(&w, d + i, 8);
      if (const uint64_t m = CareBytes(w)) return i + static_cast<size_t>(std::countr_zero(m)) / 8;
    }
    if (i >= n) return n;
    if (n >= 8) {
      // A byte passed may mark a plain one above it (a borrow): the caller's re-test catches it.
      uint64_t w;
      std::memcpy(&w, d + n - 8, 8);
      const uint64_t m = CareBytes(w) >> (8 * (i - (n - 8)));  // 1..7 bytes passed
      return m ? i + static_cast<size_t>(std::countr_zero(m)) / 8 : n;
    }
    if (n - i >= 4) {  // a short string's 4..7 bytes: two 4-byte loads, overlapping when under 8
      uint32_t a, b;
      std::memcpy(&a, d + i, 4);
      std::memcpy(&b, d + n - 4, 4);
      const unsigned r = static_cast<unsigned>(n - i);
      // Bytes i.., then bytes n-4.. at their places (the overlap ORs a byte with itself), then
      // spaces (plain) above byte r.
      const uint64_t w = a | uint64_t{b} << (8 * (r - 4)) | (0x2020202020202020ull << (8 * r));
      const uint64_t m = CareBytes(w);
      return m ? i + static_cast<size_t>(std::countr_zero(m)) / 8 : n;
    }
  }
  for (; i < n; ++i) {
    const unsigned char b = static_cast<unsigned char>(d[i]);
    if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') return i;
  }
  return n;
}

// Fast path of AppendJsonNumber for 1e-4 <= v < 1e15 that is m / 10^d for an integer m of at
// most 14 digits and 1 <= d <= 8: writes v at `out` as the general path lays it out ("0.85",
// "0.00012", "78.04") and returns the end; returns null (nothing written) for other values.
//
// Why it gives the general path's digits: the general path prints the shortest decimal that
// reads back to v. (1) "m / 10^d" reads back to v: m and 10^d are exact doubles, so the
// division m / 10^d rounds the exact quotient to the nearest double, as reading the decimal
// does; the test `m / p == v` checks that this double is v. (2) No other decimal of at most
// as many significant digits reads back to v: two such decimals differ by a multiple of
// 10^-(d+1) at least (a decimal that near r has its leading digit at most one place lower),
// which relative to v < 10^(s-d) (s = digits of m <= 14) is more than 10^-(s+1) >= 10^-15,
// while all decimals that read back to v lie within one ulp, at most 2^-52 (2.2e-16) of v.
// So the shortest is m's digits, trailing zeros removed (they only shift d), and since
// 1e-4 <= v < 1e15 it is laid out with a decimal point and no exponent: the integer part
// ("0" when v < 1), '.', the d decimals with their leading zeros.
char* WriteFewDecimals(double v, char* out) {
  static constexpr double kPow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  static constexpr uint64_t kPow10Int[] = {1,         10,         100,         1000,     10000,
                                           100000,    1000000,    10000000,    100000000};
  constexpr uint64_t kMaxM = 100000000000000ull;  // 10^14: m has at most 14 digits
  for (int d = 1; d <= 8; ++d) {
    const double x = v * kPow10[d];
    if (x >= static_cast<double>(kMaxM)) return nullptr;  // so are all larger d
    uint64_t m = static_cast<uint64_t>(x + 0.5);  // a candidate only: the test below decides
    if (m >= kMaxM || static_cast<double>(m) / kPow10[d] != v) continue;
    int dd = d;
    while (dd > 0 && m % 10 == 0) {  // "2.50" is "2.5" (cannot happen when d is the first
      m /= 10;                       // that passes, but cheap to make sure)
      --dd;
    }
    if (dd == 0) return nullptr;  // integral: the caller's integer path handles these
    const uint64_t ip = m / kPow10Int[dd], fp = m % kPow10Int[dd];
    char* p = std::to_chars(out, out + 16, ip).ptr;
    *p++ = '.';
    char* f = p + dd;  // the decimals right-aligned in dd places, zero-padded on the left
    for (uint64_t r = fp; f > p; r /= 10) *--f = static_cast<char>('0' + r % 10);
    return p + dd;
  }
  return nullptr;
}

}  // namespace

bool CopyIfPlainJson(std::string_view s, char* dst) {
  // The tests are AppendJsonString's (CareBits16, CareBytes), each over the whole of what it
  // loads: a false alarm would only send the string to the general path, which gives the
  // same bytes; a byte that needs care is never missed.
  const char* d = s.data();
  const size_t n = s.size();
  if constexpr (std::endian::native == std::endian::little) {
#ifdef __SSE2__
    if (n >= 16) {
      size_t i = 0;
      for (; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
        if (CareBits16(d + i)) return false;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), x);
      }
      if (i < n) {  // the last 16 bytes, overlapping bytes already copied
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + n - 16));
        if (CareBits16(d + n - 16)) return false;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + n - 16), x);
      }
      return true;
    }
#endif
    if (n >= 8) {  // 8..15 bytes (or more without SSE2): 8-byte words, the last overlapping
      uint64_t w;
      size_t i = 0;
      for (; i + 8 <= n; i += 8) {
        std::memcpy(&w, d + i, 8);
        if (CareBytes(w)) return false;
        std::memcpy(dst + i, &w, 8);
      }
      if (i < n) {
        std::memcpy(&w, d + n - 8, 8);
        if (CareBytes(w)) return false;
        std::memcpy(dst + n - 8, &w, 8);
      }
      return true;
    }
    if (n >= 4) {  // 4..7 bytes: the first and the last four, overlapping
      uint32_t a, b;
      std::memcpy(&a, d, 4);
      std::memcpy(&b, d + n - 4, 4);
      if (CareBytes(uint64_t{a} << 32 | b)) return false;
      std::memcpy(dst, &a, 4);
      std::memcpy(dst + n - 4, &b, 4);
      return true;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const unsigned char b = static_cast<unsigned char>(d[i]);
    if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') return false;
    dst[i] = d[i];
  }
  return true;
}

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const char* d = s.data();
  const size_t n = s.size();
  size_t i = 0, run = 0;  // s[run, i) is pending, copied unchanged
  while ((i = SkipPlain(d, i, n)) < n) {
    const unsigned char b = static_cast<unsigned char>(d[i]);
    if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {  // SkipPlain stopped early
      ++i;
      continue;
    }
    if (b >= 0x80) {
      size_t bad = 0;
      size_t len = Utf8Length(s, i, &bad);
      if (len) {
        i += len;
        continue;
      }
      out->append(d + run, i - run);
      out->append("\xEF\xBF\xBD");  // U+FFFD
      i += bad;
      run = i;
      continue;
    }
    out->append(d + run, i - run);
    switch (b) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        const char esc[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 15]};
        out->append(esc, 6);
      }
    }
    ++i;
    run = i;
  }
  out->append(d + run, n - run);
  out->push_back('"');
}

char* WriteJsonNumber(double v, char* p) {
  if (!std::isfinite(v)) {
    std::memcpy(p, "null", 4);
    return p + 4;
  }
  if (std::signbit(v)) {
    *p++ = '-';
    v = -v;
  }
  if (v == 0) {
    std::memcpy(p, "0.0", 3);
    return p + 3;
  }
  // Integral values below 1e15 are laid out as their integer digits and ".0" (the general
  // path below gives the same: all digits before the point, no exponent).
  if (v < 1e15) {
    const uint64_t u = static_cast<uint64_t>(v);
    if (static_cast<double>(u) == v) {
      p = std::to_chars(p, p + 16, u).ptr;
      *p++ = '.';
      *p++ = '0';
      return p;
    }
  }
  // Few decimals (confidences 0.85, percents 78.04, amounts 1.5): the digits come from an
  // integer instead of to_chars' shortest search (about 1,500 instructions a value).
  if (v >= 1e-4 && v < 1e15) {
    if (char* e = WriteFewDecimals(v, p)) return e;
  }
  // Shortest round-trip digits d1.d2d3...e±X, then laid out as nlohmann's format_buffer
  // does: n = X + 1 is the position of the decimal point relative to the digits.
  char buf[40];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  const char* e = std::find(buf, r.ptr, 'e');
  char digits[24];
  int k = 0;
  for (const char* q = buf; q < e; ++q) {
    if (*q != '.') digits[k++] = *q;
  }
  int exp10 = 0;
  const char* q = e + 1;
  const bool neg = *q == '-';
  if (*q == '-' || *q == '+') ++q;
  std::from_chars(q, r.ptr, exp10);
  if (neg) exp10 = -exp10;
  const int n = exp10 + 1;
  constexpr int kMinExp = -4, kMaxExp = 15;
  auto put = [&p](const char* s, int len) {
    std::memcpy(p, s, static_cast<size_t>(len));
    p += len;
  };
  auto zeros = [&p](int len) {
    std::memset(p, '0', static_cast<size_t>(len));
    p += len;
  };
  if (k <= n && n <= kMaxExp) {  // 1234e7 -> 12340000000.0
    put(digits, k);
    zeros(n - k);
    put(".0", 2);
  } else if (0 < n && n <= kMaxExp) {  // 1234e-2 -> 12.34
    put(digits, n);
    *p++ = '.';
    put(digits + n, k - n);
  } else if (kMinExp < n && n <= 0) {  // 1234e-6 -> 0.001234
    put("0.", 2);
    zeros(-n);
    put(digits, k);
  } else {  // 1e+21, 1.5e-05
    *p++ = digits[0];
    if (k > 1) {
      *p++ = '.';
      put(digits + 1, k - 1);
    }
    *p++ = 'e';
    int x = n - 1;
    *p++ = x < 0 ? '-' : '+';
    if (x < 0) x = -x;
    if (x < 10) *p++ = '0';
    p = std::to_chars(p, p + 4, x).ptr;
  }
  return p;
}

void AppendJsonNumber(double v, std::string* out) {
  char buf[kMaxJsonNumber];
  out->append(buf, static_cast<size_t>(WriteJsonNumber(v, buf) - buf));
}

void AppendJsonUint(uint64_t v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

void AppendJsonInt(int64_t v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

}  // namespace claimkit

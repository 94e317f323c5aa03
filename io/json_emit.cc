// JSON string escaping and number formatting for io/json_emit.h.
#include "io/json_emit.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

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

// True when one of the 8 bytes of `w` needs more than a copy: a control character
// (< 0x20), '"', '\\' or a non-ASCII byte (>= 0x80, to be checked as UTF-8). Exact
// for "none of them" (the classic SWAR zero-byte test), which is all the fast path asks.
inline bool NeedsCare(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const uint64_t ctrl = (w - kOnes * 0x20) & ~w & kHigh;  // a byte < 0x20 (or >= 0x80)
  return ((w & kHigh) | ctrl | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const char* d = s.data();
  const size_t n = s.size();
  size_t i = 0, run = 0;  // s[run, i) is pending, copied unchanged
  while (i < n) {
    // Plain ASCII (the bulk of news text) eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, d + i, 8);
      if (NeedsCare(w)) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char b = static_cast<unsigned char>(d[i]);
    if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
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

void AppendJsonNumber(double v, std::string* out) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  if (std::signbit(v)) {
    out->push_back('-');
    v = -v;
  }
  if (v == 0) {
    out->append("0.0");
    return;
  }
  // Integral values below 1e15 are laid out as their integer digits and ".0" (the general
  // path below gives the same: all digits before the point, no exponent).
  if (v < 1e15) {
    const uint64_t u = static_cast<uint64_t>(v);
    if (static_cast<double>(u) == v) {
      char buf[24];
      auto r = std::to_chars(buf, buf + sizeof buf, u);
      *r.ptr++ = '.';
      *r.ptr++ = '0';
      out->append(buf, static_cast<size_t>(r.ptr - buf));
      return;
    }
  }
  // Shortest round-trip digits d1.d2d3...e±X, then laid out as nlohmann's format_buffer
  // does: n = X + 1 is the position of the decimal point relative to the digits.
  char buf[40];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  const char* e = std::find(buf, r.ptr, 'e');
  char digits[24];
  int k = 0;
  for (const char* p = buf; p < e; ++p) {
    if (*p != '.') digits[k++] = *p;
  }
  int exp10 = 0;
  const char* p = e + 1;
  const bool neg = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  std::from_chars(p, r.ptr, exp10);
  if (neg) exp10 = -exp10;
  const int n = exp10 + 1;
  constexpr int kMinExp = -4, kMaxExp = 15;
  if (k <= n && n <= kMaxExp) {  // 1234e7 -> 12340000000.0
    out->append(digits, static_cast<size_t>(k));
    out->append(static_cast<size_t>(n - k), '0');
    out->append(".0");
  } else if (0 < n && n <= kMaxExp) {  // 1234e-2 -> 12.34
    out->append(digits, static_cast<size_t>(n));
    out->push_back('.');
    out->append(digits + n, static_cast<size_t>(k - n));
  } else if (kMinExp < n && n <= 0) {  // 1234e-6 -> 0.001234
    out->append("0.");
    out->append(static_cast<size_t>(-n), '0');
    out->append(digits, static_cast<size_t>(k));
  } else {  // 1e+21, 1.5e-05
    out->push_back(digits[0]);
    if (k > 1) {
      out->push_back('.');
      out->append(digits + 1, static_cast<size_t>(k - 1));
    }
    out->push_back('e');
    int x = n - 1;
    out->push_back(x < 0 ? '-' : '+');
    if (x < 0) x = -x;
    if (x < 10) out->push_back('0');
    AppendJsonUint(static_cast<uint64_t>(x), out);
  }
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

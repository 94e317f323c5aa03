// String types whose comparison with a string literal is inline.
//
// The extractors' rules test words against literals everywhere (t.lower == "of",
// q.unit_kind == "percent"). For std::string_view and std::string that is a call to
// compare() (and a strlen for std::string); these derived types compare inline, the
// literal's length known when compiling, and otherwise behave as their base:
//
//   LiteralEqView w = lower.substr(b, n);  w == "said"  (size test, then a fixed-size memcmp)
//   LiteralEqString kind = "percent";      kind == "percent"
#ifndef CLAIMKIT_EXTRACTORS_TEXT_EQ_H_
#define CLAIMKIT_EXTRACTORS_TEXT_EQ_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

namespace claimkit {

// a[0, n) == b[0, n), for the short words these compare inline: up to 16 bytes with at
// most four loads (overlapping when n is not a power of two), longer ones with memcmp.
inline bool BytesEqual(const char* a, const char* b, size_t n) {
  auto eq = [](const char* x, const char* y, auto word) {
    decltype(word) u, v;
    std::memcpy(&u, x, sizeof u);
    std::memcpy(&v, y, sizeof v);
    return u == v;
  };
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    return eq(a, b, uint64_t{}) && eq(a + n - 8, b + n - 8, uint64_t{});
  }
  if (n >= 4) return eq(a, b, uint32_t{}) && eq(a + n - 4, b + n - 4, uint32_t{});
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

struct LiteralEqView : std::string_view {
  LiteralEqView() = default;
  LiteralEqView(std::string_view s) : std::string_view(s) {}  // NOLINT: implicit, as a string_view
  LiteralEqView(const char* s) : std::string_view(s) {}       // NOLINT
  template <size_t N>
  friend bool operator==(const LiteralEqView& a, const char (&literal)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), literal, N - 1) == 0;
  }
  // (And with a std::string, such as a lexicon entry: sizes first, inline.)
  friend bool operator==(const LiteralEqView& a, const std::string& b) {
    return a.size() == b.size() && BytesEqual(a.data(), b.data(), a.size());
  }
};

struct LiteralEqString : std::string {
  using std::string::string;
  using std::string::operator=;
  LiteralEqString() = default;
  LiteralEqString(const std::string& s) : std::string(s) {}        // NOLINT: implicit, as a string
  LiteralEqString(std::string&& s) : std::string(std::move(s)) {}  // NOLINT
  template <size_t N>
  friend bool operator==(const LiteralEqString& a, const char (&literal)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), literal, N - 1) == 0;
  }
};

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_TEXT_EQ_H_

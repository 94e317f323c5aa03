// Normalisation with an offset map back to the original bytes.
//
// One pass over the input. ASCII bytes other than CR are copied (and if the whole
// input is such, no map is stored: identity()). Every other character, CRLF pair or
// combining sequence is one "piece": its replacement bytes all map to the piece's
// original [start, end), so spans on the view never split an original character.
#include "claimkit/normalize.h"

#include <utf8proc.h>

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

namespace claimkit {
namespace {

// Replacement for a single code point, or nullptr to keep it (possibly NFC'd).
// "" means: remove.
const char* Fold(int32_t cp, const NormalizeOptions& o) {
  switch (cp) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
      return o.fold_quotes ? "\"" : nullptr;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039:
    case 0x203A: case 0xFF07:
      return o.fold_quotes ? "'" : nullptr;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return o.fold_dashes ? "-" : nullptr;
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000: case 0x0085:
      return " ";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    case 0x2028: case 0x2029:
      return "\n";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

bool IsCombining(int32_t cp) {
  const utf8proc_property_t* p = utf8proc_get_property(cp);
  return p->combining_class != 0 || p->category == UTF8PROC_CATEGORY_MN ||
         p->category == UTF8PROC_CATEGORY_MC || p->category == UTF8PROC_CATEGORY_ME;
}

// End of the run of ASCII bytes other than CR starting at j: eight bytes at a time, the
// first byte with its high bit set or equal to '\r' found with the zero-byte bit trick
// (its lowest flag is exact: a false flag needs a borrow from a true one below it).
size_t AsciiRunEnd(std::string_view in, size_t j) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const size_t n = in.size();
  const char* d = in.data();
  for (; std::endian::native == std::endian::little && j + 8 <= n; j += 8) {
    uint64_t w;
    std::memcpy(&w, d + j, 8);
    const uint64_t cr = w ^ (kOnes * '\r');
    const uint64_t stop = ((cr - kOnes) & ~cr & kHigh) | (w & kHigh);
    if (stop) return j + static_cast<size_t>(std::countr_zero(stop) >> 3);
  }
  while (j < n && static_cast<unsigned char>(d[j]) < 0x80 && d[j] != '\r') ++j;
  return j;
}

// The offsets v, v + 1, ... as a random-access iterator, so that vector::insert(end,
// Counter(a), Counter(b)) appends a..b-1 in one step (resize() and a loop would first
// zero the new elements).
class Counter {
 public:
  using iterator_category = std::random_access_iterator_tag;
  using value_type = uint32_t;
  using difference_type = std::ptrdiff_t;
  using pointer = const uint32_t*;
  using reference = uint32_t;

  explicit Counter(size_t v) : v_(static_cast<uint32_t>(v)) {}
  uint32_t operator*() const { return v_; }
  uint32_t operator[](difference_type k) const { return v_ + static_cast<uint32_t>(k); }
  Counter& operator++() { ++v_; return *this; }
  Counter operator++(int) { Counter c = *this; ++v_; return c; }
  Counter& operator--() { --v_; return *this; }
  Counter operator--(int) { Counter c = *this; --v_; return c; }
  Counter& operator+=(difference_type k) { v_ += static_cast<uint32_t>(k); return *this; }
  Counter& operator-=(difference_type k) { v_ -= static_cast<uint32_t>(k); return *this; }
  Counter operator+(difference_type k) const { return Counter(v_ + static_cast<uint32_t>(k)); }
  Counter operator-(difference_type k) const { return Counter(v_ - static_cast<uint32_t>(k)); }
  difference_type operator-(Counter o) const {
    return static_cast<difference_type>(v_) - static_cast<difference_type>(o.v_);
  }
  bool operator==(Counter o) const { return v_ == o.v_; }
  bool operator!=(Counter o) const { return v_ != o.v_; }
  bool operator<(Counter o) const { return v_ < o.v_; }
  bool operator>(Counter o) const { return v_ > o.v_; }
  bool operator<=(Counter o) const { return v_ <= o.v_; }
  bool operator>=(Counter o) const { return v_ >= o.v_; }

 private:
  uint32_t v_;
};

}  // namespace

uint32_t NormalizedText::FromOriginal(uint32_t orig) const {
  if (identity_) return orig;
  // orig_start_ is non-decreasing: first view byte whose piece starts at or after orig.
  size_t lo = 0, hi = orig_start_.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (orig_start_[mid] < orig) lo = mid + 1; else hi = mid;
  }
  return static_cast<uint32_t>(lo);
}

Span NormalizedText::FromOriginal(Span s) const {
  return {FromOriginal(s.start), FromOriginal(s.end)};
}

Result<NormalizedText> Normalize(std::string_view in, const NormalizeOptions& opts) {
  NormalizedText out;
  out.orig_size_ = static_cast<uint32_t>(in.size());
  if (in.size() > 0xFFFFFFF0u) {
    return Status::Error(StatusCode::kTooLarge, "document larger than 4 GB");
  }
  size_t i = 0;
  const size_t n = in.size();
  i = AsciiRunEnd(in, i);
  if (i < n && i > 0 && opts.nfc && static_cast<unsigned char>(in[i]) >= 0x80) {
    --i;  // the last ASCII character may be the starter of a combining sequence
  }
  if (i == n) {
    out.text_.assign(in);
    out.identity_ = true;
    return out;
  }
  out.text_.reserve(n + n / 16);
  out.orig_start_.reserve(n + n / 16);
  out.orig_end_.reserve(n + n / 16);
  auto emit = [&](std::string_view bytes, size_t start, size_t end) {
    out.text_.append(bytes);
    out.orig_start_.insert(out.orig_start_.end(), bytes.size(), static_cast<uint32_t>(start));
    out.orig_end_.insert(out.orig_end_.end(), bytes.size(), static_cast<uint32_t>(end));
  };
  // Original bytes [from, to) map one to one: view byte k comes from from + k.
  auto emit_one_to_one = [&](size_t from, size_t to) {
    out.orig_start_.insert(out.orig_start_.end(), Counter(from), Counter(to));
    out.orig_end_.insert(out.orig_end_.end(), Counter(from + 1), Counter(to + 1));
  };
  // The ASCII prefix maps one to one.
  out.text_.assign(in.substr(0, i));
  emit_one_to_one(0, i);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(in.data());
  while (i < n) {
    // A run of ASCII other than CR maps one to one: copied at once. Its last character
    // stays for the loop below when a non-ASCII byte follows (it may start an NFC group).
    size_t j = AsciiRunEnd(in, i);
    if (j < n && opts.nfc && static_cast<unsigned char>(in[j]) >= 0x80 && j > i) --j;
    if (j > i + 1) {
      out.text_.append(in.data() + i, j - i);
      emit_one_to_one(i, j);
      i = j;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(in[i]);
    bool starter_with_marks = c < 0x80 && opts.nfc && i + 1 < n &&
                              static_cast<unsigned char>(in[i + 1]) >= 0x80;
    if (c < 0x80 && !starter_with_marks) {
      if (c == '\r') {
        size_t end = (i + 1 < n && in[i + 1] == '\n') ? i + 2 : i + 1;
        emit("\n", i, end);
        i = end;
      } else {
        out.text_.push_back(static_cast<char>(c));
        out.orig_start_.push_back(static_cast<uint32_t>(i));
        out.orig_end_.push_back(static_cast<uint32_t>(i + 1));
        ++i;
      }
      continue;
    }
    utf8proc_int32_t cp = c;
    utf8proc_ssize_t len = c < 0x80 ? 1 : utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len <= 0) {
      char msg[64];
      std::snprintf(msg, sizeof msg, "invalid UTF-8 byte 0x%02x", c);
      if (opts.strict) {
        Status s = Status::Error(StatusCode::kInvalidInput, msg);
        s.offset = static_cast<int64_t>(i);
        return s;
      }
      out.warnings_.push_back({static_cast<uint32_t>(i), msg});
      emit("\xEF\xBF\xBD", i, i + 1);
      ++i;
      continue;
    }
    size_t start = i;
    size_t end = i + static_cast<size_t>(len);
    if (const char* rep = Fold(cp, opts)) {
      emit(rep, start, end);
      i = end;
      continue;
    }
    // Gather following combining marks into one piece.
    bool group = false;
    while (opts.nfc && end < n && static_cast<unsigned char>(in[end]) >= 0x80) {
      utf8proc_int32_t next;
      utf8proc_ssize_t l2 =
          utf8proc_iterate(bytes + end, static_cast<utf8proc_ssize_t>(n - end), &next);
      if (l2 <= 0 || !IsCombining(next)) break;
      end += static_cast<size_t>(l2);
      group = true;
    }
    const utf8proc_property_t* prop = utf8proc_get_property(cp);
    bool may_change = group || (prop->decomp_seqindex != UINT16_MAX && prop->decomp_type == 0);
    if (opts.nfc && may_change) {
      utf8proc_uint8_t* composed = nullptr;
      utf8proc_ssize_t cl = utf8proc_map(bytes + start, static_cast<utf8proc_ssize_t>(end - start),
                                         &composed,
                                         static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
      if (cl >= 0 && composed) {
        emit(std::string_view(reinterpret_cast<char*>(composed), static_cast<size_t>(cl)), start,
             end);
        std::free(composed);
        i = end;
        continue;
      }
      std::free(composed);
    }
    emit(in.substr(start, end - start), start, end);
    i = end;
  }
  return out;
}

}  // namespace claimkit

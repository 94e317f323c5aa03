// Span: a half-open byte range [start, end) into Document::text(), the original bytes.
//
// Every span claimkit reports, in any layer, is of this kind, so that
// text.substr(start, end - start) reproduces the span's text byte for byte.
#ifndef CLAIMKIT_SPAN_H_
#define CLAIMKIT_SPAN_H_

#include <cstdint>
#include <string_view>

namespace claimkit {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;  // exclusive

  uint32_t size() const { return end > start ? end - start : 0; }
  bool empty() const { return end <= start; }
  bool Contains(uint32_t offset) const { return offset >= start && offset < end; }
  bool Contains(Span o) const { return o.start >= start && o.end <= end; }
  bool Overlaps(Span o) const { return o.start < end && start < o.end; }
  std::string_view Of(std::string_view text) const {
    if (start >= text.size()) return {};
    return text.substr(start, (end > text.size() ? text.size() : end) - start);
  }
  friend bool operator==(Span a, Span b) { return a.start == b.start && a.end == b.end; }
  friend bool operator<(Span a, Span b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  }
};

}  // namespace claimkit

#endif  // CLAIMKIT_SPAN_H_

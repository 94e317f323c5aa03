#include "extractors/quote_marks.h"

#include <algorithm>

namespace claimkit {

MarkShape ShapeOf(char32_t c) {
  switch (c) {
    case U'\u201C': case U'\u201F': return MarkShape::kDoubleOpen;
    case U'\u201D': return MarkShape::kDoubleClose;
    case U'"': return MarkShape::kDoubleStraight;
    case U'\u201E': return MarkShape::kDoubleLow;
    case U'\u00AB': return MarkShape::kGuillemetLeft;
    case U'\u00BB': return MarkShape::kGuillemetRight;
    case U'\u2018': case U'\u201B': case U'\u2039': return MarkShape::kSingleOpen;
    case U'\u2019': case U'\u203A': return MarkShape::kSingleClose;
    case U'\'': return MarkShape::kSingleStraight;
    case U'\u201A': return MarkShape::kSingleLow;
    default: return MarkShape::kNone;
  }
}

char32_t DecodeUtf8(std::string_view s, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0xFFFD;
  char32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (d & 0x3F);
  }
  *len = n;
  return cp;
}

namespace {

// Letters and digits, counting any non-ASCII byte as a letter (the view has folded
// non-ASCII punctuation, dashes and spaces to ASCII already).
bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// The byte before `pos` in the paragraph, or 0 at its start.
unsigned char Before(std::string_view v, Span para, uint32_t pos) {
  return pos > para.start ? static_cast<unsigned char>(v[pos - 1]) : 0;
}
// The byte at `pos`, or 0 past the paragraph end.
unsigned char At(std::string_view v, Span para, uint32_t pos) {
  return pos < para.end && pos < v.size() ? static_cast<unsigned char>(v[pos]) : 0;
}
bool IsSpaceOr0(unsigned char c) { return c == 0 || c == ' ' || c == '\n' || c == '\t'; }
bool IsOpenContext(unsigned char c) {  // what may stand before an opening mark
  return IsSpaceOr0(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == '/' || c == '"' ||
         c == '\'' || c == ':' || c == ',';
}
bool IsCloseContext(unsigned char c) {  // what may follow a closing mark
  return IsSpaceOr0(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == ')' || c == ']' || c == '}' || c == '-' || c == '"' || c == '\'' || c == '/';
}

enum Dir { kOpen, kClose, kEither };

Dir DoubleDir(std::string_view v, Span para, const QuoteMark& m) {
  unsigned char b = Before(v, para, m.view), a = At(v, para, m.view + m.len);
  switch (m.shape) {
    case MarkShape::kDoubleOpen:
      // A typo'd closing mark: “...percent.“ at the end of a paragraph or before a space
      // (also after a comma: “It's unusual,“ said ...).
      if (!IsSpaceOr0(b) && IsSpaceOr0(a) && (!IsOpenContext(b) || b == ',')) return kClose;
      return kOpen;
    case MarkShape::kDoubleClose:
      // A typo'd opening mark: ”What is ... at the start of a paragraph.
      if (IsSpaceOr0(b) && !IsSpaceOr0(a) && IsWordByte(a)) return kOpen;
      return kClose;
    case MarkShape::kDoubleLow: case MarkShape::kGuillemetLeft:
      return kOpen;
    case MarkShape::kGuillemetRight:
      return kClose;
    default: break;
  }
  bool open_ok = IsOpenContext(b) && !IsSpaceOr0(a);
  bool close_ok = !IsSpaceOr0(b) && IsCloseContext(a);
  if (open_ok && !close_ok) return kOpen;
  if (close_ok && !open_ok) return kClose;
  return kEither;
}

// Pairs the single marks in view[scope] (marks already restricted to it).
void PairSingles(std::string_view v, Span para, const std::vector<const QuoteMark*>& marks, int depth,
                 std::vector<QuoteRegion>* out) {
  const QuoteMark* pending = nullptr;
  for (const QuoteMark* m : marks) {
    unsigned char b = Before(v, para, m->view), a = At(v, para, m->view + m->len);
    unsigned char a2 = At(v, para, m->view + m->len + 1);
    // Apostrophes: letters on both sides (Cambodia’s, don’t) or a decade/year ('90s, ’16).
    if (IsWordByte(b) && IsWordByte(a)) continue;
    if (IsDigit(a) && IsDigit(a2) && !IsWordByte(b)) continue;
    bool can_open = m->shape != MarkShape::kSingleClose && IsOpenContext(b) && !IsSpaceOr0(a) &&
                    (IsWordByte(a) || a == '"' || a == '[' || a == '(' || a == '.');
    bool can_close = m->shape != MarkShape::kSingleOpen && m->shape != MarkShape::kSingleLow &&
                     !IsSpaceOr0(b) && IsCloseContext(a);
    if (pending && can_close) {
      QuoteRegion r;
      r.open = pending->view;
      r.open_len = pending->len;
      r.close = m->view;
      r.close_len = m->len;
      r.is_double = false;
      r.depth = depth;
      out->push_back(r);
      pending = nullptr;
    } else if (can_open) {
      pending = m;
    }
  }
}

}  // namespace

std::vector<QuoteRegion> PairQuotes(std::string_view v, Span para, const std::vector<QuoteMark>& marks) {
  std::vector<QuoteRegion> out;
  PairQuotes(v, para, marks, &out);
  return out;
}

void PairQuotes(std::string_view v, Span para, const std::vector<QuoteMark>& marks,
                std::vector<QuoteRegion>* out_regions) {
  std::vector<QuoteRegion>& out = *out_regions;
  out.clear();
  if (marks.empty()) return;
  // 1. Double marks, top level.
  const QuoteMark* open = nullptr;
  bool open_low = false;        // opened by „ (German: closed by “ as well)
  bool open_guillemet = false;  // opened by « or » (closed by the other, or the same)
  auto emit = [&](const QuoteMark* o, uint32_t close, uint8_t close_len, bool closed) {
    QuoteRegion r;
    r.open = o->view;
    r.open_len = o->len;
    r.close = close;
    r.close_len = close_len;
    r.closed = closed;
    out.push_back(r);
  };
  for (const QuoteMark& m : marks) {
    if (!IsDoubleShape(m.shape)) continue;
    // Inch marks: 5'10" or 12" after a digit, when no quotation is open.
    if (!open && m.shape == MarkShape::kDoubleStraight && IsDigit(Before(v, para, m.view))) continue;
    Dir d = DoubleDir(v, para, m);
    if (open) {
      bool closes = d != kOpen;
      if (open_low && m.shape == MarkShape::kDoubleOpen) closes = true;            // „…“
      if (open_guillemet && m.shape == MarkShape::kGuillemetRight) closes = true;  // «…»
      if (open_guillemet && m.shape == MarkShape::kGuillemetLeft &&
          open->shape == MarkShape::kGuillemetRight) closes = true;                // »…«
      if (closes) {
        emit(open, m.view, m.len, true);
        open = nullptr;
      } else {
        // A second opening mark: the first quotation was never closed. End it just
        // before this mark and start again.
        uint32_t end = m.view;
        while (end > open->view + open->len && IsSpaceOr0(static_cast<unsigned char>(v[end - 1]))) --end;
        emit(open, end, 0, false);
        open = &m;
        open_low = m.shape == MarkShape::kDoubleLow;
        open_guillemet = m.shape == MarkShape::kGuillemetLeft || m.shape == MarkShape::kGuillemetRight;
      }
    } else {
      if (d == kClose && m.shape != MarkShape::kGuillemetRight) continue;  // stray closing mark
      open = &m;
      open_low = m.shape == MarkShape::kDoubleLow;
      open_guillemet = m.shape == MarkShape::kGuillemetLeft || m.shape == MarkShape::kGuillemetRight;
    }
  }
  if (open) {
    uint32_t end = std::min<uint32_t>(para.end, static_cast<uint32_t>(v.size()));
    emit(open, end, 0, false);
  }
  // 2. Single marks: inside each double region (depth 1) and between them (depth 0).
  // The double regions are out[0 .. nd) (the single ones are appended after them).
  const size_t nd = out.size();
  size_t di = 0;
  std::vector<const QuoteMark*> scope;
  int scope_depth = 0;
  auto flush = [&]() {
    if (!scope.empty()) PairSingles(v, para, scope, scope_depth, &out);
    scope.clear();
  };
  for (const QuoteMark& m : marks) {
    if (IsDoubleShape(m.shape)) continue;
    while (di < nd && m.view >= out[di].Outer().end) {
      flush();
      ++di;
      scope_depth = 0;
    }
    int depth = di < nd && m.view > out[di].open ? 1 : 0;
    if (depth != scope_depth) {
      flush();
      scope_depth = depth;
    }
    scope.push_back(&m);
  }
  flush();
  std::sort(out.begin(), out.end(), [](const QuoteRegion& a, const QuoteRegion& b) {
    return a.open != b.open ? a.open < b.open : a.depth < b.depth;
  });
}

}  // namespace claimkit

// Invariants shared by the fuzz targets: every span claimkit reports is a
// well-formed byte range of the original text that does not split a character.
// A violation prints what and where, then aborts (libFuzzer saves the input).
#ifndef CLAIMKIT_FUZZ_INVARIANTS_H_
#define CLAIMKIT_FUZZ_INVARIANTS_H_

#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "claimkit/normalize.h"
#include "claimkit/pipeline.h"
#include "claimkit/segment.h"
#include "claimkit/span.h"
#include "claimkit/structure.h"

namespace claimkit::fuzz {

[[noreturn]] inline void Fail(const char* what, Span s, size_t limit) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s: span [%u, %u), limit %zu\n", what, s.start, s.end,
               limit);
  std::abort();
}

#define CLAIMKIT_CHECK(cond, what, span, limit) \
  do {                                          \
    if (!(cond)) ::claimkit::fuzz::Fail(what, span, limit); \
  } while (0)

// Character boundaries of `text`: positions where a code point or an invalid byte
// starts (invalid bytes are one character each, as Normalize() repairs them), and
// text.size(). boundary[i] is true when i is one.
inline std::vector<bool> CharBoundaries(std::string_view text) {
  std::vector<bool> b(text.size() + 1, false);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    b[i] = true;
    utf8proc_int32_t cp;
    utf8proc_ssize_t len =
        utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    i += len > 0 ? static_cast<size_t>(len) : 1;
  }
  b[text.size()] = true;
  return b;
}

// [start, end) with start <= end <= limit.
inline void CheckSpan(const char* what, Span s, size_t limit) {
  CLAIMKIT_CHECK(s.start <= s.end && s.end <= limit, what, s, limit);
}

// CheckSpan, and both ends on character boundaries of the original.
inline void CheckOriginalSpan(const char* what, Span s, const std::vector<bool>& boundary) {
  size_t n = boundary.size() - 1;
  CheckSpan(what, s, n);
  CLAIMKIT_CHECK(boundary[s.start] && boundary[s.end], what, s, n);
}

// The offset map: ToOriginal is within bounds and monotonic over every view offset.
inline void CheckNormalized(const NormalizedText& norm, size_t orig_size) {
  const size_t vn = norm.text().size();
  uint32_t prev = 0;
  for (size_t v = 0; v <= vn; ++v) {
    uint32_t o = norm.ToOriginal(static_cast<uint32_t>(v));
    Span at{o, o};
    CLAIMKIT_CHECK(o <= orig_size, "ToOriginal out of bounds", at, orig_size);
    CLAIMKIT_CHECK(o >= prev, "ToOriginal not monotonic", at, orig_size);
    prev = o;
  }
  CLAIMKIT_CHECK(norm.ToOriginal(static_cast<uint32_t>(vn)) == orig_size,
                 "end of view does not map to end of original", (Span{0, 0}), orig_size);
}

inline void CheckStructure(const Structure& st, const NormalizedText& norm,
                           const std::vector<bool>& boundary) {
  const size_t vn = norm.text().size();
  Span prev{0, 0}, prev_view{0, 0};
  for (const Paragraph& p : st.paragraphs) {
    CheckOriginalSpan("paragraph span", p.span, boundary);
    CheckSpan("paragraph view", p.view, vn);
    CLAIMKIT_CHECK(p.span.start >= prev.end, "paragraphs overlap or out of order", p.span,
                   boundary.size() - 1);
    CLAIMKIT_CHECK(p.view.start >= prev_view.end, "paragraph views overlap", p.view, vn);
    CLAIMKIT_CHECK(static_cast<int>(p.role) >= 0 && p.role <= Role::kBoilerplate, "bad role",
                   p.span, boundary.size() - 1);
    prev = p.span;
    prev_view = p.view;
  }
}

inline void CheckSentences(const std::vector<Sentence>& sents, const Structure& st,
                           const NormalizedText& norm, const std::vector<bool>& boundary) {
  const size_t n = boundary.size() - 1;
  const size_t vn = norm.text().size();
  Span prev{0, 0}, prev_view{0, 0};
  for (const Sentence& s : sents) {
    CheckOriginalSpan("sentence span", s.span, boundary);
    CheckSpan("sentence view", s.view, vn);
    CLAIMKIT_CHECK(s.span.start >= prev.end, "sentences overlap or out of order", s.span, n);
    CLAIMKIT_CHECK(s.view.start >= prev_view.end, "sentence views overlap", s.view, vn);
    CLAIMKIT_CHECK(s.paragraph >= 0 && static_cast<size_t>(s.paragraph) < st.paragraphs.size(),
                   "sentence paragraph index out of range", s.span, n);
    CLAIMKIT_CHECK(st.paragraphs[s.paragraph].span.Contains(s.span),
                   "sentence crosses its paragraph", s.span, n);
    prev = s.span;
    prev_view = s.view;
  }
}

// Tokens of one view range: inside it, ordered, non-overlapping, non-empty.
inline void CheckTokens(const std::vector<Token>& toks, Span range, const NormalizedText& norm,
                        const std::vector<bool>& boundary) {
  const size_t vn = norm.text().size();
  uint32_t prev_end = range.start, prev_orig_end = 0;
  for (const Token& t : toks) {
    CheckSpan("token view", t.view, vn);
    CheckOriginalSpan("token span", t.span, boundary);
    CLAIMKIT_CHECK(!t.view.empty(), "empty token", t.view, vn);
    CLAIMKIT_CHECK(range.Contains(t.view), "token outside its range", t.view, vn);
    CLAIMKIT_CHECK(t.view.start >= prev_end, "tokens overlap or out of order", t.view, vn);
    CLAIMKIT_CHECK(t.span.start >= prev_orig_end, "token spans overlap", t.span,
                   boundary.size() - 1);
    CLAIMKIT_CHECK(static_cast<int>(t.type) >= 0 && t.type <= TokenType::kHandle,
                   "bad token type", t.view, vn);
    prev_end = t.view.end;
    prev_orig_end = t.span.end;
  }
}

}  // namespace claimkit::fuzz

#endif  // CLAIMKIT_FUZZ_INVARIANTS_H_

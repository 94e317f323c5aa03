// Normalisation: a cleaned-up view of the original text plus an offset map back.
//
// The view is what the segmenter and extractors read; every offset computed on it
// maps back to exact original bytes with ToOriginal(). What the view changes:
//   - NFC composition (utf8proc), e.g. "e" U+0301 -> "é"
//   - quote variants  “ ” „ ‟ « » ″ -> '"' ; ‘ ’ ‚ ‛ ′ -> '\''   (unless keep_quotes)
//   - dash variants   ‐ ‑ ‒ – — ― − -> '-'
//   - space variants  NBSP, thin/narrow/figure spaces, U+2000..U+200A, U+3000 -> ' '
//   - removed: soft hyphen U+00AD, zero-width U+200B..U+200D, U+2060, BOM U+FEFF
//   - CRLF and lone CR -> '\n'; U+2028/U+2029 -> '\n'
//   - invalid UTF-8 bytes -> U+FFFD, one warning per bad sequence with its offset
//     (an error instead with strict = true)
//   - ellipsis U+2026 -> "..."
// Each replacement is atomic: a view span never starts or ends inside the bytes
// that one original character (or CRLF pair, or NFC group) became.
#ifndef CLAIMKIT_NORMALIZE_H_
#define CLAIMKIT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimkit/span.h"
#include "claimkit/status.h"

namespace claimkit {

struct NormalizeOptions {
  bool strict = false;       // invalid UTF-8 is an error (default: repair with U+FFFD)
  bool nfc = true;           // compose combining sequences
  bool fold_quotes = true;   // curly/angle quotes -> ASCII
  bool fold_dashes = true;   // dash variants -> '-'
};

struct NormalizeWarning {
  uint32_t offset;      // byte offset in the original
  std::string message;  // e.g. "invalid UTF-8 byte 0xff"
};

class NormalizedText {
 public:
  const std::string& text() const { return text_; }
  // Original offset where view byte `view_offset` came from; view_offset may be text().size().
  uint32_t ToOriginal(uint32_t view_offset) const {
    if (identity_) return view_offset;
    if (view_offset >= orig_start_.size()) return orig_size_;
    return orig_start_[view_offset];
  }
  // Original span covering the view span: start of its first char .. end of its last char.
  Span ToOriginal(Span view_span) const {  // inline: called for every token
    if (identity_) return view_span;
    if (view_span.empty()) {
      uint32_t o = ToOriginal(view_span.start);
      return {o, o};
    }
    // Both maps have one entry per view byte, and start <= end - 1: if the last byte is
    // mapped, so is the first (one bounds check instead of two).
    const uint32_t last = view_span.end - 1;
    if (last < orig_end_.size()) return {orig_start_[view_span.start], orig_end_[last]};
    return {ToOriginal(view_span.start), orig_size_};
  }
  // The view offset of the first view byte produced at or after original offset `orig`.
  uint32_t FromOriginal(uint32_t orig) const;
  Span FromOriginal(Span orig_span) const;
  const std::vector<NormalizeWarning>& warnings() const { return warnings_; }
  bool identity() const { return identity_; }  // view == original (no map stored)

 private:
  friend Result<NormalizedText> Normalize(std::string_view, const NormalizeOptions&);
  std::string text_;
  // For each view byte i: [orig_start_[i], orig_end_[i]) is the original piece it came from.
  std::vector<uint32_t> orig_start_, orig_end_;
  uint32_t orig_size_ = 0;
  bool identity_ = false;
  std::vector<NormalizeWarning> warnings_;
};

// Never fails unless opts.strict and the input is not valid UTF-8 (kInvalidInput,
// offset = first bad byte).
Result<NormalizedText> Normalize(std::string_view original, const NormalizeOptions& opts = {});

}  // namespace claimkit

#endif  // CLAIMKIT_NORMALIZE_H_

// Character classes over UTF-8 for the segmenter and tokeniser (internal).
//
// ASCII bytes are classified by a 128-entry table; other code points are decoded
// and classified with ICU's u_charType(). Invalid bytes (the normalised view has
// none, but Tokens() may be given any text) count as one-byte kOther characters.
#ifndef CLAIMKIT_SRC_SEGMENT_CHARS_H_
#define CLAIMKIT_SRC_SEGMENT_CHARS_H_

#include <cstdint>
#include <string_view>

namespace claimkit::seg {

enum CharClass : uint8_t {
  kSpace,     // whitespace, incl. newlines
  kUpper,     // upper/title-case letter
  kLower,     // lower-case letter
  kLetter,    // other letters (no case), combining marks
  kDigit,     // decimal digit
  kOpen,      // ( [ { and other Ps
  kClose,     // ) ] } and other Pe
  kQuote,     // " ' ` and Pi/Pf (curly quotes when not folded)
  kDash,      // - and other Pd
  kTerm,      // . ! ?
  kPunct,     // other punctuation: , ; : / & @ # * ...
  kCurrency,  // $ and other Sc
  kSymbol,    // + = < > ^ | ~ % and other Sm/Sk/So, emoji
  kOther,     // controls, unassigned, invalid bytes
};

struct Char {
  uint32_t cp = 0;    // code point (0xFFFD for invalid bytes)
  uint8_t len = 1;    // bytes
  CharClass cls = kOther;
};

extern const CharClass kAsciiClass[128];

// Decodes and classifies a non-ASCII character starting at s[i].
Char CharAtSlow(std::string_view s, size_t i);

// Decodes and classifies the character starting at s[i] (i < s.size()).
inline Char CharAt(std::string_view s, size_t i) {
  const unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return Char{b, 1, kAsciiClass[b]};
  return CharAtSlow(s, i);
}
// The character ending just before s[i] (i > 0), when s[i - 1] is not ASCII.
Char CharBeforeSlow(std::string_view s, size_t i);

// The character ending just before s[i] (i > 0).
inline Char CharBefore(std::string_view s, size_t i) {
  // An ASCII byte is a whole character (CharBeforeSlow would find the same).
  const unsigned char b = static_cast<unsigned char>(s[i - 1]);
  if (b < 0x80) return Char{b, 1, kAsciiClass[b]};
  return CharBeforeSlow(s, i);
}

inline bool IsWordClass(CharClass c) { return c == kUpper || c == kLower || c == kLetter; }
inline bool IsAlnumClass(CharClass c) { return IsWordClass(c) || c == kDigit; }

}  // namespace claimkit::seg

#endif  // CLAIMKIT_SRC_SEGMENT_CHARS_H_

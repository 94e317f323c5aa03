// Character classes for the segmenter (see segment_chars.h).
#include "segment_chars.h"

#include <unicode/uchar.h>

#include <array>

namespace claimkit::seg {
namespace {

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = kOther;
  for (int c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = kSpace;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (int c : {'(', '[', '{'}) t[c] = kOpen;
  for (int c : {')', ']', '}'}) t[c] = kClose;
  for (int c : {'"', '\'', '`'}) t[c] = kQuote;
  t['-'] = kDash;
  for (int c : {'.', '!', '?'}) t[c] = kTerm;
  for (int c : {',', ';', ':', '/', '\\', '&', '@', '#', '*', '_'}) t[c] = kPunct;
  t['$'] = kCurrency;
  for (int c : {'+', '=', '<', '>', '^', '|', '~', '%'}) t[c] = kSymbol;
  return t;
}

CharClass ClassifyCodePoint(uint32_t cp) {
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return kUpper;
    case U_LOWERCASE_LETTER:
      return kLower;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return kDigit;
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return kLetter;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return kSpace;
    case U_START_PUNCTUATION:
      return kOpen;
    case U_END_PUNCTUATION:
      return kClose;
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return kQuote;
    case U_DASH_PUNCTUATION:
      return kDash;
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      // Full-width and other script sentence terminators.
      if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E || cp == 0x203C ||
          cp == 0x2047 || cp == 0x2048 || cp == 0x2049 || cp == 0x0964) {
        return kTerm;
      }
      if (cp == 0x2026) return kTerm;  // … (the view folds it to "...")
      return kPunct;
    case U_CURRENCY_SYMBOL:
      return kCurrency;
    case U_MATH_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return kSymbol;
    case U_FORMAT_CHAR:
      return kLetter;  // ZWJ etc. inside words and emoji
    default:
      return kOther;
  }
}

constexpr std::array<CharClass, 128> kAscii = MakeAsciiTable();

}  // namespace

const CharClass kAsciiClass[128] = {
#define C(i) kAscii[i]
#define C8(i) C(i), C(i + 1), C(i + 2), C(i + 3), C(i + 4), C(i + 5), C(i + 6), C(i + 7)
    C8(0),  C8(8),  C8(16), C8(24), C8(32), C8(40),  C8(48),  C8(56),
    C8(64), C8(72), C8(80), C8(88), C8(96), C8(104), C8(112), C8(120),
#undef C8
#undef C
};

Char CharAtSlow(std::string_view s, size_t i) {
  const unsigned char b0 = static_cast<unsigned char>(s[i]);
  Char c;
  c.cp = 0xFFFD;
  c.len = 1;
  c.cls = kOther;
  int need;
  uint32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
  } else {
    return c;
  }
  if (i + need >= s.size()) return c;  // truncated sequence
  for (int k = 1; k <= need; ++k) {
    const unsigned char b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return c;
    cp = (cp << 6) | (b & 0x3F);
  }
  if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
    return c;
  }
  c.cp = cp;
  c.len = static_cast<uint8_t>(need + 1);
  c.cls = ClassifyCodePoint(cp);
  return c;
}

Char CharBeforeSlow(std::string_view s, size_t i) {
  // Step back over at most three continuation bytes to a lead byte.
  size_t j = i - 1;
  int steps = 0;
  while (j > 0 && steps < 3 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) {
    --j;
    ++steps;
  }
  Char c = CharAt(s, j);
  if (j + c.len != i) return Char{0xFFFD, 1, kOther};  // i - 1 is a stray byte
  return c;
}

}  // namespace claimkit::seg

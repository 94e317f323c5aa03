// The rule tokeniser (see segment_tokenize.h for the token decisions).
#include "segment_tokenize.h"

#include <array>
#include <unicode/uchar.h>

#include "segment_chars.h"

namespace claimkit::seg {
namespace {

inline bool StartsWithNoCase(std::string_view s, size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

// ASCII byte flags for the fast path.
constexpr uint8_t kFlagAlnum = 1, kFlagDigit = 2, kFlagEnds = 4, kFlagDigitSep = 8;
constexpr std::array<uint8_t, 256> MakeFlags() {
  std::array<uint8_t, 256> f{};
  for (int c = 'a'; c <= 'z'; ++c) f[c] = kFlagAlnum;
  for (int c = 'A'; c <= 'Z'; ++c) f[c] = kFlagAlnum;
  for (int c = '0'; c <= '9'; ++c) f[c] = kFlagAlnum | kFlagDigit;
  // Bytes after which a run of letters/digits is a whole token.
  for (int c : {' ', '\t', '\n', '\r', '\f', '\v', ',', ';', ')', ']', '}', '(', '[', '"', '!',
                '?', '*', '+', '=', '<', '>', '|', '~', '#', '^'}) {
    f[c] |= kFlagEnds;
  }
  f[','] |= kFlagDigitSep;  // "10,000"
  return f;
}
constexpr std::array<uint8_t, 256> kAsciiFlags = MakeFlags();

class Tokenizer {
 public:
  Tokenizer(const NormalizedText& norm, uint32_t end, const SegmentLexicon& lex,
            std::vector<Token>* out)
      : s_(std::string_view(norm.text()).substr(0, end)), norm_(norm), lex_(lex), out_(out), first_(out->size()) {}

  void Run(uint32_t begin) {
    const char* d = s_.data();
    const size_t n = s_.size();
    size_t i = begin;
    while (i < n) {
      const unsigned char b = static_cast<unsigned char>(d[i]);
      if (b == ' ' || b == '\n') {
        ++i;
        continue;
      }
      // Fast path: an ASCII alphanumeric run ended by a byte that cannot continue a
      // token ("word ", "word,", "word)"). Everything else takes the general path.
      if (kAsciiFlags[b] & kFlagAlnum) {
        size_t j = i + 1;
        uint8_t seen = kAsciiFlags[b];
        while (j < n && (kAsciiFlags[static_cast<unsigned char>(d[j])] & kFlagAlnum)) {
          seen |= kAsciiFlags[static_cast<unsigned char>(d[j])];
          ++j;
        }
        const unsigned char e = j < n ? static_cast<unsigned char>(d[j]) : ' ';
        const uint8_t ef = kAsciiFlags[e];
        if ((ef & kFlagEnds) && !((ef & kFlagDigitSep) && (seen & kFlagDigit))) {
          Push(i, j, (kAsciiFlags[b] & kFlagDigit) ? TokenType::kNumber : TokenType::kWord);
          i = j;
          continue;
        }
      }
      Char c = CharAt(s_, i);
      if (c.cls == kSpace) {
        i += c.len;
        continue;
      }
      i = One(i, c);
    }
  }

 private:
  Char At(size_t i) const { return i < s_.size() ? CharAt(s_, i) : Char{0, 0, kSpace}; }
  CharClass ClassAt(size_t i) const { return At(i).cls; }
  bool DigitAt(size_t i) const { return i < s_.size() && s_[i] >= '0' && s_[i] <= '9'; }

  size_t Emit(size_t start, size_t end, TokenType type) {
    // A token never ends inside a grapheme cluster: combining marks after it ("%" + U+0301,
    // which NFC cannot compose) belong to it, so no two tokens share one original span.
    while (end < s_.size() && static_cast<unsigned char>(s_[end]) >= 0xCC) {
      Char m = CharAt(s_, end);
      if (!u_hasBinaryProperty(static_cast<UChar32>(m.cp), UCHAR_GRAPHEME_EXTEND)) break;
      end += m.len;
    }
    Push(start, end, type);
    return end;
  }

  void Push(size_t start, size_t end, TokenType type) {
    Token t;
    t.view = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    t.span = norm_.ToOriginal(t.view);
    t.type = type;
    // A cluster the normaliser maps as one unit (a control character and a spacing mark
    // after it, which Emit does not join) gives both tokens the same original bytes:
    // they are one token.
    if (out_->size() > first_ && out_->back().span.end > t.span.start) {
      Token& prev = out_->back();
      prev.view.end = t.view.end;
      prev.span.end = std::max(prev.span.end, t.span.end);
      return;
    }
    out_->push_back(t);
  }

  // Scans one token starting at non-space `i`; returns the position after it.
  size_t One(size_t i, Char c) {
    switch (c.cls) {
      case kUpper:
      case kLower:
      case kLetter:
      case kDigit:
        return WordLike(i);
      case kCurrency:
        return Currency(i, i);
      case kQuote:
        // '68, '90s: a clipped year.
        if (s_[i] == '\'' && DigitAt(i + 1) && DigitAt(i + 2) && !DigitAt(i + 3)) {
          size_t j = i + 3;
          if (j < s_.size() && s_[j] == 's') ++j;
          if (!IsAlnumClass(ClassAt(j))) return Emit(i, j, TokenType::kNumber);
        }
        return Emit(i, i + c.len, TokenType::kQuote);
      case kTerm: {
        size_t j = i + c.len;
        while (j < s_.size()) {
          Char n = CharAt(s_, j);
          if (n.cls != kTerm) break;
          j += n.len;
        }
        return Emit(i, j, TokenType::kPunct);
      }
      case kDash:
        if (s_[i] == '-') {
          // A minus sign: "-3" after a space or an opening mark.
          if (DigitAt(i + 1) && (i == 0 || ClassAt(i - 1) == kSpace || ClassAt(i - 1) == kOpen)) {
            size_t j = WordLike(i + 1, /*emit=*/false);
            return Emit(i, j, TokenType::kNumber);
          }
          return SameRun(i, '-', TokenType::kPunct);
        }
        return Emit(i, i + c.len, TokenType::kPunct);
      case kPunct:
        return Punct(i, c);
      case kSymbol:
        if (s_[i] == '%') return Emit(i, i + 1, TokenType::kPercent);
        if (c.len == 1) return SameRun(i, s_[i], TokenType::kSymbol);
        return Symbol(i, c);
      case kOpen:
      case kClose:
        return Emit(i, i + c.len, TokenType::kPunct);
      default:
        return Symbol(i, c);
    }
  }

  // A run of the same ASCII character: "--", "**", "==".
  size_t SameRun(size_t i, char ch, TokenType type) {
    size_t j = i + 1;
    while (j < s_.size() && s_[j] == ch) ++j;
    return Emit(i, j, type);
  }

  // A symbol plus the marks and joiners that belong to it (emoji sequences).
  size_t Symbol(size_t i, Char c) {
    size_t j = i + c.len;
    while (j < s_.size()) {
      Char n = CharAt(s_, j);
      if (n.cp == 0x200D && j + n.len < s_.size()) {  // ZWJ joins the next symbol
        j += n.len;
        j += CharAt(s_, j).len;
        continue;
      }
      // Variation selector, skin tone, keycap.
      if (!(n.cp == 0xFE0F || (n.cp >= 0x1F3FB && n.cp <= 0x1F3FF) || n.cp == 0x20E3)) break;
      j += n.len;
    }
    return Emit(i, j, TokenType::kSymbol);
  }

  size_t Punct(size_t i, Char c) {
    const char ch = s_[i];
    if ((ch == '@' || ch == '#') && i + 1 < s_.size()) {
      // @handle, #hashtag (a hashtag must start with a letter: "#2" is '#' + number).
      Char n = CharAt(s_, i + 1);
      if (IsWordClass(n.cls) || (ch == '@' && (n.cls == kDigit || s_[i + 1] == '_'))) {
        size_t j = i + 1;
        while (j < s_.size()) {
          Char m = CharAt(s_, j);
          if (!(IsAlnumClass(m.cls) || s_[j] == '_')) break;
          j += m.len;
        }
        return Emit(i, j, TokenType::kHandle);
      }
    }
    if (ch == ':' || ch == ';') {
      // Emoticons: ":)", ":-(", ";)", ":D", ":P".
      size_t j = i + 1;
      if (j < s_.size() && s_[j] == '-') ++j;
      if (j < s_.size() && (s_[j] == ')' || s_[j] == '(' || s_[j] == 'D' || s_[j] == 'P' ||
                            s_[j] == 'p')) {
        if (!IsAlnumClass(ClassAt(j + 1)) && (i == 0 || ClassAt(i - 1) == kSpace)) {
          return Emit(i, j + 1, TokenType::kSymbol);
        }
      }
    }
    if (ch == '*' || ch == '_' || ch == '#' || ch == '/' || ch == '\\') {
      return SameRun(i, ch, TokenType::kPunct);
    }
    return Emit(i, i + c.len, TokenType::kPunct);
  }

  // Currency: symbol + amount, optionally with a 1-3 capital prefix starting at
  // `start` ("US$1.5bn", "HK$5", "$100", "£5m"); a symbol without a number is alone.
  size_t Currency(size_t start, size_t sym) {
    Char c = CharAt(s_, sym);
    size_t j = sym + c.len;
    if (DigitAt(j)) {
      size_t k = Number(j);
      // Magnitude suffix attached to the amount: "bn", "m", "k", "tn", "mn".
      size_t m = k;
      while (m < s_.size() && m - k < 8 && ((s_[m] >= 'a' && s_[m] <= 'z') ||
                                            (s_[m] >= 'A' && s_[m] <= 'Z'))) {
        ++m;
      }
      if (m - k <= 3 && !IsAlnumClass(ClassAt(m))) k = m;
      return Emit(start, k, TokenType::kCurrency);
    }
    if (start != sym) return Emit(start, sym, TokenType::kWord);
    return Emit(sym, j, TokenType::kCurrency);
  }

  // Digits with internal , . : / separators followed by digits: "10,000", "1.5", "12:30".
  size_t Number(size_t i) {
    size_t j = i;
    while (true) {
      while (DigitAt(j)) ++j;
      if (j + 1 < s_.size() && (s_[j] == ',' || s_[j] == '.' || s_[j] == ':' || s_[j] == '/') &&
          DigitAt(j + 1)) {
        ++j;
        continue;
      }
      return j;
    }
  }

  // Is the alphanumeric run at `i` at most 3 bytes long?
  bool ShortRunAt(size_t i) const {
    size_t k = i;
    while (k < s_.size() && k - i <= 3 && IsAlnumClass(ClassAt(k))) k += At(k).len;
    return k - i <= 3;
  }

  bool IsUrlStart(size_t i) const {
    return StartsWithNoCase(s_, i, "http://") || StartsWithNoCase(s_, i, "https://") ||
           StartsWithNoCase(s_, i, "ftp://") || StartsWithNoCase(s_, i, "mailto:") || StartsWithNoCase(s_, i, "www.");
  }

  size_t Url(size_t i) {
    size_t j = i;
    int parens = 0;
    while (j < s_.size()) {
      Char c = CharAt(s_, j);
      if (c.cls == kSpace || s_[j] == '"' || s_[j] == '<' || s_[j] == '>') break;
      if (s_[j] == '(') ++parens;
      if (s_[j] == ')') {
        if (parens == 0) break;
        --parens;
      }
      j += c.len;
    }
    // Leave out trailing punctuation: "see https://x.org/a." -> "https://x.org/a" + ".".
    while (j > i) {
      char ch = s_[j - 1];
      if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?' ||
          ch == '\'' || ch == ']') {
        --j;
      } else {
        break;
      }
    }
    return Emit(i, j, TokenType::kUrl);
  }

  // Words, numbers, e-mails, percentages, currency with a letter prefix.
  size_t WordLike(size_t i, bool emit = true) {
    if (emit && (s_[i] == 'h' || s_[i] == 'H' || s_[i] == 'w' || s_[i] == 'W' || s_[i] == 'f' ||
                 s_[i] == 'F' || s_[i] == 'm' || s_[i] == 'M') &&
        IsUrlStart(i)) {
      return Url(i);
    }
    const bool starts_digit = DigitAt(i);
    size_t j = i;
    bool has_at = false, at_domain_dot = false, letter_after_hyphen = false;
    bool all_upper_ascii = true;  // for the "US$" prefix
    int segments = 0, max_segment = 0, dots = 0;
    bool dotted_letters_only = true;  // "U.S", "e.g", "Ph.D"
    while (true) {
      // One alphanumeric run.
      size_t run = j;
      bool run_digits = true;
      // Fast path: ASCII lower-case letters.
      if (j < s_.size() && s_[j] >= 'a' && s_[j] <= 'z') {
        ++j;
        while (j < s_.size() && s_[j] >= 'a' && s_[j] <= 'z') ++j;
        run_digits = false;
        all_upper_ascii = false;
      }
      while (j < s_.size()) {
        Char c = CharAt(s_, j);
        if (!IsAlnumClass(c.cls)) break;
        if (c.cls != kDigit) run_digits = false;
        if (c.cls != kUpper || c.len != 1) all_upper_ascii = false;
        j += c.len;
      }
      ++segments;
      if (j - run > static_cast<size_t>(max_segment)) max_segment = static_cast<int>(j - run);
      if (run_digits) dotted_letters_only = false;
      if (j >= s_.size()) break;
      const char ch = s_[j];
      // "US$1.5bn": 1-3 capitals directly before a currency symbol and a digit.
      if (segments == 1 && all_upper_ascii && j - i <= 3) {
        Char c = CharAt(s_, j);
        if (c.cls == kCurrency && DigitAt(j + c.len) && emit) return Currency(i, j);
      }
      // Digit groups: "10,000", "1.5", "12:30", "9/11".
      if (run_digits && (ch == ',' || ch == '.' || ch == ':' || ch == '/') && DigitAt(j + 1)) {
        if (ch == '.') ++dots;
        ++j;
        continue;
      }
      if (ch == '%' && run_digits) {
        if (emit) return Emit(i, j + 1, TokenType::kPercent);
        return j + 1;
      }
      if (static_cast<unsigned char>(ch) == 0xE2 && s_.substr(j, 3) == "\xE2\x80\x99" &&
          IsWordClass(ClassAt(j + 3))) {  // don’t (quotes not folded)
        j += 3;
        dotted_letters_only = false;
        continue;
      }
      Char next = At(j + 1);
      if (j + 1 >= s_.size() || !IsAlnumClass(next.cls)) {
        if (ch == '\'' && j > i && (s_[j - 1] == 's' || s_[j - 1] == 'S') && !starts_digit) {
          // Plural possessive "members' votes": only before a lower-case word.
          size_t k = j + 1;
          if (k < s_.size() && s_[k] == ' ' && ClassAt(k + 1) == kLower && OpenSingleQuotes(i) == 0) {
            j = k;
          }
        }
        break;
      }
      if (ch == '\'' && IsWordClass(next.cls)) {  // don't, O'Brien, Google's
        ++j;
        dotted_letters_only = false;
        continue;
      }
      if (ch == '-') {
        // Number ranges and codes stay whole: "5,100-12,000", "555-1234". A word
        // with a listed prefix stays whole: "co-operate", "e-mail" (UD English
        // splits other hyphenated words: "third-party" -> "third" "-" "party").
        const bool numeric = run_digits && next.cls == kDigit;
        if (!numeric && !(segments == 1 && !run_digits && lex_.IsHyphenPrefix(s_.substr(i, j - i)))) {
          break;
        }
        if (IsWordClass(next.cls)) letter_after_hyphen = true;
        dotted_letters_only = false;
        ++j;
        continue;
      }
      if (ch == '.') {  // Space.com, U.S, e.g
        ++dots;
        ++j;
        continue;
      }
      if (ch == '_') {
        dotted_letters_only = false;
        ++j;
        continue;
      }
      if (ch == '/' && !run_digits && j - run <= 3 && ShortRunAt(j + 1)) {  // b/c, and/or
        dotted_letters_only = false;
        ++j;
        continue;
      }
      if (ch == '&' && j - run <= 3 && IsWordClass(next.cls)) {  // AT&T, R&D
        dotted_letters_only = false;
        ++j;
        continue;
      }
      if (ch == '@' && !has_at && !starts_digit) {  // e-mail
        has_at = true;
        dotted_letters_only = false;
        ++j;
        continue;
      }
      break;
    }
    if (has_at) {
      // The domain must have a dot: "a@b.com".
      for (size_t k = i; k < j; ++k) {
        if (s_[k] == '@') {
          for (size_t m = k; m < j; ++m) at_domain_dot |= (s_[m] == '.');
          break;
        }
      }
    }
    // Period of an abbreviation, an initial or a dotted acronym.
    if (j < s_.size() && s_[j] == '.' && !starts_digit && !has_at) {
      bool take = false;
      const size_t len = j - i;
      if (len == 1 && s_[i] >= 'A' && s_[i] <= 'Z') {
        take = true;  // initial "J."
      } else if (dots > 0 && dotted_letters_only && max_segment <= 3) {
        take = true;  // "U.S." "e.g." "Ph.D."
      } else if (lex_.FindAbbrev(s_.substr(i, len + 1)) != nullptr) {
        take = true;
      }
      // Not when the period starts an ellipsis: "Corp..." keeps "...".
      if (take && !(j + 1 < s_.size() && s_[j + 1] == '.')) ++j;
    }
    if (!emit) return j;
    TokenType type = TokenType::kWord;
    if (has_at && at_domain_dot) {
      type = TokenType::kEmail;
    } else if (starts_digit && !letter_after_hyphen) {
      type = TokenType::kNumber;
    }
    return Emit(i, j, type);
  }

  // Counts unmatched opening single quotes in the current line before `i`, so a
  // closing quote after "s" is not taken for a plural possessive.
  int OpenSingleQuotes(size_t i) const {
    int open = 0;
    size_t k = i;
    size_t limit = i > 400 ? i - 400 : 0;
    while (k > limit && s_[k - 1] != '\n') {
      --k;
      if (s_[k] == '\'') {
        bool before_space = k == 0 || ClassAt(k - 1) == kSpace || ClassAt(k - 1) == kOpen;
        bool after_word = k + 1 < s_.size() && IsWordClass(ClassAt(k + 1));
        if (before_space && after_word) ++open;
      }
    }
    return open;
  }

  std::string_view s_;
  const NormalizedText& norm_;
  const SegmentLexicon& lex_;
  std::vector<Token>* out_;
  size_t first_;  // tokens already in *out_ before this run (not merged with)
};

}  // namespace

void Tokenize(const NormalizedText& norm, uint32_t begin, uint32_t end, const SegmentLexicon& lex,
              std::vector<Token>* out) {
  if (end > norm.text().size()) end = static_cast<uint32_t>(norm.text().size());
  if (begin >= end) return;
  Tokenizer(norm, end, lex, out).Run(begin);
}

}  // namespace claimkit::seg

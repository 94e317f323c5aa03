// Sentences and tokens (see claimkit/segment.h).
//
// Sentences: per paragraph, ICU's sentence BreakIterator runs over the UTF-8 view
// through a UText (native indexes are byte offsets; no UTF-16 copy). Each ICU
// boundary is then kept, dropped or moved by the rules below, and list markers and
// bullets add boundaries ICU does not see. All rules read the normalised view, so
// they see ASCII quotes, '-' and "..." only.
//
//   drop  no terminator before the break (a line break inside a paragraph)
//   drop  no space after the terminator      "story.asp?StoryID=1", "Ont.;" (but "said.The")
//   drop  lower-case next word after '.', after a closing quote or bracket, or after a
//         capitalised name ending in '!'   "\"Why?\" he asked", "Yahoo! in the"
//         (kept after other '?' and '!': "did it work? is it")
//   drop  quote + capitalised name + speech verb (data/segment_speech_verbs.tsv) + end of clause
//                                          "\"Stop!\" Jane Doe said." / "\"Why?\" Mr. Lee asked, smiling."
//   keep  ! or ?                           "Hello!? Is that you?"
//   drop  terminator inside brackets       "Bohr [...] used" / "stairways [...]\" (Smith"
//   drop  3-dot ellipsis after a space     "the thing is . . . I didn't"
//   keep  3-dot ellipsis after a word      "I never meant that... She left."
//   move  spaced 4-dot ellipsis after a word: the first dot ends the sentence
//                                          "compounds. . . . The" -> "compounds." | ". . . The"
//   drop  abbreviation that cannot end a sentence (data/abbreviations.tsv "no"): "Gen. Smith"
//   drop  "number" abbreviation before a digit  "p. 55", "No. 5", "Jan. 12"
//   drop  "starter" abbreviation or dotted acronym unless the next word is a sentence
//         starter (data/segment_starters.tsv) and the sentence so far is not a fronted
//         phrase like "At 5 a.m." (data/segment_prepositions.tsv)
//                                          "the U.S. Government" / "the U.S. How"
//   drop  initial after a capitalised word or at the start "Jonas E. Smith", "J. R. R."
//         ("I." after a lower-case word is the pronoun: "you and I. Did")
//   move  past a citation after the terminator "research. [1-3] Others" -> "... [1-3]" | "Others"
//   add   before each further marker of a numbered or lettered list that starts a
//         sentence: "1) first 2) second", "a. first b. second", and before bullets
//   merge a sentence that is only a list marker with the next: "1." + "The first item"
#include "claimkit/segment.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "segment_chars.h"
#include "segment_lexicon.h"
#include "segment_tokenize.h"

namespace claimkit {

const char* TokenTypeName(TokenType t) {
  switch (t) {
    case TokenType::kWord: return "word";
    case TokenType::kNumber: return "number";
    case TokenType::kPunct: return "punct";
    case TokenType::kQuote: return "quote";
    case TokenType::kCurrency: return "currency";
    case TokenType::kPercent: return "percent";
    case TokenType::kSymbol: return "symbol";
    case TokenType::kUrl: return "url";
    case TokenType::kEmail: return "email";
    case TokenType::kHandle: return "handle";
  }
  return "word";
}

namespace {

using seg::Char;
using seg::CharAt;
using seg::CharBefore;
using seg::CharClass;

constexpr size_t kDrop = static_cast<size_t>(-1);

bool IsBullet(uint32_t cp) {
  return cp == 0x2022 || cp == 0x2043 || cp == 0x25E6 || cp == 0x25AA || cp == 0x2023 ||
         cp == 0x25CF || cp == 0x25A0;
}

// A list marker: [bullet] (1-3 digits | one ASCII letter) ("." | ")" | ".)") space.
struct Marker {
  size_t pos = 0;  // first byte (the bullet if any)
  size_t end = 0;  // after the delimiter
  int value = 0;   // 1-based; 0 for a bare bullet
  char type = 0;   // 'd' digits, 'a' lower, 'A' upper, 'b' bare bullet
  char delim = 0;  // '.', ')' or ']' for ".)"
};

class ParagraphRules {
 public:
  ParagraphRules(std::string_view p, const seg::SegmentLexicon& lex) : p_(p), lex_(lex) {}

  // `candidates`: ICU boundaries inside the paragraph, ascending. Fills the
  // sentence spans (relative to the paragraph, trimmed, non-empty). `scratch` is
  // working memory, kept by the caller so that it is allocated once, not per paragraph.
  void Run(const std::vector<uint32_t>& candidates, std::vector<size_t>* scratch,
           std::vector<Span>* out) {
    std::vector<size_t>& starts = *scratch;
    starts.assign(1, 0);
    for (uint32_t b : candidates) {
      size_t nb = Decide(b, starts.back());
      if (nb != kDrop) nb = AfterCitation(nb);
      if (nb != kDrop && nb > starts.back()) starts.push_back(nb);
    }
    std::vector<Marker> markers = FindMarkers();
    if (!markers.empty()) AddListBoundaries(markers, &starts);
    // Spans, trimmed; a span that is only a list marker joins the next one.
    size_t pending = kDrop;  // start of a marker-only sentence waiting for its item
    for (size_t k = 0; k < starts.size(); ++k) {
      size_t a = starts[k];
      size_t b = k + 1 < starts.size() ? starts[k + 1] : p_.size();
      a = SkipSpace(a, b);
      b = TrimBack(b, a);
      if (a >= b) continue;
      if (pending != kDrop) a = pending;
      if (k + 1 < starts.size() && IsMarkerOnly(a, b, markers)) {
        pending = a;
        continue;
      }
      pending = kDrop;
      out->push_back(Span{static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
    }
    if (pending != kDrop) {
      size_t b = TrimBack(p_.size(), pending);
      if (b > pending) out->push_back(Span{static_cast<uint32_t>(pending), static_cast<uint32_t>(b)});
    }
  }

 private:
  bool SpaceAt(size_t i) const { return i < p_.size() && CharAt(p_, i).cls == seg::kSpace; }

  size_t SkipSpace(size_t i, size_t limit) const {
    while (i < limit) {
      Char c = CharAt(p_, i);
      if (c.cls != seg::kSpace) break;
      i += c.len;
    }
    return i;
  }

  size_t TrimBack(size_t i, size_t limit) const {
    while (i > limit) {
      Char c = CharBefore(p_, i);
      if (c.cls != seg::kSpace) break;
      i -= c.len;
    }
    return i;
  }

  // The word before view position `i` (skipping spaces), e.g. for "and I." at the
  // "I" it is "and". Empty at the sentence start.
  std::string_view WordBefore(size_t i, size_t limit) const {
    size_t e = TrimBack(i, limit);
    size_t s = e;
    while (s > limit) {
      Char c = CharBefore(p_, s);
      if (c.cls == seg::kSpace || c.cls == seg::kOpen || c.cls == seg::kQuote) break;
      s -= c.len;
    }
    return p_.substr(s, e - s);
  }

  // The word starting at `w`: letters and digits, plus the period when that makes a
  // listed starter ("Mr.").
  bool NextIsStarter(size_t w) const {
    size_t e = w;
    while (e < p_.size()) {
      Char c = CharAt(p_, e);
      if (!seg::IsAlnumClass(c.cls)) break;
      e += c.len;
    }
    if (e == w) return false;
    if (lex_.IsStarter(p_.substr(w, e - w))) return true;
    return e < p_.size() && p_[e] == '.' && lex_.IsStarter(p_.substr(w, e + 1 - w));
  }

  // "At 5 a.m." is not a sentence: at most four words, the first a preposition.
  bool IsFragment(size_t start, size_t end) const {
    size_t i = SkipSpace(start, end);
    while (i < end) {  // opening quotes and brackets
      Char c = CharAt(p_, i);
      if (c.cls != seg::kOpen && c.cls != seg::kQuote) break;
      i += c.len;
    }
    size_t w = i;
    while (w < end && seg::IsAlnumClass(CharAt(p_, w).cls)) w += CharAt(p_, w).len;
    if (!lex_.IsPreposition(p_.substr(i, w - i))) return false;
    int words = 1;
    for (size_t k = w; k < end; ++k) {
      if (p_[k] == ' ' && k + 1 < end && p_[k + 1] != ' ') ++words;
    }
    return words <= 4;
  }

  static bool IsDottedAcronym(std::string_view w) {
    int segments = 0, len = 0;
    for (char c : w) {
      if (c == '.') {
        if (len == 0) return false;
        ++segments;
        len = 0;
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        if (++len > 3) return false;
      } else {
        return false;
      }
    }
    return segments >= 1 && len > 0;
  }

  // A quoted sentence followed by its attribution is one sentence: after a closing
  // quote in [t, e), up to four capitalised words (names, titles, initials) at `w`,
  // then a speech verb and '.', ';', the paragraph end, or ',' not followed by a quote;
  // the first word not a sentence starter ("He added, ..." starts a new sentence):
  // "\"Stop!\" Jane Doe said." / "\"Why?\" Mr. Lee asked, smiling."
  bool QuoteThenAttribution(size_t t, size_t e, size_t w) const {
    bool quote = false;
    for (size_t k = t; k < e; ++k) quote |= p_[k] == '"' || p_[k] == '\'';
    if (!quote || w >= p_.size() || CharAt(p_, w).cls != seg::kUpper) return false;
    size_t k = w;
    for (int words = 0; words < 5; ++words) {
      const size_t s = k;
      while (k < p_.size() && seg::IsAlnumClass(CharAt(p_, k).cls)) k += CharAt(p_, k).len;
      if (k == s) return false;
      const std::string_view word = p_.substr(s, k - s);
      if (words > 0 && lex_.IsSpeechVerb(word)) {
        if (k >= p_.size() || p_[k] == '.' || p_[k] == ';') return true;
        // "\"Why?\" Mr. Lee asked at a news conference." / "... said on Monday."
        if (p_[k] == ' ' && k + 1 < p_.size()) {
          size_t n = k + 1;
          while (n < p_.size() && CharAt(p_, n).cls == seg::kLower) n += CharAt(p_, n).len;
          const std::string_view next = p_.substr(k + 1, n - k - 1);
          static constexpr std::string_view kSetting[] = {"at", "in", "on", "during", "after", "before",
                                                          "to", "from", "via", "while", "when", "as",
                                                          "today", "yesterday", "last", "earlier", "later"};
          if (n < p_.size() && (p_[n] == ' ' || p_[n] == '.' || p_[n] == ','))
            for (std::string_view x : kSetting)
              if (next == x) return true;
        }
        if (p_[k] != ',') return false;
        // "Smith said, \"..." introduces the next quote: a new sentence.
        const size_t after = SkipSpace(k + 1, p_.size());
        return after < p_.size() && CharAt(p_, after).cls != seg::kQuote;
      }
      if (CharAt(p_, s).cls != seg::kUpper) return false;
      const bool title = k < p_.size() && p_[k] == '.';
      // "He added" after a quote starts a sentence; "Mr. Lee said" does not.
      if (words == 0 && !title && lex_.IsStarter(word)) return false;
      if (title) ++k;  // "Mr." "J."
      // "O'Malley", "Al-Sharif": an apostrophe or hyphen inside the name.
      while (k + 1 < p_.size() && (p_[k] == '\'' || p_[k] == '-') && seg::IsAlnumClass(CharAt(p_, k + 1).cls)) {
        ++k;
        while (k < p_.size() && seg::IsAlnumClass(CharAt(p_, k).cls)) k += CharAt(p_, k).len;
      }
      if (k >= p_.size() || p_[k] != ' ') return false;
      ++k;
    }
    return false;
  }

  // A citation right after a sentence belongs to it: "... research. [1-3] Others"
  // ends after "[1-3]". Returns the moved boundary (kDrop at the paragraph end).
  size_t AfterCitation(size_t b) const {
    if (b >= p_.size() || p_[b] != '[') return b;
    size_t k = b + 1;
    bool digit = false;
    while (k < p_.size() && k - b < 24) {
      const char c = p_[k];
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != ' ' && c != ',' && c != '-') {
        break;
      }
      ++k;
    }
    if (!digit || k >= p_.size() || p_[k] != ']') return b;
    size_t nb = SkipSpace(k + 1, p_.size());
    return nb >= p_.size() ? kDrop : nb;
  }

  // Decides on the ICU boundary `b` (start of the next sentence, after spaces);
  // `start` is the start of the current sentence. Returns the boundary to use or kDrop.
  size_t Decide(size_t b, size_t start) const {
    const size_t e = TrimBack(b, start);
    if (e <= start) return kDrop;
    // Closing quotes and brackets after the terminator: `great." She`, `(see p. 5.) The`.
    size_t t = e;
    while (t > start) {
      Char c = CharBefore(p_, t);
      if (c.cls != seg::kClose && c.cls != seg::kQuote) break;
      t -= c.len;
    }
    // The terminator run, with the spaces of a spaced ellipsis ". . .".
    size_t r = t;
    int dots = 0, hard = 0;
    bool spaced = false;
    while (r > start) {
      const char ch = p_[r - 1];
      if (ch == '.') {
        ++dots;
        --r;
      } else if (ch == '!' || ch == '?') {
        ++hard;
        --r;
      } else if (ch == ' ' && dots > 0 && p_[r] == '.' && r >= start + 2 && p_[r - 2] == '.') {
        spaced = true;
        --r;
      } else if (static_cast<unsigned char>(ch) >= 0x80 &&
                 CharBefore(p_, r).cls == seg::kTerm) {
        ++hard;
        r -= CharBefore(p_, r).len;
      } else {
        break;
      }
    }
    if (dots + hard == 0) return kDrop;  // ICU broke at a newline inside the paragraph
    // No space after the terminator: "story.asp?StoryID=1", "Ont.;". Kept only for
    // a missing space between sentences, "said.The".
    if (b == e && b < p_.size()) {
      const bool typo = dots == 1 && hard == 0 && t == r + 1 && r > start &&
                        CharBefore(p_, r).cls == seg::kLower && CharAt(p_, b).cls == seg::kUpper;
      if (!typo) return kDrop;
    }
    // The next word, after spaces (ICU may break between two line breaks) and
    // opening quotes and brackets.
    size_t w = SkipSpace(b, p_.size());
    bool opened = false;
    while (w < p_.size()) {
      Char c = CharAt(p_, w);
      if (c.cls != seg::kOpen && c.cls != seg::kQuote) break;
      opened |= c.cls == seg::kQuote;  // "the U.S. \"We ..." starts a sentence; "S.C. (AP)" not
      w += c.len;
    }
    const Char next = w < p_.size() ? CharAt(p_, w) : Char{0, 0, seg::kSpace};
    if (next.cls == seg::kLower) {
      if (hard == 0 || t != e) return kDrop;  // "\"Why?\" he asked"
      // "Yahoo! in": a name that ends in "!"; otherwise a lower-case sentence
      // start after ? or ! as in informal text ("really? is it").
      const std::string_view before = WordBefore(r, start);
      const bool name = !before.empty() && CharAt(before, 0).cls == seg::kUpper;
      return name && dots == 0 && hard == 1 && p_[r] == '!' ? kDrop : b;
    }
    if (QuoteThenAttribution(t, e, w)) return kDrop;
    if (hard > 0) return b;
    if (r > start && p_[r - 1] == '[' && t < p_.size() && p_[t] == ']') return kDrop;  // [...]
    if (dots >= 2) {
      const bool attached = r > start && CharBefore(p_, r).cls != seg::kSpace;
      if (dots <= 3) return attached ? b : kDrop;
      if (spaced && attached && p_[r + 1] == ' ') return r + 1;
      return b;
    }
    // One period: look at the word it ends.
    std::string_view word = WordBefore(r, start);
    if (word.empty()) return b;
    const char last = word.back();
    if (last >= '0' && last <= '9') return b;  // "$100.00. It" (list markers: see Run)
    // Is the next word a sentence starter? Asked only where it matters (a lexicon lookup).
    auto starter = [&] { return opened || NextIsStarter(w); };
    const std::string_view form(word.data(), word.size() + 1);  // with the period
    if (const seg::Abbrev* a = lex_.FindAbbrev(form)) {
      if (a->kind == seg::AbbrevKind::kNumber && next.cls == seg::kDigit) return kDrop;
      switch (a->end) {
        case seg::AbbrevEnd::kNo:
          return kDrop;
        case seg::AbbrevEnd::kYes:
          return b;
        case seg::AbbrevEnd::kStarter:
          return starter() && !IsFragment(start, e) ? b : kDrop;
      }
    }
    if (IsDottedAcronym(word)) return starter() && !IsFragment(start, e) ? b : kDrop;
    if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') {
      std::string_view prev = WordBefore(static_cast<size_t>(word.data() - p_.data()), start);
      const bool prev_lower = !prev.empty() && CharAt(prev, 0).cls == seg::kLower;
      if (word[0] == 'I') return prev.empty() || prev_lower ? b : kDrop;
      return prev_lower && starter() ? b : kDrop;
    }
    return b;
  }

  // Markers end in '.' or ')' + space, or start with a bullet (U+2022 etc. all
  // begin with byte 0xE2): found with memchr, then parsed backwards.
  std::vector<Marker> FindMarkers() const {
    std::vector<Marker> out;
    const char* base = p_.data();
    const size_t n = p_.size();
    for (char needle : {'.', ')', '\xE2'}) {
      const char* q = base;
      while ((q = static_cast<const char*>(std::memchr(q, needle, n - (q - base)))) != nullptr) {
        const size_t d = static_cast<size_t>(q - base);
        ++q;
        Marker m;
        if (needle == '\xE2') {
          if (d != 0 && !SpaceAt(d - 1)) continue;
          Char c = CharAt(p_, d);
          if (!IsBullet(c.cp)) continue;
          size_t k = d + c.len;
          while (k < n && p_[k] == ' ') ++k;
          if (ParseMarker(k, &m)) {
            m.pos = d;
          } else {
            m = Marker{d, d + c.len, 0, 'b', 0};
          }
          out.push_back(m);
          continue;
        }
        if (needle == ')' && d > 0 && p_[d - 1] == '.') continue;  // ".)" found from '.'
        // The marker body before the delimiter: 1-3 digits or one ASCII letter.
        size_t k = d;
        while (k > 0 && d - k < 4 && p_[k - 1] >= '0' && p_[k - 1] <= '9') --k;
        if (k == d) {
          if (d == 0) continue;
          const char ch = p_[d - 1];
          if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) continue;
          k = d - 1;
        }
        if (k > 0 && !SpaceAt(k - 1)) {
          // Directly after a bullet: "\u20439." (the bullet itself is found above).
          if (k < 3 || !IsBullet(CharBefore(p_, k).cp)) continue;
        }
        if (ParseMarker(k, &m)) out.push_back(m);
      }
    }
    std::sort(out.begin(), out.end(), [](const Marker& a, const Marker& b) { return a.pos < b.pos; });
    // A bullet followed by a number is found twice: as bullet and as number.
    std::vector<Marker> dedup;
    for (const Marker& m : out) {
      if (!dedup.empty() && m.pos < dedup.back().end) continue;
      dedup.push_back(m);
    }
    return dedup;
  }

  // Parses "12." "12)" "12.)" "b." "b)" at `k`, followed by a space.
  bool ParseMarker(size_t k, Marker* m) const {
    const size_t n = p_.size();
    size_t j = k;
    int value = 0;
    char type;
    if (j < n && p_[j] >= '0' && p_[j] <= '9') {
      while (j < n && p_[j] >= '0' && p_[j] <= '9' && j - k < 3) value = value * 10 + (p_[j++] - '0');
      if (j < n && p_[j] >= '0' && p_[j] <= '9') return false;
      type = 'd';
    } else if (j < n && p_[j] >= 'a' && p_[j] <= 'z') {
      value = p_[j++] - 'a' + 1;
      type = 'a';
    } else if (j < n && p_[j] >= 'A' && p_[j] <= 'Z') {
      value = p_[j++] - 'A' + 1;
      type = 'A';
    } else {
      return false;
    }
    char delim;
    if (j + 1 < n && p_[j] == '.' && p_[j + 1] == ')') {
      delim = ']';
      j += 2;
    } else if (j < n && (p_[j] == '.' || p_[j] == ')')) {
      delim = p_[j];
      ++j;
    } else {
      return false;
    }
    if (j >= n || p_[j] != ' ') return false;
    *m = Marker{k, j, value, type, delim};
    return true;
  }

  // Lists: a marker that starts a sentence, followed later in the paragraph by the
  // markers with the next values ("1." then "2.", "a)" then "b)"), starts a list;
  // every further item starts a sentence. A bullet always starts one.
  void AddListBoundaries(const std::vector<Marker>& markers, std::vector<size_t>* starts) const {
    std::vector<size_t> added;
    std::vector<bool> used(markers.size(), false);
    for (size_t i = 0; i < markers.size(); ++i) {
      const Marker& m = markers[i];
      if (m.type == 'b' || (m.pos > 0 && IsBullet(CharAt(p_, m.pos).cp))) {
        if (m.pos > 0) added.push_back(m.pos);
      }
      if (m.type == 'b' || used[i]) continue;
      if (m.type != 'd' && m.value != 1) continue;  // letter lists start at a/A
      const bool at_start =
          m.pos == 0 || std::binary_search(starts->begin(), starts->end(), m.pos);
      if (!at_start) continue;
      std::vector<size_t> chain;
      int expect = m.value + 1;
      for (size_t j = i + 1; j < markers.size(); ++j) {
        const Marker& o = markers[j];
        if (o.type == m.type && o.delim == m.delim && o.value == expect) {
          chain.push_back(j);
          ++expect;
        }
      }
      if (chain.empty()) continue;
      for (size_t j : chain) {
        used[j] = true;
        added.push_back(markers[j].pos);
      }
    }
    if (added.empty()) return;
    starts->insert(starts->end(), added.begin(), added.end());
    std::sort(starts->begin(), starts->end());
    starts->erase(std::unique(starts->begin(), starts->end()), starts->end());
  }

  bool IsMarkerOnly(size_t a, size_t b, const std::vector<Marker>& markers) const {
    for (const Marker& m : markers) {
      if (m.pos == a) return m.end == b && m.type != 'b';
      if (m.pos > a) break;
    }
    return false;
  }

  std::string_view p_;
  const seg::SegmentLexicon& lex_;
};

}  // namespace

// Bytes where a terminator may start: . ! ? and non-ASCII lead bytes.
constexpr std::array<bool, 256> MakeScanStop() {
  std::array<bool, 256> t{};
  t['.'] = t['!'] = t['?'] = true;
  for (int b = 0xC2; b <= 0xF4; ++b) t[b] = true;
  return t;
}
constexpr std::array<bool, 256> kScanStop = MakeScanStop();

// The first position at or after `i` whose byte is in kScanStop, or p.size(). With
// SSE2, 16 bytes a step: the same four tests on each byte ('.', '!', '?', >= 0xC2).
size_t NextScanStop(std::string_view p, size_t i) {
#ifdef __SSE2__
  const char* d = p.data();
  const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC2));
  for (; i + 16 <= p.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
    const __m128i term = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
        _mm_cmpeq_epi8(x, _mm_set1_epi8('?')));
    const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(x, lead), x);  // x >= 0xC2, unsigned
    if (const auto bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(term, high)))) {
      return i + static_cast<size_t>(__builtin_ctz(bits));
    }
  }
#endif
  while (i < p.size() && !kScanStop[static_cast<unsigned char>(p[i])]) ++i;
  return i;
}

struct Segmenter::Impl {
  SegmentOptions opts;
  const seg::SegmentLexicon& lex = seg::SegmentLexicon::Default();
  std::unique_ptr<icu::BreakIterator> sentence_bi;
  std::unique_ptr<icu::BreakIterator> word_bi;  // plain mode only
  UText* ut = nullptr;
  std::vector<uint32_t> candidates;
  std::vector<Span> spans;
  std::vector<size_t> starts;  // ParagraphRules::Run's scratch

  // CLAIMKIT_SEGMENT_FULL_ICU=1 runs ICU over whole paragraphs (for checking that
  // the windows change nothing; see CandidatesWindowed).
  bool windowed = true;

  explicit Impl(const SegmentOptions& o) : opts(o) {
    if (const char* env = std::getenv("CLAIMKIT_SEGMENT_FULL_ICU"); env && *env == '1') {
      windowed = false;
    }
    UErrorCode status = U_ZERO_ERROR;
    sentence_bi.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) {
      std::cerr << "claimkit: ICU sentence iterator: " << u_errorName(status) << "\n";
      sentence_bi.reset();
    }
    if (!opts.rules) {
      status = U_ZERO_ERROR;
      word_bi.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
      if (U_FAILURE(status)) word_bi.reset();
    }
  }
  ~Impl() {
    if (ut != nullptr) utext_close(ut);
  }

  // Points `bi` at text; false if ICU refused.
  bool SetText(icu::BreakIterator* bi, std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    ut = utext_openUTF8(ut, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return false;
    bi->setText(ut, status);
    return U_SUCCESS(status);
  }

  // ICU's boundaries over the whole paragraph (plain mode).
  void Candidates(std::string_view p) {
    candidates.clear();
    if (!sentence_bi || !SetText(sentence_bi.get(), p)) return;
    for (int32_t b = sentence_bi->next(); b != icu::BreakIterator::DONE; b = sentence_bi->next()) {
      if (b > 0 && static_cast<size_t>(b) < p.size()) candidates.push_back(static_cast<uint32_t>(b));
    }
  }

  // The same boundaries after terminators, found by running ICU over a small window
  // around each terminator instead of the whole paragraph (3x less ICU work on news).
  // ICU's sentence rules (UAX #29 SB6-SB11) decide a break after a terminator from
  // the character before it, the terminators, closing marks and spaces after it,
  // and the following characters up to the first letter, terminator or paragraph
  // separator; the window holds exactly that: from the start of the word before the
  // terminator to that first letter. Boundaries that are not after a terminator (at
  // line breaks) are dropped by the rules anyway. segment_test checks that both ways
  // give the same kept boundaries.
  void CandidatesWindowed(std::string_view p) {
    candidates.clear();
    if (!sentence_bi) return;
    const size_t n = p.size();
    size_t i = 0;
    size_t covered = 0;  // windows so far reach here
    while (i < n) {
      // Skip to the next '.', '!', '?' or non-ASCII lead byte.
      i = NextScanStop(p, i);
      if (i >= n) break;
      if (static_cast<unsigned char>(p[i]) >= 0xC2) {
        Char c = CharAt(p, i);
        if (c.cls != seg::kTerm) {
          i += c.len;
          continue;
        }
      }
      if (i < covered) {  // inside the previous window's terminator run
        ++i;
        continue;
      }
      // The commonest cases need no ICU (an ASCII terminator; quote marks and closing
      // brackets are Close in UAX #29, and none of these cases holds a paragraph separator):
      if (static_cast<unsigned char>(p[i]) < 0x80) {
        auto is_quote = [](char c) { return c == '"' || c == '\''; };
        auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
        auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
        // - the paragraph ends with the terminator and quote marks: no break inside the run
        //   (SB9), and the end of the text is no candidate;
        size_t q = i + 1;
        while (q < n && is_quote(p[q])) ++q;
        if (q == n) break;
        // - quote marks, one space, quote marks and an ASCII capital: no break inside the
        //   run up to the space (SB9, SB10) and none kept after the space (SB7 needs no
        //   space, SB8 a lower-case letter, SB8a a continuation or terminator), so ICU
        //   breaks after the space (SB11), and only there ("said. The", "said.\" \"The");
        if (p[q] == ' ') {
          size_t c = q + 1;  // the capital
          while (c < n && is_quote(p[c])) ++c;
          if (c < n && is_upper(p[c])) {
            candidates.push_back(static_cast<uint32_t>(q + 1));
            covered = c;
            i = c;
            continue;
          }
        }
        // - a comma right after the terminator: no break before it (SB8a);
        if (p[i + 1] == ',') {
          covered = ++i;
          continue;
        }
        if (p[i] == '.') {
          // - after a full stop, closing marks and spaces, a lower-case letter: no break
          //   (SB9, SB10, SB8), "e.g. the", "p.m.) and";
          size_t k = i + 1;
          while (k < n && (is_quote(p[k]) || p[k] == ')' || p[k] == ']' || p[k] == '}')) ++k;
          size_t w = k;
          while (w < n && p[w] == ' ') ++w;
          if (w < n && is_lower(p[w])) {
            covered = i = w;
            continue;
          }
          // - a digit right after it (SB6), "3.5", or a capital with a letter before it
          //   (SB7), "U.S": no break.
          const char next = p[i + 1];
          if ((next >= '0' && next <= '9') ||
              (is_upper(next) && i > 0 && (is_upper(p[i - 1]) || is_lower(p[i - 1])))) {
            covered = ++i;
            continue;
          }
        }
      }
      // Window start: the start of the word before the terminator (at most 64 bytes).
      size_t a = i;
      while (a > 0 && i - a < 64) {
        Char c = CharBefore(p, a);
        if (c.cls == seg::kSpace) break;
        a -= c.len;
      }
      // The run of terminators, closing marks and spaces.
      size_t k = i;
      while (k < n) {
        Char c = CharAt(p, k);
        if (c.cls == seg::kTerm || c.cls == seg::kClose || c.cls == seg::kQuote ||
            (c.cls == seg::kSpace && c.cp != '\n' && c.cp != '\r' && c.cp != 0x85 &&
             c.cp != 0x2028 && c.cp != 0x2029)) {
          k += c.len;
        } else {
          break;
        }
      }
      // One paragraph separator may end the run (SB11): ". \n" breaks after the "\n".
      if (k < n) {
        Char c = CharAt(p, k);
        if (c.cp == '\n' || c.cp == '\r' || c.cp == 0x85 || c.cp == 0x2028 || c.cp == 0x2029) {
          k += c.len;
        }
      }
      const size_t run_end = k;
      // Up to and including the first letter, terminator or paragraph separator.
      while (k < n) {
        Char c = CharAt(p, k);
        k += c.len;
        if (seg::IsWordClass(c.cls) || c.cls == seg::kTerm || c.cp == '\n' || c.cp == '\r' ||
            c.cp == 0x85 || c.cp == 0x2028 || c.cp == 0x2029 || k - run_end > 64) {
          break;
        }
      }
      if (SetText(sentence_bi.get(), p.substr(a, k - a))) {
        for (int32_t b = sentence_bi->following(static_cast<int32_t>(i - a));
             b != icu::BreakIterator::DONE; b = sentence_bi->next()) {
          const size_t pos = a + static_cast<size_t>(b);
          if (pos >= k) break;
          if (pos > i && pos <= run_end && pos < n) candidates.push_back(static_cast<uint32_t>(pos));
        }
      }
      covered = run_end;
      i = run_end > i ? run_end : i + 1;
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  }
};

Segmenter::Segmenter(const SegmentOptions& opts) : impl_(std::make_unique<Impl>(opts)) {}
Segmenter::~Segmenter() = default;

std::vector<Sentence> Segmenter::Sentences(const NormalizedText& norm, const Structure& structure) {
  std::vector<Sentence> out;
  const std::string& view = norm.text();
  const uint32_t size = static_cast<uint32_t>(view.size());
  for (size_t pi = 0; pi < structure.paragraphs.size(); ++pi) {
    Span pv = structure.paragraphs[pi].view;
    if (pv.end > size) pv.end = size;
    if (pv.start >= pv.end) continue;
    std::string_view p(view.data() + pv.start, pv.end - pv.start);
    impl_->spans.clear();
    if (impl_->opts.rules) {
      if (impl_->windowed) {
        impl_->CandidatesWindowed(p);
      } else {
        impl_->Candidates(p);
      }
      ParagraphRules(p, impl_->lex).Run(impl_->candidates, &impl_->starts, &impl_->spans);
    } else {
      impl_->Candidates(p);
      uint32_t a = 0;
      impl_->candidates.push_back(static_cast<uint32_t>(p.size()));
      for (uint32_t b : impl_->candidates) {
        uint32_t s = a, e = b;
        while (s < e && seg::CharAt(p, s).cls == seg::kSpace) s += seg::CharAt(p, s).len;
        while (e > s && seg::CharBefore(p, e).cls == seg::kSpace) e -= seg::CharBefore(p, e).len;
        if (e > s) impl_->spans.push_back(Span{s, e});
        a = b;
      }
    }
    for (Span s : impl_->spans) {
      Sentence sent;
      sent.view = Span{pv.start + s.start, pv.start + s.end};
      sent.span = norm.ToOriginal(sent.view);
      sent.paragraph = static_cast<int>(pi);
      out.push_back(sent);
    }
  }
  return out;
}

namespace {

TokenType PlainType(int32_t status, std::string_view tok) {
  if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return TokenType::kNumber;
  if (status >= UBRK_WORD_LETTER) return TokenType::kWord;
  Char c = CharAt(tok, 0);
  switch (c.cls) {
    case seg::kQuote: return TokenType::kQuote;
    case seg::kCurrency: return TokenType::kCurrency;
    case seg::kSymbol: return tok[0] == '%' ? TokenType::kPercent : TokenType::kSymbol;
    case seg::kUpper:
    case seg::kLower:
    case seg::kLetter: return TokenType::kWord;
    case seg::kDigit: return TokenType::kNumber;
    default: return TokenType::kPunct;
  }
}

}  // namespace

std::vector<Token> Segmenter::Tokens(const NormalizedText& norm, Span view) {
  std::vector<Token> out;
  AppendTokens(norm, view, &out);
  return out;
}

void Segmenter::AppendTokens(const NormalizedText& norm, Span view, std::vector<Token>* out) {
  const std::string& text = norm.text();
  if (view.end > text.size()) view.end = static_cast<uint32_t>(text.size());
  if (view.start >= view.end) return;
  if (impl_->opts.rules || !impl_->word_bi) {
    seg::Tokenize(norm, view.start, view.end, impl_->lex, out);
    return;
  }
  std::string_view p(text.data() + view.start, view.size());
  if (impl_->SetText(impl_->word_bi.get(), p)) {
    icu::BreakIterator* bi = impl_->word_bi.get();
    const size_t first = out->size();
    int32_t a = bi->first();
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; a = b, b = bi->next()) {
      std::string_view tok = p.substr(a, b - a);
      if (seg::CharAt(tok, 0).cls == seg::kSpace) continue;
      Token t;
      t.view = Span{view.start + a, view.start + b};
      t.span = norm.ToOriginal(t.view);
      t.type = PlainType(bi->getRuleStatus(), tok);
      // (Two pieces of one normalised cluster share its original bytes: one token.)
      if (out->size() > first && out->back().span.end > t.span.start) {
        out->back().view.end = t.view.end;
        out->back().span.end = std::max(out->back().span.end, t.span.end);
        continue;
      }
      out->push_back(t);
    }
  }
}

}  // namespace claimkit

// Lexicons for quotes and speakers, loaded once from data/*.tsv:
//   cue_verbs.tsv          said/say/verb/speech, according to/.../phrase/speech, statement/.../noun
//   titles.tsv             Mr./prefix/m, spokesman/role/m, researchers/group/-, former/modifier/-
//   pronouns.tsv           she/f/sg/personal
//   speaker_org_words.tsv  Ministry/org, Times/media, Republicans/group, Monday/notperson
//   given_names.tsv        Hillary/f, Marvin/m, Dana/-
// Lookups take lower-cased words (prefix titles keep their case: "Mr.").
#ifndef CLAIMKIT_EXTRACTORS_QUOTE_LEXICON_H_
#define CLAIMKIT_EXTRACTORS_QUOTE_LEXICON_H_

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimkit/data.h"
#include "claimkit/status.h"
#include "extractors/text_eq.h"

namespace claimkit {

// Hash and equality that look strings up by string_view without copying.
struct SvHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct SvEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};
template <typename V>
using SvMap = std::unordered_map<std::string, V, SvHash, SvEq>;

// The first 16 bytes of `k` as two zero-padded little-endian words: the key of
// FlatIndex and WordSet, compared word-wise instead of byte-wise.
inline void PackWord(std::string_view k, uint64_t* a, uint64_t* b) {
  const size_t n = k.size() < 16 ? k.size() : 16;
  const char* p = k.data();
  *a = 0;
  *b = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // The zero-padded words from overlapping loads within the key (no byte-wise copy:
  // this runs for every word of every document).
  auto load8 = [](const char* q) { uint64_t x; std::memcpy(&x, q, 8); return x; };
  auto load4 = [](const char* q) { uint32_t x; std::memcpy(&x, q, 4); return uint64_t{x}; };
  if (n >= 8) {
    *a = load8(p);
    if (n == 16) *b = load8(p + 8);
    else if (n > 8) *b = load8(p + n - 8) >> (8 * (16 - n));  // bytes 8 .. n-1
  } else if (n >= 4) {
    *a = load4(p) | (load4(p + n - 4) << (8 * (n - 4)));
  } else if (n > 0) {
    auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])} << (8 * i); };
    *a = byte(0) | byte(n / 2) | byte(n - 1);
  }
#else
  char buf[16] = {};
  for (size_t i = 0; i < n; ++i) buf[i] = p[i];
  std::memcpy(a, buf, 8);
  std::memcpy(b, buf + 8, 8);
#endif
}

// A read-only open-addressing index (power-of-two size) over the keys of an SvMap,
// pointing at its values. Keys of up to 16 bytes are held in the slot as two
// zero-padded words, so a look-up is a few word compares and no string compare.
// Built once; the map must outlive it and not change.
template <typename V>
class FlatIndex {
 public:
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
  }
  void Build(const SvMap<V>& m) {
    size_t cap = 16;
    while (cap < m.size() * 3) cap <<= 1;
    slots_.assign(cap, Slot{});
    tags_.assign(cap, 0);
    mask_ = cap - 1;
    keys_.clear();
    for (const auto& [k, v] : m) {
      Slot s = Make(k);
      s.value = &v;
      if (k.size() > 16) {
        s.off = static_cast<uint32_t>(keys_.size());
        keys_ += k;
      }
      uint64_t h = Mix(s);
      size_t i = h & mask_;
      while (slots_[i].value) i = (i + 1) & mask_;
      slots_[i] = s;
      tags_[i] = Tag(h);
    }
  }
  const V* Find(std::string_view k) const {
    if (slots_.empty()) return nullptr;
    Slot q = Make(k);
    uint64_t h = Mix(q);
    const uint8_t tag = Tag(h);
    // Most words are not in the index: the probe usually ends on the small tag
    // array (one byte per slot) without touching a slot.
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      uint8_t t = tags_[i];
      if (t == 0) return nullptr;
      if (t != tag) continue;
      const Slot& s = slots_[i];
      if (s.a == q.a && s.b == q.b && s.len == q.len &&
          (q.len <= 16 || std::string_view(keys_).substr(s.off, s.len) == k))
        return s.value;
    }
  }

 private:
  struct Slot {
    uint64_t a = 0, b = 0;  // the first 16 bytes, zero-padded
    uint32_t len = 0, off = 0;  // off: the key in keys_ when longer than 16 bytes
    const V* value = nullptr;
  };
  static Slot Make(std::string_view k) {
    Slot s;
    s.len = static_cast<uint32_t>(k.size());
    PackWord(k, &s.a, &s.b);
    return s;
  }
  static uint8_t Tag(uint64_t h) { return static_cast<uint8_t>((h >> 57) | 0x80); }  // never 0
  static uint64_t Mix(const Slot& s) {
    uint64_t h = (s.a ^ (s.b * 0x9E3779B97F4A7C15ull) ^ s.len) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
  }
  std::vector<Slot> slots_;
  std::vector<uint8_t> tags_;  // per slot: 0 empty, else 0x80 | 7 hash bits
  size_t mask_ = 0;
  std::string keys_;
};

// A small fixed set of words (the word lists in the rules), looked up without
// hashing: the words are grouped by length and compared as packed 16-byte keys.
//   static const WordSet kDays = {"monday", "tuesday"};  kDays.count(t.lower) -> 0 or 1
// The views must outlive the set (string literals).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    std::vector<std::string_view> sorted(words);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](std::string_view x, std::string_view y) { return x.size() < y.size(); });
    for (std::string_view w : sorted) {
      filter_ |= FilterBit(w);
      if (w.size() > kMaxLen) {
        long_.push_back(w);
        continue;
      }
      Key k;
      PackWord(w, &k.a, &k.b);
      keys_.push_back(k);
      ++start_[w.size() + 1];
    }
    for (size_t n = 1; n < start_.size(); ++n) start_[n] += start_[n - 1];
  }
  size_t count(std::string_view w) const {
    // Most words asked about are not in the set: one bit of their length, first and last
    // byte rules out most of them before the word is packed (every member's bit is set).
    if (!(filter_ & FilterBit(w))) return 0;
    if (w.size() > kMaxLen) return std::find(long_.begin(), long_.end(), w) != long_.end();
    uint32_t lo = start_[w.size()], hi = start_[w.size() + 1];
    if (lo == hi) return 0;
    Key k;
    PackWord(w, &k.a, &k.b);
    for (uint32_t i = lo; i < hi; ++i)
      if (keys_[i].a == k.a && keys_[i].b == k.b) return 1;
    return 0;
  }

 private:
  static constexpr size_t kMaxLen = 16;
  static uint64_t FilterBit(std::string_view w) {
    if (w.empty()) return 1;
    const unsigned h = static_cast<unsigned char>(w.front()) * 7u + static_cast<unsigned char>(w.back()) * 13u +
                       static_cast<unsigned>(w.size());
    return uint64_t{1} << (h & 63);
  }
  uint64_t filter_ = 0;  // FilterBit of every word
  struct Key {
    uint64_t a = 0, b = 0;
  };
  std::vector<Key> keys_;                   // by length
  std::array<uint32_t, kMaxLen + 2> start_{};  // words of length n: keys_[start_[n] .. start_[n + 1])
  std::vector<std::string_view> long_;      // longer than kMaxLen
};

enum class CueClass : uint8_t { kSpeech, kReport, kBelief, kIntent };

struct CueWord {
  LiteralEqString lemma;
  CueClass cls = CueClass::kSpeech;
  bool verb = false;
  bool noun = false;
  bool past = false;    // said, told (form differs from lemma and ends in -ed or irregular past)
  bool gerund = false;  // saying
  bool plural_noun = false;  // attacks, remarks: an -s form that is also a plural noun
};

struct CuePhrase {
  std::vector<std::string> words;  // lower-cased: {"according", "to"}
  CueClass cls = CueClass::kSpeech;
};

struct TitleWord {
  enum Kind : uint8_t { kPrefix, kRole, kGroup } kind = kRole;
  char gender = '-';  // m, f, -
};

struct PronounInfo {
  char gender = 'x';  // m f n x
  bool plural = false;
  enum Kind : uint8_t { kPersonal, kFirst, kRelative } kind = kPersonal;
};

// kLabel: a party or similar label written before a person's name ("Republican Donald
// Trump"), which is no part of it; alone or before an organisation word it is a name.
// kGivenM, kGivenF, kGiven: a given name (male, female, either), from given_names.tsv.
enum class NameWord : uint8_t { kOrg, kMedia, kGroup, kNotPerson, kLabel, kGivenM, kGivenF, kGiven };

// Closed-class words the extractor tests for, as bits of WordInfo::function
// (built in: these are grammar, not lexicon data).
enum FunctionWord : uint32_t {
  kFwSkippable = 1u << 0,    // words between a subject and its verb: also, has, reportedly
  kFwTime = 1u << 1,         // time adjuncts around a cue: on Monday, last week, in a statement
  kFwDeterminer = 1u << 2,   // the, a, his, several
  kFwPreposition = 1u << 3,  // in, on, because, and (words that do not open a subject)
  kFwBoundary = 1u << 4,     // that, and, but, while: end a noun phrase scanned leftwards
  kFwDay = 1u << 5,          // monday ... sunday, today, yesterday
  kFwTimeStart = 1u << 6,    // words that open a time adjunct after a cue: on, last, Friday
};

// Everything the lexicons say about one lower-cased word, found with one lookup.
struct WordInfo {
  const CueWord* cue = nullptr;
  const PronounInfo* pron = nullptr;
  const TitleWord* role = nullptr;
  const std::vector<CuePhrase>* phrases = nullptr;  // cue phrases starting with it (longest first)
  bool phrase_start = false;  // phrases != nullptr
  uint32_t function = 0;      // FunctionWord bits
  // The name words (speaker_org_words.tsv, given_names.tsv; case-sensitive keys) that
  // lower-case to this word: how many (at most 2 counted), and the first one's key
  // and entry. See QuoteLexicon::NameOf.
  uint8_t name_keys = 0;
  std::string_view name_key;
  const NameWord* name = nullptr;
};

// Hash maps over lower-cased words, built once; read-only afterwards (thread-safe).
class QuoteLexicon {
 public:
  static Result<QuoteLexicon> Load();
  // From given file contents (tests pass a few lines each).
  static Result<QuoteLexicon> FromContents(std::string_view cues, std::string_view titles,
                                           std::string_view pronouns, std::string_view org_words,
                                           std::string_view given_names = "#format\t1\n");

  const CueWord* Cue(std::string_view lower) const;
  // All of Cue, Pronoun, Role and phrase starts for `lower`; null when none applies.
  const WordInfo* Word(std::string_view lower) const { return word_index_.Find(lower); }
  // Phrases whose first word is `lower` (longest first).
  const std::vector<CuePhrase>* PhrasesStartingWith(std::string_view lower) const;
  // Prefix titles match case-sensitively ("Mr.", "President"); roles and groups lower-cased.
  const TitleWord* Prefix(std::string_view word) const {
    // Most words asked about are no prefix title: one bit per (length, first byte, last
    // byte) of the titles rules them out before the word is hashed (a title's own bit
    // is always set, so no title is missed).
    const size_t bit = PrefixFilterBit(word);
    if (!(prefix_filter_[bit >> 6] >> (bit & 63) & 1)) return nullptr;
    return prefix_index_.Find(word);
  }
  const TitleWord* Role(std::string_view lower) const;
  const PronounInfo* Pronoun(std::string_view lower) const;
  const NameWord* Name(std::string_view word) const;  // case-sensitive ("Ministry")
  // Name(word), given wi = Word(lower) where `lower` is `word` ASCII-lower-cased:
  // every name key lower-cases to a Word entry that counts it, so a word without
  // such an entry is no name, and a word with one key is a name when it equals that
  // key; only a word with several keys ("US", "Us") needs Name's own look-up.
  const NameWord* NameOf(std::string_view word, const WordInfo* wi) const {
    if (!wi || wi->name_keys == 0) return nullptr;
    // (Sizes first, then the bytes: an inline test, not a string_view::compare call.)
    if (wi->name_keys == 1)
      return word.size() == wi->name_key.size() && BytesEqual(word.data(), wi->name_key.data(), word.size())
                 ? wi->name
                 : nullptr;
    return Name(word);
  }
  // A lower-case word that may stand before a role noun in a title ("former", "presidential").
  bool TitleModifier(std::string_view lower) const;
  size_t cue_count() const { return cues_.size(); }
  // Prefix titles lower-cased without dots ("mr", "sen"), for name matching.
  const std::vector<std::string>& TitleWords() const { return title_words_; }

 private:
  Status Build(const std::vector<TsvRow>& cues, const std::vector<TsvRow>& titles,
               const std::vector<TsvRow>& pronouns, const std::vector<TsvRow>& names,
               const std::vector<TsvRow>& given);
  SvMap<CueWord> cues_;
  SvMap<std::vector<CuePhrase>> phrases_;
  SvMap<TitleWord> prefixes_, roles_;
  SvMap<char> modifiers_;  // titles.tsv kind "modifier"
  SvMap<PronounInfo> pronouns_;
  SvMap<NameWord> names_;
  SvMap<WordInfo> words_;
  // The per-token lookups (Word, Name, Prefix) go through open-addressing indexes
  // over these maps: they are the hottest path of quote extraction.
  FlatIndex<WordInfo> word_index_;
  FlatIndex<NameWord> name_index_;
  FlatIndex<TitleWord> prefix_index_;
  static size_t PrefixFilterBit(std::string_view w) {
    const size_t first = w.empty() ? 0 : static_cast<unsigned char>(w.front());
    const size_t last = w.empty() ? 0 : static_cast<unsigned char>(w.back());
    return (((w.size() & 31) * 0x2F1 + first * 0x1F) ^ (last * 0x5B)) & 4095;
  }
  std::array<uint64_t, 64> prefix_filter_{};  // PrefixFilterBit of every prefix title
  std::vector<std::string> title_words_;
};

// ASCII lower-casing (non-ASCII bytes unchanged).
std::string AsciiLower(std::string_view s);

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_QUOTE_LEXICON_H_

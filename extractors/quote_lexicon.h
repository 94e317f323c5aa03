// Lexicons for quotes and speakers, loaded once from data/*.tsv:
//   cue_verbs.tsv          said/say/verb/speech, according to/.../phrase/speech, statement/.../noun
//   titles.tsv             Mr./prefix/m, spokesman/role/m, researchers/group/-
//   pronouns.tsv           she/f/sg/personal
//   speaker_org_words.tsv  Ministry/org, Times/media, Republicans/group, Monday/notperson
// Lookups take lower-cased words (prefix titles keep their case: "Mr.").
#ifndef CLAIMKIT_EXTRACTORS_QUOTE_LEXICON_H_
#define CLAIMKIT_EXTRACTORS_QUOTE_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimkit/data.h"
#include "claimkit/status.h"

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

enum class CueClass : uint8_t { kSpeech, kReport, kBelief, kIntent };

struct CueWord {
  std::string lemma;
  CueClass cls = CueClass::kSpeech;
  bool verb = false;
  bool noun = false;
  bool past = false;    // said, told (form differs from lemma and ends in -ed or irregular past)
  bool gerund = false;  // saying
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

enum class NameWord : uint8_t { kOrg, kMedia, kGroup, kNotPerson };

// Everything the lexicons say about one lower-cased word, found with one lookup.
struct WordInfo {
  const CueWord* cue = nullptr;
  const PronounInfo* pron = nullptr;
  const TitleWord* role = nullptr;
  bool phrase_start = false;  // some cue phrase starts with this word
};

// Hash maps over lower-cased words, built once; read-only afterwards (thread-safe).
class QuoteLexicon {
 public:
  static Result<QuoteLexicon> Load();
  // From given file contents (tests pass a few lines each).
  static Result<QuoteLexicon> FromContents(std::string_view cues, std::string_view titles,
                                           std::string_view pronouns, std::string_view org_words);

  const CueWord* Cue(std::string_view lower) const;
  // All of Cue, Pronoun, Role and phrase starts for `lower`; null when none applies.
  const WordInfo* Word(std::string_view lower) const;
  // Phrases whose first word is `lower` (longest first).
  const std::vector<CuePhrase>* PhrasesStartingWith(std::string_view lower) const;
  // Prefix titles match case-sensitively ("Mr.", "President"); roles and groups lower-cased.
  const TitleWord* Prefix(std::string_view word) const;
  const TitleWord* Role(std::string_view lower) const;
  const PronounInfo* Pronoun(std::string_view lower) const;
  const NameWord* Name(std::string_view word) const;  // case-sensitive ("Ministry")
  size_t cue_count() const { return cues_.size(); }
  // Prefix titles lower-cased without dots ("mr", "sen"), for name matching.
  const std::vector<std::string>& TitleWords() const { return title_words_; }

 private:
  Status Build(const std::vector<TsvRow>& cues, const std::vector<TsvRow>& titles,
               const std::vector<TsvRow>& pronouns, const std::vector<TsvRow>& names);
  SvMap<CueWord> cues_;
  SvMap<std::vector<CuePhrase>> phrases_;
  SvMap<TitleWord> prefixes_, roles_;
  SvMap<PronounInfo> pronouns_;
  SvMap<NameWord> names_;
  SvMap<WordInfo> words_;
  // words_ again as an open-addressing table (FNV-1a, power-of-two size): the
  // per-token lookup is the hottest path of quote extraction.
  struct Slot {
    std::string key;
    const WordInfo* info = nullptr;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<std::string> title_words_;
};

// ASCII lower-casing (non-ASCII bytes unchanged).
std::string AsciiLower(std::string_view s);

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_QUOTE_LEXICON_H_

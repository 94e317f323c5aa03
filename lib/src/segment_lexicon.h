// Word lists for the segmenter (internal): abbreviations, sentence starters and
// the prepositions that open fronted phrases. Loaded once from data/*.tsv.
#ifndef CLAIMKIT_SRC_SEGMENT_LEXICON_H_
#define CLAIMKIT_SRC_SEGMENT_LEXICON_H_

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "claimkit/status.h"

namespace claimkit::seg {

// data/abbreviations.tsv column 2: can the abbreviation end a sentence?
enum class AbbrevEnd : uint8_t {
  kNo,       // titles: "Gen. Smith"
  kYes,      // "Acme Inc. Shares fell." -> two sentences
  kStarter,  // only before a sentence starter: "U.S. Army" -> one, "U.S. The" -> two
};
// Column 3.
enum class AbbrevKind : uint8_t { kTitle, kNumber, kOther };

struct Abbrev {
  AbbrevEnd end = AbbrevEnd::kYes;
  AbbrevKind kind = AbbrevKind::kOther;
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class SegmentLexicon {
 public:
  // The lexicon from the embedded data files, loaded on first use (thread-safe).
  // A broken data file is reported once on stderr and leaves that list empty.
  static const SegmentLexicon& Default();

  // Builds from file contents (tests); errors name file and line.
  static Result<SegmentLexicon> Parse(std::string_view abbreviations, std::string_view starters,
                                      std::string_view prepositions,
                                      std::string_view hyphen_prefixes = {},
                                      std::string_view speech_verbs = {});

  // `form` includes the final period: "Dr.", "U.S.". Exact match first, then the
  // lower-cased form against lower-case entries ("Etc." -> "etc.").
  const Abbrev* FindAbbrev(std::string_view form) const;
  // `word` as written: "The", "Mr." (a title with its period).
  bool IsStarter(std::string_view word) const;
  bool IsPreposition(std::string_view word) const;
  // `prefix` as written ("Co", "anti"); matched in lower case.
  bool IsHyphenPrefix(std::string_view prefix) const;
  // "said", "asked" (data/segment_speech_verbs.tsv).
  bool IsSpeechVerb(std::string_view word) const;

 private:
  std::unordered_map<std::string, Abbrev, StringHash, std::equal_to<>> abbrevs_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> starters_, prepositions_, hyphen_prefixes_,
      speech_verbs_;
  size_t max_abbrev_len_ = 0;
  // AbbrevKey() of every entry of abbrevs_: FindAbbrev looks up only forms whose key is
  // set. The key hashes the length, the first byte and the byte before the period, all
  // ASCII case folded.
  static constexpr size_t kAbbrevKeys = 4096;
  static size_t AbbrevKey(std::string_view form);  // form.size() >= 2
  std::bitset<kAbbrevKeys> abbrev_keys_;
};

}  // namespace claimkit::seg

#endif  // CLAIMKIT_SRC_SEGMENT_LEXICON_H_

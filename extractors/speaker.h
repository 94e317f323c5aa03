// Speakers of one document: canonical names, aliases, roles, organisations and the
// mentions that pronouns and role nouns are resolved against.
//
//   SpeakerTable t;
//   int e = t.Intern("Chin Malin", SpeakerType::kPerson, '-', pos);  // adds
//   t.Intern("Malin", SpeakerType::kUnknown, '-', pos2);             // same entity (alias)
//   t.profile(e).name == "Chin Malin"
//
// Names are matched word by word, in any order, so that names whose family name
// comes first (Chin Malin, Hun Sen, Nguyen Van An) or that repeat the given name
// (Naran) resolve without assuming the last word is the surname: a mention refers to
// an entity when all its words are words of the entity's name. An all-capital
// mention (NACD) matches the initials of consecutive words of an organisation name.
// When several entities match, the one mentioned most recently wins.
#ifndef CLAIMKIT_EXTRACTORS_SPEAKER_H_
#define CLAIMKIT_EXTRACTORS_SPEAKER_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimkit {

// Hash and equality over std::string keys, looked up by string_view.
struct SvHashT {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct SvEqT {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

enum class SpeakerType : uint8_t { kUnknown, kPerson, kOrganization, kGroup };
// "unknown", "person", "organization", "group"
const char* SpeakerTypeName(SpeakerType t);

struct SpeakerProfile {
  std::string name;                  // canonical: the fullest form the document uses
  SpeakerType type = SpeakerType::kUnknown;
  std::vector<std::string> roles;    // "spokesman", "vice-chairman"
  std::vector<std::string> orgs;     // "Ministry of Justice"
  std::vector<std::string> aliases;  // every other form used: "Malin", "he"
  int quotes = 0;                    // quote records attributed to this speaker
  char gender = '-';                 // m, f, - (from titles, role nouns, pronouns)
  bool plural = false;
};

// One mention of an entity at a position in the document (view offset).
struct EntityMention {
  int entity = -1;
  uint32_t pos = 0;
  bool as_speaker = false;  // the mention was the speaker of an attribution
  bool subject = false;     // the mention opens its sentence (its likely subject)
};

class SpeakerTable {
 public:
  // The entity `name` refers to (see above), or a new one. Upgrades the canonical
  // name when `name` is fuller, the type when it was unknown, the gender when
  // given; records the mention at `pos`.
  int Intern(std::string_view name, SpeakerType type, char gender, uint32_t pos,
             bool as_speaker = false);
  // Find(name), then between(found) with its result, then Intern(name, ...): the same
  // as the three calls in turn, with the name parsed and matched once. `between` may
  // read the table but must not change it or call Find or Intern.
  template <typename Between>
  int FindThenIntern(std::string_view name, SpeakerType type, char gender, uint32_t pos, bool as_speaker,
                     Between&& between) {
    ParseName(name);
    const int found = FindParsed(name);
    between(found);
    const uint64_t h = NameIndex::Hash(name);
    if (int e = ExactHit(name, h, type, gender, pos, as_speaker); e >= 0) return e;
    return InternParsed(name, h, type, gender, pos, as_speaker, found);
  }
  // The entity `name` refers to, or -1 (does not add). Title words (see
  // SetTitleWords) are ignored: "Ms. Lan" finds "Nguyen Thi Lan".
  int Find(std::string_view name) const;
  // Lower-cased words without dots to ignore when matching names ("mr", "sen", "dr").
  void SetTitleWords(const std::vector<std::string>& words) {
    own_titles_.clear();
    own_titles_.insert(words.begin(), words.end());
    shared_titles_ = nullptr;
  }
  // The same from a set built once (kept by the caller, which must outlive the table).
  using TitleSet = std::unordered_set<std::string, SvHashT, SvEqT>;
  void UseTitleSet(const TitleSet* titles) { shared_titles_ = titles; }
  // Room for `entities` entities without reallocating (no effect on results).
  void Reserve(size_t entities) {
    profiles_.reserve(entities);
    initials_.reserve(entities);
    coordinated_.reserve(entities);
    speaker_count_.reserve(entities);
    last_mention_.reserve(entities);
    ent_off_.reserve(entities);
    ent_n_.reserve(entities);
    ent_words_.reserve(entities * 2);
    postings_.reserve(entities * 2);
    word_connector_.reserve(entities * 2);
    word_head_.reserve(entities * 2);
    mentions_.reserve(entities * 4);
    word_ids_.Reserve(entities, entities * 12);
    exact_.Reserve(entities, entities * 16);
  }
  // Back to the state of a new table (no entities, mentions, acronyms, title words or
  // sentence starts), keeping the memory of its buffers for the next document.
  void Clear();
  // Links an acronym to an entity: "NACD" -> "National Authority for Combating Drugs".
  void AddAcronym(std::string_view acronym, int entity);

  // Most recent entity mentioned before `pos` that agrees with a pronoun:
  // gender 'm'/'f' (persons of that or unknown gender), 'n' (organisations),
  // 'x' with plural (groups and organisations). Prefers speakers when
  // `prefer_speakers`. -1 if none.
  int ResolvePronoun(char gender, bool plural, uint32_t pos, bool prefer_speakers) const;
  // Most recent entity before `pos` whose roles include `role` (lower-cased), or -1.
  // `qualifier` ("Florida" in "the Florida senator"), when given, rules out entities
  // whose organisations are known and do not Describe it.
  int ResolveRole(std::string_view role, uint32_t pos, std::string_view qualifier = {}) const;
  // Entity e's organisations or roles contain `part` ("Florida" in "Florida Sen.").
  bool Describes(int e, std::string_view part) const;
  // The organisation mentioned last at or after `from` and not after `pos`, or -1
  // (the "its" of "Its governor said").
  int LastOrganization(uint32_t from, uint32_t pos) const;
  // The organisation mentioned most often as a speaker or in names so far, or -1.
  int MostSalientOrganization(uint32_t pos) const;
  // The person mentioned most often before `pos` (the first of equals), or -1.
  int MostSalientPerson(uint32_t pos) const;

  void AddRole(int e, std::string_view role);
  void AddOrg(int e, std::string_view org);
  void AddAlias(int e, std::string_view alias);
  void Mention(int e, uint32_t pos, bool as_speaker);
  // The last mention opens its sentence: pronouns prefer it to a later name in the
  // same sentence ("George Zimmerman is selling the gun he used to kill Trayvon
  // Martin. ... he told" -> Zimmerman).
  // Where the document's sentences start (view offsets, ascending): pronouns prefer
  // the subject of the sentence their antecedent stands in.
  void SetSentenceStarts(std::vector<uint32_t> starts) { sent_starts_ = std::move(starts); }
  void MarkLastMentionSubject() {
    if (!mentions_.empty()) mentions_.back().subject = true;
  }
  // Intern(name, ...) for a one-word name (no space) right after Find(name) returned
  // `found` >= 0: the same result without parsing and searching again (Find's parse of
  // the name is still in place, and Intern skips its exact-name shortcut for one word).
  int InternFound(std::string_view name, int found, SpeakerType type, char gender, uint32_t pos,
                  bool as_speaker) {
    return InternParsed(name, NameIndex::Hash(name), type, gender, pos, as_speaker, found);
  }
  // Entity e has been the speaker of some attribution so far.
  bool HasSpoken(int e) const { return speaker_count_[e] > 0; }

  SpeakerProfile& profile(int e) { return profiles_[e]; }
  const SpeakerProfile& profile(int e) const { return profiles_[e]; }
  const std::vector<SpeakerProfile>& profiles() const { return profiles_; }
  int size() const { return static_cast<int>(profiles_.size()); }

 private:
  // A string -> int map for one document's names (open addressing, keys kept in
  // one buffer): no node or string allocation per entry.
  class NameIndex {
   public:
    // Eight bytes a step (names are hashed on every mention).
    static uint64_t Hash(std::string_view s) {
      uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
      size_t i = 0;
      for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
      }
      if (i < s.size()) {
        // The last 1..7 bytes as a zero-padded little-endian word, from loads that may
        // overlap bytes already hashed (their bits shifted out, or ORed with themselves).
        const size_t rem = s.size() - i;
        const char* p = s.data();
        auto load = [](const char* q, size_t n) {
          uint64_t x = 0;
          std::memcpy(&x, q, n);
          return x;
        };
        uint64_t w;
        if constexpr (std::endian::native == std::endian::little) {
          if (s.size() >= 8) {
            w = load(p + s.size() - 8, 8) >> (8 * (8 - rem));
          } else if (rem >= 4) {
            w = load(p, 4) | load(p + rem - 4, 4) << (8 * (rem - 4));
          } else {
            w = uint64_t{static_cast<unsigned char>(p[0])} |
                uint64_t{static_cast<unsigned char>(p[rem / 2])} << (8 * (rem / 2)) |
                uint64_t{static_cast<unsigned char>(p[rem - 1])} << (8 * (rem - 1));
          }
        } else {
          w = 0;
          for (size_t k = 0; k < rem; ++k) w |= uint64_t{static_cast<unsigned char>(p[i + k])} << (8 * k);
        }
        h = (h ^ w) * 0x94D049BB133111EBull;
      }
      return h ^ (h >> 29);
    }
    // The value stored for `key` (h = Hash(key)), or nullptr.
    const int* Find(std::string_view key, uint64_t h) const;
    int* Find(std::string_view key, uint64_t h) {
      return const_cast<int*>(static_cast<const NameIndex*>(this)->Find(key, h));
    }
    // Adds `key` (not present) with `value`.
    void Insert(std::string_view key, uint64_t h, int value);
    // Empty again, as a new index (large slot arrays shrink back to 256 slots: clearing
    // them costs more than regrowing them for the few documents that need it).
    void Clear() {
      if (slots_.size() > 256) {
        slots_.assign(256, Slot{});
      } else {
        for (uint32_t i : used_) slots_[i].used = false;  // (not every slot: few are used)
      }
      used_.clear();
      text_.clear();
      count_ = 0;
    }
    // Room for `keys` keys of `bytes` bytes in all before the key text grows or the
    // slots are rehashed (no effect on results).
    void Reserve(size_t keys, size_t bytes) {
      if (slots_.empty()) {
        size_t cap = 64;
        while (cap < keys * 2) cap <<= 1;
        slots_.resize(cap);
      }
      used_.reserve(keys);
      text_.reserve(bytes);
    }
    size_t size() const { return count_; }

   private:
    struct Slot {
      uint64_t hash = 0;
      uint32_t off = 0, len = 0;
      int value = -1;
      bool used = false;
    };
    std::vector<Slot> slots_;
    std::vector<uint32_t> used_;  // the indices of the used slots
    std::string text_;
    size_t count_ = 0;
  };
  // One word of a name being matched (NameWords without the strings): the
  // lower-cased text in the parse buffer, and its word id (-1: in no name yet).
  struct QueryWord {
    uint32_t off = 0, len = 0;
    uint64_t hash = 0;  // NameIndex::Hash of the text
    int id = -1;
    bool connector = false;
  };
  // Parses `name` into query_ / query_text_ (see NameWords).
  void ParseName(std::string_view name) const;
  std::string_view QueryText(const QueryWord& w) const {
    return std::string_view(query_text_).substr(w.off, w.len);
  }
  // The id of a name word (h = NameIndex::Hash(w)), added when new.
  int InternWord(std::string_view w, uint64_t h, bool connector);
  // The entity the parsed name query_[lead ..] refers to (Find after ParseName).
  int FindParsed(std::string_view name) const;
  // Intern's shortcut for a name of several words written before (the common case
  // skips the word matching; a single word may be ambiguous between entities,
  // "Clinton"): its entity, updated and mentioned, or -1. h = NameIndex::Hash(name).
  int ExactHit(std::string_view name, uint64_t h, SpeakerType type, char gender, uint32_t pos, bool as_speaker);
  // The rest of Intern after ParseName(name) and a missed ExactHit, `found` being
  // FindParsed(name).
  int InternParsed(std::string_view name, uint64_t h, SpeakerType type, char gender, uint32_t pos,
                   bool as_speaker, int found);
  // Every non-connector word of entity e is among query_ (from `from`) / the other way round.
  bool EntityInQuery(int e, size_t from) const;
  bool QueryInEntity(int e, size_t from) const;
  // Sets entity e's name words to query_ (interning them) and indexes them.
  void SetWords(int e);
  const TitleSet& titles() const { return shared_titles_ ? *shared_titles_ : own_titles_; }

  std::vector<SpeakerProfile> profiles_;
  // Name words of all entities, interned: word id -> text and connector flag.
  NameIndex word_ids_;
  std::vector<char> word_connector_;
  // Per word id: the entities whose name has it, as a linked list in postings_.
  std::vector<int> word_head_;
  struct Posting {
    int entity;
    int next;
  };
  std::vector<Posting> postings_;
  // Per entity: its name words (ids, NameWords order) in ent_words_[ent_off_[e] ..
  // ent_off_[e] + ent_n_[e]).
  std::vector<int> ent_words_;
  std::vector<uint32_t> ent_off_, ent_n_;
  std::vector<std::pair<std::string, int>> acronyms_;
  TitleSet own_titles_;
  const TitleSet* shared_titles_ = nullptr;
  std::vector<std::string> initials_;  // per entity: initials of its non-connector name words
  // Per entity: its name coordinates names ("Jeff Merkley and Robert Menendez": holds
  // " and "), set with its words (SetWords) so that FindParsed does not search each
  // candidate's name again.
  std::vector<char> coordinated_;
  // The entity of `type` mentioned most often before `pos`, a speaker mention counting
  // `speaker_weight` times (the first of equals), or -1.
  int MostSalient(uint32_t pos, SpeakerType type, int speaker_weight) const;
  std::vector<EntityMention> mentions_;  // in order of Mention() calls
  std::vector<uint32_t> sent_starts_;    // SetSentenceStarts
  std::vector<int> speaker_count_;
  std::vector<size_t> last_mention_;     // per entity: 1 + index of its last mention
  NameIndex exact_;                      // a name as written -> its entity
  // Scratch of the name being matched (Find and Intern do not nest).
  mutable std::vector<QueryWord> query_;
  mutable std::string query_text_;
  mutable std::string joined_;
  mutable std::vector<int> cand_scratch_;
};

// Splits a name into lower-cased words, dropping possessive 's and dots:
// "Mr. Hun Sen's" -> {"mr", "hun", "sen"}.
std::vector<std::string> NameWords(std::string_view name);
// NameWords(name).size(), without building the words.
size_t CountNameWords(std::string_view name);

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_SPEAKER_H_

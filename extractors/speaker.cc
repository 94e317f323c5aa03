#include "extractors/speaker.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace claimkit {

const char* SpeakerTypeName(SpeakerType t) {
  switch (t) {
    case SpeakerType::kPerson: return "person";
    case SpeakerType::kOrganization: return "organization";
    case SpeakerType::kGroup: return "group";
    default: return "unknown";
  }
}

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> out;
  out.reserve(4);
  std::string cur;
  auto push = [&]() {
    if (cur.size() > 2 && (cur.compare(cur.size() - 2, 2, "'s") == 0)) cur.resize(cur.size() - 2);
    // U+2019 's
    if (cur.size() > 4 && cur.compare(cur.size() - 4, 4, "\xE2\x80\x99s") == 0) cur.resize(cur.size() - 4);
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (char c : name) {
    if (c == ' ' || c == '\n' || c == '\t' || c == ',') {
      push();
    } else if (c == '.') {
      continue;
    } else {
      cur.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  push();
  return out;
}

size_t CountNameWords(std::string_view name) {
  // A word is a run between separators with a byte other than a dot (what is
  // stripped from it, 's, leaves at least one byte).
  size_t n = 0;
  bool in = false;
  for (char c : name) {
    if (c == ' ' || c == '\n' || c == '\t' || c == ',') {
      in = false;
    } else if (c != '.' && !in) {
      in = true;
      ++n;
    }
  }
  return n;
}

namespace {
// Connectors inside names: of for the and on in de du la le.
bool IsConnector(std::string_view w) {
  auto is = [&](char a, char b) { return w[0] == a && w[1] == b; };
  if (w.size() == 2)
    return is('o', 'f') || is('o', 'n') || is('i', 'n') || is('d', 'e') || is('d', 'u') || is('l', 'a') ||
           is('l', 'e');
  if (w.size() == 3)
    return (is('f', 'o') && w[2] == 'r') || (is('t', 'h') && w[2] == 'e') || (is('a', 'n') && w[2] == 'd');
  return false;
}
// ParseName's bytes: word separators (space, newline, tab, comma), dropped bytes
// (dots), and the rest as 0x100 | the byte ASCII-lower-cased: one table load per
// byte instead of the five compares NameWords makes.
constexpr uint16_t kNameSeparator = 0, kNameDrop = 1;
constexpr std::array<uint16_t, 256> kNameByte = [] {
  std::array<uint16_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<uint16_t>(0x100 | (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  t[' '] = t['\n'] = t['\t'] = t[','] = kNameSeparator;
  t['.'] = kNameDrop;
  return t;
}();
bool AllCaps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}
}  // namespace

const int* SpeakerTable::NameIndex::Find(std::string_view key, uint64_t h) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.used) return nullptr;
    if (s.hash == h && s.len == key.size() && std::memcmp(text_.data() + s.off, key.data(), key.size()) == 0)
      return &s.value;
  }
}

void SpeakerTable::NameIndex::Insert(std::string_view key, uint64_t h, int value) {
  if ((count_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 64 : old.size() * 2);
    used_.clear();
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & mask;
      while (slots_[i].used) i = (i + 1) & mask;
      slots_[i] = s;
      used_.push_back(static_cast<uint32_t>(i));
    }
  }
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].used) i = (i + 1) & mask;
  used_.push_back(static_cast<uint32_t>(i));
  Slot& s = slots_[i];
  s.hash = h;
  s.off = static_cast<uint32_t>(text_.size());
  s.len = static_cast<uint32_t>(key.size());
  s.value = value;
  s.used = true;
  text_.append(key);
  ++count_;
}

void SpeakerTable::ParseName(std::string_view name) const {
  // NameWords, into one buffer (the words are never longer than the name).
  query_.clear();
  query_text_.resize(name.size());
  char* out = query_text_.data();
  size_t n = 0, start = 0;
  auto push = [&]() {
    const char* w = out + start;
    size_t len = n - start;
    if (len > 2 && w[len - 2] == '\'' && w[len - 1] == 's') len -= 2;
    // U+2019 's
    if (len > 4 && std::memcmp(w + len - 4, "\xE2\x80\x99s", 4) == 0) len -= 4;
    n = start + len;
    if (len > 0) {
      QueryWord q;
      q.off = static_cast<uint32_t>(start);
      q.len = static_cast<uint32_t>(len);
      std::string_view text(w, len);
      q.connector = IsConnector(text);
      q.hash = NameIndex::Hash(text);
      if (const int* id = word_ids_.Find(text, q.hash)) q.id = *id;
      query_.push_back(q);
    }
    start = n;
  };
  for (char c : name) {
    const uint16_t x = kNameByte[static_cast<unsigned char>(c)];
    if (x > kNameDrop) out[n++] = static_cast<char>(x);
    else if (x == kNameSeparator) push();
  }
  push();
  query_text_.resize(n);
}

bool SpeakerTable::QueryInEntity(int e, size_t from) const {
  const int* ew = ent_words_.data() + ent_off_[e];
  const int* ee = ew + ent_n_[e];
  for (size_t i = from; i < query_.size(); ++i) {
    const QueryWord& w = query_[i];
    if (w.connector) continue;
    if (w.id < 0 || std::find(ew, ee, w.id) == ee) return false;
  }
  return true;
}

bool SpeakerTable::EntityInQuery(int e, size_t from) const {
  const int* ew = ent_words_.data() + ent_off_[e];
  for (uint32_t k = 0; k < ent_n_[e]; ++k) {
    int id = ew[k];
    if (word_connector_[id]) continue;
    bool found = false;
    for (size_t i = from; i < query_.size() && !found; ++i) found = query_[i].id == id;
    if (!found) return false;
  }
  return true;
}

int SpeakerTable::Find(std::string_view name) const {
  ParseName(name);
  return FindParsed(name);
}

int SpeakerTable::FindParsed(std::string_view name) const {
  if (query_.empty()) return -1;
  // Titles stand before a name ("Prime Minister Hun Sen" -> "hun sen"); a title word
  // further in is part of the name ("Ministry of Justice" keeps "justice").
  size_t lead = 0;
  while (lead + 1 < query_.size() && titles().count(QueryText(query_[lead]))) ++lead;
  const bool acr = AllCaps(name);
  if (!acronyms_.empty() || acr) {
    joined_.clear();
    for (size_t i = lead; i < query_.size(); ++i) joined_ += QueryText(query_[i]);
    // Exact acronym links first.
    for (const auto& [a, e] : acronyms_)
      if (a == joined_) return e;
  }
  int best = -1, best_tier = -1;
  size_t best_pos = 0;
  // Candidates share a word with the mention (or, for acronyms, any organisation).
  // A match shares a word that is not a connector ("of", "the"), unless the mention
  // has only connectors.
  bool content = false;
  for (size_t i = lead; i < query_.size() && !content; ++i) content = !query_[i].connector;
  std::vector<int>& cand = cand_scratch_;
  cand.clear();
  for (size_t i = lead; i < query_.size(); ++i) {
    const QueryWord& x = query_[i];
    if ((content && x.connector) || x.id < 0) continue;
    for (int p = word_head_[x.id]; p >= 0; p = postings_[p].next) cand.push_back(postings_[p].entity);
  }
  if (acr && joined_.size() >= 2)
    for (int e = 0; e < size(); ++e)
      if (profiles_[e].type != SpeakerType::kPerson && initials_[e].find(joined_) != std::string::npos)
        cand.push_back(e);
  if (cand.size() > 1) {  // (nothing to sort or merge otherwise: the common case)
    std::sort(cand.begin(), cand.end());
    cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
  }
  // Coordinated names ("Jeff Merkley and Robert Menendez", a group) and one person
  // never match each other: the pair is not Merkley, and Merkley is not the pair.
  // Organisation names with "and" (Food and Agriculture Organization) match as usual.
  const bool coordinated = name.find(" and ") != std::string_view::npos;
  for (int e : cand) {
    const SpeakerProfile& ep = profiles_[e];
    const bool e_coordinated = coordinated_[e];
    if (e_coordinated && !coordinated && ep.type != SpeakerType::kOrganization) continue;
    if (coordinated && !e_coordinated && ep.type != SpeakerType::kOrganization) continue;
    bool match = QueryInEntity(e, lead) || EntityInQuery(e, lead);
    if (!match && acr && profiles_[e].type != SpeakerType::kPerson)
      match = joined_.size() >= 2 && initials_[e].find(joined_) != std::string::npos;
    if (!match) continue;
    // A name ending in the mention's last word ("Trump" -> "Donald Trump") comes before
    // one that only contains it ("Trump University"); then the most recent.
    int tier = ent_n_[e] > 0 && ent_words_[ent_off_[e] + ent_n_[e] - 1] == query_.back().id ? 1 : 0;
    size_t p = last_mention_[e];
    if (best < 0 || tier > best_tier || (tier == best_tier && p > best_pos)) {
      best = e;
      best_pos = p;
      best_tier = tier;
    }
  }
  return best;
}

int SpeakerTable::InternWord(std::string_view w, uint64_t h, bool connector) {
  if (int* id = word_ids_.Find(w, h)) return *id;
  int id = static_cast<int>(word_connector_.size());
  word_ids_.Insert(w, h, id);
  word_connector_.push_back(connector);
  word_head_.push_back(-1);
  return id;
}

void SpeakerTable::SetWords(int e) {
  ent_off_[e] = static_cast<uint32_t>(ent_words_.size());
  ent_n_[e] = static_cast<uint32_t>(query_.size());
  for (QueryWord& q : query_) {
    if (q.id < 0) q.id = InternWord(QueryText(q), q.hash, q.connector);
    ent_words_.push_back(q.id);
    bool listed = false;
    for (int p = word_head_[q.id]; p >= 0 && !listed; p = postings_[p].next) listed = postings_[p].entity == e;
    if (!listed) {
      postings_.push_back(Posting{e, word_head_[q.id]});
      word_head_[q.id] = static_cast<int>(postings_.size()) - 1;
    }
  }
  coordinated_[e] = profiles_[e].name.find(" and ") != std::string::npos;
  // Initials of the non-connector words: an acronym matches when it is a substring.
  std::string& initials = initials_[e];
  initials.clear();
  for (const QueryWord& q : query_)
    if (!q.connector) initials.push_back(query_text_[q.off]);
}

int SpeakerTable::Intern(std::string_view name, SpeakerType type, char gender, uint32_t pos,
                         bool as_speaker) {
  // The same name written again (the common case) skips the word matching, unless
  // it is short enough to be ambiguous between entities ("Clinton").
  const uint64_t h = NameIndex::Hash(name);
  if (int e = ExactHit(name, h, type, gender, pos, as_speaker); e >= 0) return e;
  ParseName(name);
  return InternParsed(name, h, type, gender, pos, as_speaker, FindParsed(name));
}

int SpeakerTable::ExactHit(std::string_view name, uint64_t h, SpeakerType type, char gender, uint32_t pos,
                           bool as_speaker) {
  if (name.find(' ') == std::string_view::npos) return -1;
  int* hit = exact_.Find(name, h);
  if (!hit) return -1;
  int e = *hit;
  SpeakerProfile& p = profiles_[e];
  if (p.type == SpeakerType::kUnknown) p.type = type;
  if (p.gender == '-' && (gender == 'm' || gender == 'f')) p.gender = gender;
  Mention(e, pos, as_speaker);
  return e;
}

int SpeakerTable::InternParsed(std::string_view name, uint64_t h, SpeakerType type, char gender, uint32_t pos,
                               bool as_speaker, int found) {
  int e = found;
  if (e < 0) {
    SpeakerProfile& p = profiles_.emplace_back();
    p.name = std::string(name);
    p.type = type;
    p.gender = gender;
    initials_.emplace_back();
    coordinated_.push_back(false);
    speaker_count_.push_back(0);
    last_mention_.push_back(0);
    ent_off_.push_back(0);
    ent_n_.push_back(0);
    e = size() - 1;
    SetWords(e);
  } else {
    SpeakerProfile& p = profiles_[e];
    if (query_.size() > ent_n_[e] && EntityInQuery(e, 0)) {
      AddAlias(e, p.name);
      p.name = std::string(name);
      SetWords(e);
    } else if (name != p.name) {
      AddAlias(e, name);
    }
    if (p.type == SpeakerType::kUnknown) p.type = type;
    if (p.gender == '-' && (gender == 'm' || gender == 'f')) p.gender = gender;
  }
  Mention(e, pos, as_speaker);
  if (int* hit = exact_.Find(name, h)) *hit = e;
  else exact_.Insert(name, h, e);
  return e;
}

void SpeakerTable::Clear() {
  // Every member, in declaration order (speaker.h).
  profiles_.clear();
  word_ids_.Clear();
  word_connector_.clear();
  word_head_.clear();
  postings_.clear();
  ent_words_.clear();
  ent_off_.clear();
  ent_n_.clear();
  acronyms_.clear();
  own_titles_.clear();
  shared_titles_ = nullptr;
  initials_.clear();
  coordinated_.clear();
  mentions_.clear();
  sent_starts_.clear();
  speaker_count_.clear();
  last_mention_.clear();
  exact_.Clear();
  query_.clear();
  query_text_.clear();
  joined_.clear();
  cand_scratch_.clear();
}

void SpeakerTable::AddAcronym(std::string_view acronym, int entity) {
  std::string a;
  for (char c : acronym)
    if (c != '.') a.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  acronyms_.emplace_back(a, entity);
  AddAlias(entity, acronym);
}

namespace {
// A capitalised name that may be a person's: no lower-case word ("Footage of Al-Awlaki"),
// no -ing word first ("Entrusting Donald Trump"), no plural of people last ("Conservative
// Christians").
bool LooksLikePersonName(std::string_view name) {
  size_t b = 0;
  bool first = true;
  std::string_view last;
  while (b < name.size()) {
    size_t e = name.find(' ', b);
    if (e == std::string_view::npos) e = name.size();
    std::string_view w = name.substr(b, e - b);
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') return false;
    if (first && w.size() > 4 && w.substr(w.size() - 3) == "ing") return false;
    first = false;
    last = w;
    b = e + 1;
  }
  return !(last.size() > 4 && (last.substr(last.size() - 3) == "ans" || last.substr(last.size() - 3) == "ers"));
}
}  // namespace

int SpeakerTable::LastOrganization(uint32_t from, uint32_t pos) const {
  for (size_t i = mentions_.size(); i-- > 0;) {
    const EntityMention& m = mentions_[i];
    if (m.pos > pos) continue;
    if (m.pos < from) break;
    if (profiles_[m.entity].type == SpeakerType::kOrganization) return m.entity;
  }
  return -1;
}

int SpeakerTable::ResolvePronoun(char gender, bool plural, uint32_t pos, bool prefer_speakers) const {
  auto agrees = [&](int e) {
    const SpeakerProfile& p = profiles_[e];
    if (plural) return p.type == SpeakerType::kGroup || p.type == SpeakerType::kOrganization || p.plural;
    if (gender == 'n') return p.type == SpeakerType::kOrganization;
    if (p.type == SpeakerType::kOrganization || p.type == SpeakerType::kGroup || p.plural) return false;
    if (gender == 'm' || gender == 'f') return p.gender == '-' || p.gender == gender;
    return true;
  };
  for (int pass = prefer_speakers ? 0 : 1; pass < 3; ++pass) {
    for (size_t i = mentions_.size(); i-- > 0;) {
      const EntityMention& m = mentions_[i];
      if (m.pos > pos) continue;
      if (pass == 0 && !m.as_speaker) continue;
      if (pass == 2) {
        // Last resort for he/she: a name of two or more words of unknown type, the
        // subject of that sentence when one of its names opened it.
        if (plural || gender == 'n') break;
        auto fits = [&](const EntityMention& x) {
          const SpeakerProfile& p = profiles_[x.entity];
          return p.type == SpeakerType::kUnknown && ent_n_[x.entity] >= 2 && p.gender == '-';
        };
        if (!fits(m)) continue;
        if (!m.subject)
          for (size_t k = i; k-- > 0 && mentions_[k].pos + 200 >= m.pos;)
            if (mentions_[k].subject && mentions_[k].pos <= pos && fits(mentions_[k])) return mentions_[k].entity;
        return m.entity;
      }
      if (agrees(m.entity)) {
        // A person of unknown type is taken only when it looks like a person.
        if (!plural && gender != 'n' && profiles_[m.entity].type == SpeakerType::kUnknown &&
            pass == 1 && profiles_[m.entity].gender == '-' && m.as_speaker == false &&
            // (the subject of its sentence, with a first name and a surname, does: "Dewayne
            // Smithy, 33, of Baldwin, Miss., dismisses the idea ... “...,” he said")
            !(m.subject && ent_n_[m.entity] >= 2 && (gender == 'm' || gender == 'f') &&
              LooksLikePersonName(profiles_[m.entity].name))) {
          continue;
        }
        // he/she prefer the person who opened that sentence to one named later in it:
        // "Juan Zarate, an adviser to George W. Bush, also questioned ... “...,” he said".
        // (Not when only the later name is known to agree: "Mayor Reyl met Martha Klein.
        // She said ...".)
        const bool m_sure = (gender == 'm' || gender == 'f') && profiles_[m.entity].gender == gender;
        if (pass == 1 && !plural && gender != 'n' && !m.subject && !sent_starts_.empty()) {
          auto sent_of = [&](uint32_t p) {
            return std::upper_bound(sent_starts_.begin(), sent_starts_.end(), p) - sent_starts_.begin();
          };
          const auto s = sent_of(m.pos);
          for (size_t k = i; k-- > 0 && sent_of(mentions_[k].pos) == s;)
            if (mentions_[k].subject && mentions_[k].entity != m.entity && agrees(mentions_[k].entity) &&
                profiles_[mentions_[k].entity].type == SpeakerType::kPerson &&
                (!m_sure || profiles_[mentions_[k].entity].gender == gender))
              return mentions_[k].entity;
        }
        return m.entity;
      }
    }
  }
  return -1;
}

namespace {
// A title as the role noun it abbreviates: "Sen." -> "senator", "Gov." -> "governor";
// other roles lower-cased without dots. `buf` holds the result when it is not a
// table entry.
std::string_view RoleNoun(std::string_view r, std::string* buf) {
  buf->clear();
  for (char c : r)
    if (c != '.') buf->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  static constexpr std::pair<std::string_view, std::string_view> kAbbrev[] = {
      {"sen", "senator"},     {"rep", "representative"}, {"gov", "governor"},
      {"adm", "admiral"},     {"capt", "captain"},       {"sgt", "sergeant"}, {"col", "colonel"},
      {"prof", "professor"},  {"atty", "attorney"},      {"sec", "secretary"}, {"lt", "lieutenant"},
      {"congressman", "representative"}, {"congresswoman", "representative"}};
  const std::string_view lr = *buf;
  for (const auto& [a, full] : kAbbrev)
    if (lr == a) return full;
  return lr;
}
// `role` (lower-cased: "senator") names the role `r` ("Sen.", "former Treasury secretary").
bool RoleMatches(std::string_view r, std::string_view role, std::string* buf) {
  const std::string_view lr = RoleNoun(r, buf);
  return lr == role || (lr.size() > role.size() && lr.compare(lr.size() - role.size(), role.size(), role) == 0 &&
                        lr[lr.size() - role.size() - 1] == ' ');
}
}  // namespace

bool SpeakerTable::Describes(int e, std::string_view part) const {
  const SpeakerProfile& p = profiles_[e];
  for (const auto* v : {&p.orgs, &p.roles})
    for (const std::string& x : *v)
      if (x.find(part) != std::string::npos) return true;
  return false;
}

int SpeakerTable::ResolveRole(std::string_view role, uint32_t pos, std::string_view qualifier) const {
  std::string buf;  // (one buffer for every role looked at)
  for (size_t i = mentions_.size(); i-- > 0;) {
    const EntityMention& m = mentions_[i];
    if (m.pos > pos) continue;
    const SpeakerProfile& p = profiles_[m.entity];
    if (!qualifier.empty() && !p.orgs.empty() && !Describes(m.entity, qualifier)) continue;
    for (const std::string& r : p.roles)
      if (RoleMatches(r, role, &buf)) return m.entity;
  }
  return -1;
}

int SpeakerTable::MostSalient(uint32_t pos, SpeakerType type, int speaker_weight) const {
  std::vector<int> count(profiles_.size(), 0);
  for (const EntityMention& m : mentions_)
    if (m.pos <= pos && profiles_[m.entity].type == type) count[m.entity] += m.as_speaker ? speaker_weight : 1;
  int best = -1;
  for (int e = 0; e < size(); ++e)
    if (count[e] > 0 && (best < 0 || count[e] > count[best])) best = e;
  return best;
}

int SpeakerTable::MostSalientOrganization(uint32_t pos) const { return MostSalient(pos, SpeakerType::kOrganization, 3); }
int SpeakerTable::MostSalientPerson(uint32_t pos) const { return MostSalient(pos, SpeakerType::kPerson, 1); }

void SpeakerTable::AddRole(int e, std::string_view role) {
  if (role.empty()) return;
  auto& v = profiles_[e].roles;
  if (std::find(v.begin(), v.end(), role) == v.end()) v.emplace_back(role);
}
void SpeakerTable::AddOrg(int e, std::string_view org) {
  if (org.empty()) return;
  auto& v = profiles_[e].orgs;
  if (std::find(v.begin(), v.end(), org) == v.end()) v.emplace_back(org);
}
void SpeakerTable::AddAlias(int e, std::string_view alias) {
  if (alias.empty() || alias == profiles_[e].name) return;
  auto& v = profiles_[e].aliases;
  if (std::find(v.begin(), v.end(), alias) == v.end()) v.emplace_back(alias);
}
void SpeakerTable::Mention(int e, uint32_t pos, bool as_speaker) {
  mentions_.push_back(EntityMention{e, pos, as_speaker});
  last_mention_[e] = mentions_.size();
  if (as_speaker) ++speaker_count_[e];
}

}  // namespace claimkit

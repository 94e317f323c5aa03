#include "extractors/speaker.h"

#include <algorithm>

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
bool Subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  for (const std::string& w : small) {
    if (IsConnector(w)) continue;
    if (std::find(big.begin(), big.end(), w) == big.end()) return false;
  }
  return true;
}
// Initials of the non-connector words: an acronym matches when it is a substring.
std::string Initials(const std::vector<std::string>& words) {
  std::string initials;
  for (const std::string& w : words)
    if (!IsConnector(w) && !w.empty()) initials.push_back(w[0]);
  return initials;
}
bool AllCaps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}
}  // namespace

int SpeakerTable::Find(std::string_view name) const { return FindWords(NameWords(name), name); }

int SpeakerTable::FindWords(const std::vector<std::string>& words, std::string_view name) const {
  if (words.empty()) return -1;
  const std::vector<std::string>* wp = &words;
  std::vector<std::string> kept;
  // Titles stand before a name ("Prime Minister Hun Sen" -> "hun sen"); a title word
  // further in is part of the name ("Ministry of Justice" keeps "justice").
  size_t lead = 0;
  while (lead + 1 < words.size() && titles().count(words[lead])) ++lead;
  if (lead > 0) {
    kept.assign(words.begin() + lead, words.end());
    wp = &kept;
  }
  const std::vector<std::string>& w = *wp;
  if (w.empty()) return -1;
  std::string joined;
  for (const auto& x : w) joined += x;
  // Exact acronym links first.
  for (const auto& [acr, e] : acronyms_)
    if (acr == joined) return e;
  int best = -1, best_tier = -1;
  size_t best_pos = 0;
  // Candidates share a word with the mention (or, for acronyms, any organisation).
  // A match shares a word that is not a connector ("of", "the"), unless the mention
  // has only connectors.
  bool content = std::any_of(w.begin(), w.end(), [](const std::string& x) { return !IsConnector(x); });
  std::vector<int>& cand = cand_scratch_;  // FindWords does not nest
  cand.clear();
  for (const std::string& x : w) {
    if (content && IsConnector(x)) continue;
    auto it = by_word_.find(x);
    if (it != by_word_.end()) cand.insert(cand.end(), it->second.begin(), it->second.end());
  }
  bool acr = AllCaps(name);
  if (acr && joined.size() >= 2)
    for (int e = 0; e < size(); ++e)
      if (profiles_[e].type != SpeakerType::kPerson && initials_[e].find(joined) != std::string::npos)
        cand.push_back(e);
  std::sort(cand.begin(), cand.end());
  cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
  for (int e : cand) {
    bool match = Subset(w, words_[e]) || Subset(words_[e], w);
    if (!match && acr && profiles_[e].type != SpeakerType::kPerson)
      match = joined.size() >= 2 && initials_[e].find(joined) != std::string::npos;
    if (!match) continue;
    // A name ending in the mention's last word ("Trump" -> "Donald Trump") comes before
    // one that only contains it ("Trump University"); then the most recent.
    int tier = !words_[e].empty() && words_[e].back() == w.back() ? 1 : 0;
    size_t p = last_mention_[e];
    if (best < 0 || tier > best_tier || (tier == best_tier && p > best_pos)) {
      best = e;
      best_pos = p;
      best_tier = tier;
    }
  }
  return best;
}

int SpeakerTable::Intern(std::string_view name, SpeakerType type, char gender, uint32_t pos,
                         bool as_speaker) {
  // The same name written again (the common case) skips the word matching, unless
  // it is short enough to be ambiguous between entities ("Clinton").
  if (auto it = name.find(' ') != std::string_view::npos ? exact_.find(name) : exact_.end();
      it != exact_.end()) {
    int e = it->second;
    SpeakerProfile& p = profiles_[e];
    if (p.type == SpeakerType::kUnknown) p.type = type;
    if (p.gender == '-' && (gender == 'm' || gender == 'f')) p.gender = gender;
    Mention(e, pos, as_speaker);
    return e;
  }
  std::vector<std::string> w = NameWords(name);
  int e = FindWords(w, name);
  if (e < 0) {
    SpeakerProfile p;
    p.name = std::string(name);
    p.type = type;
    p.gender = gender;
    profiles_.push_back(std::move(p));
    initials_.push_back(Initials(w));
    speaker_count_.push_back(0);
    last_mention_.push_back(0);
    e = size() - 1;
    for (const std::string& x : w) by_word_[x].push_back(e);
    words_.push_back(std::move(w));
  } else {
    SpeakerProfile& p = profiles_[e];
    if (w.size() > words_[e].size() && Subset(words_[e], w)) {
      AddAlias(e, p.name);
      p.name = std::string(name);
      initials_[e] = Initials(w);
      for (const std::string& x : w) {
        auto& v = by_word_[x];
        if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
      }
      words_[e] = std::move(w);
    } else if (name != p.name) {
      AddAlias(e, name);
    }
    if (p.type == SpeakerType::kUnknown) p.type = type;
    if (p.gender == '-' && (gender == 'm' || gender == 'f')) p.gender = gender;
  }
  Mention(e, pos, as_speaker);
  if (auto it = exact_.find(name); it != exact_.end()) it->second = e;
  else exact_.emplace(std::string(name), e);
  return e;
}

void SpeakerTable::AddAcronym(std::string_view acronym, int entity) {
  std::string a;
  for (char c : acronym)
    if (c != '.') a.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  acronyms_.emplace_back(a, entity);
  AddAlias(entity, acronym);
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
          return p.type == SpeakerType::kUnknown && words_[x.entity].size() >= 2 && p.gender == '-';
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
            pass == 1 && profiles_[m.entity].gender == '-' && m.as_speaker == false) {
          continue;
        }
        return m.entity;
      }
    }
  }
  return -1;
}

int SpeakerTable::ResolveRole(std::string_view role, uint32_t pos) const {
  for (size_t i = mentions_.size(); i-- > 0;) {
    const EntityMention& m = mentions_[i];
    if (m.pos > pos) continue;
    for (const std::string& r : profiles_[m.entity].roles) {
      std::string lr;
      for (char c : r) lr.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      if (lr == role || (lr.size() > role.size() && lr.compare(lr.size() - role.size(), role.size(), role) == 0 &&
                         lr[lr.size() - role.size() - 1] == ' '))
        return m.entity;
    }
  }
  return -1;
}

int SpeakerTable::MostSalientOrganization(uint32_t pos) const {
  std::vector<int> count(profiles_.size(), 0);
  for (const EntityMention& m : mentions_) {
    if (m.pos > pos) continue;
    if (profiles_[m.entity].type == SpeakerType::kOrganization) count[m.entity] += m.as_speaker ? 3 : 1;
  }
  int best = -1;
  for (int e = 0; e < size(); ++e)
    if (count[e] > 0 && (best < 0 || count[e] > count[best])) best = e;
  return best;
}

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

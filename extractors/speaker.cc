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
const char* const kConnectors[] = {"of", "for", "the", "and", "on", "in", "de", "du", "la", "le"};
bool IsConnector(const std::string& w) {
  for (const char* c : kConnectors)
    if (w == c) return true;
  return false;
}
bool Subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  for (const std::string& w : small) {
    if (IsConnector(w)) continue;
    if (std::find(big.begin(), big.end(), w) == big.end()) return false;
  }
  return true;
}
// Initials of consecutive non-connector words of `words` spell `acr` (lower-cased).
bool InitialsMatch(const std::string& acr, const std::vector<std::string>& words) {
  std::string initials;
  for (const std::string& w : words)
    if (!IsConnector(w) && !w.empty()) initials.push_back(w[0]);
  return acr.size() >= 2 && initials.find(acr) != std::string::npos;
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

int SpeakerTable::Find(std::string_view name) const {
  std::vector<std::string> w = NameWords(name);
  if (w.size() > 1)
    w.erase(std::remove_if(w.begin(), w.end(),
                           [&](const std::string& x) {
                             return std::find(titles_.begin(), titles_.end(), x) != titles_.end();
                           }),
            w.end());
  if (w.empty()) return -1;
  std::string joined;
  for (const auto& x : w) joined += x;
  // Exact acronym links first.
  for (const auto& [acr, e] : acronyms_)
    if (acr == joined) return e;
  int best = -1;
  size_t best_pos = 0;
  // Candidates share a word with the mention (or, for acronyms, any organisation).
  std::vector<int> cand;
  for (const std::string& x : w) {
    auto it = by_word_.find(x);
    if (it != by_word_.end()) cand.insert(cand.end(), it->second.begin(), it->second.end());
  }
  bool acr = AllCaps(name);
  if (acr)
    for (int e = 0; e < size(); ++e) cand.push_back(e);
  std::sort(cand.begin(), cand.end());
  cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
  for (int e : cand) {
    bool match = Subset(w, words_[e]) || Subset(words_[e], w);
    if (!match && acr && profiles_[e].type != SpeakerType::kPerson) match = InitialsMatch(joined, words_[e]);
    if (!match) continue;
    size_t p = last_mention_[e];
    if (best < 0 || p > best_pos) {
      best = e;
      best_pos = p;
    }
  }
  return best;
}

int SpeakerTable::Intern(std::string_view name, SpeakerType type, char gender, uint32_t pos,
                         bool as_speaker) {
  // The same name written again (the common case) skips the word matching, unless
  // it is short enough to be ambiguous between entities ("Clinton").
  if (auto it = exact_.find(std::string(name)); it != exact_.end() && name.find(' ') != std::string_view::npos) {
    int e = it->second;
    SpeakerProfile& p = profiles_[e];
    if (p.type == SpeakerType::kUnknown) p.type = type;
    if (p.gender == '-' && (gender == 'm' || gender == 'f')) p.gender = gender;
    Mention(e, pos, as_speaker);
    return e;
  }
  int e = Find(name);
  std::vector<std::string> w = NameWords(name);
  if (e < 0) {
    SpeakerProfile p;
    p.name = std::string(name);
    p.type = type;
    p.gender = gender;
    profiles_.push_back(std::move(p));
    words_.push_back(w);
    speaker_count_.push_back(0);
    last_mention_.push_back(0);
    e = size() - 1;
    for (const std::string& x : w) by_word_[x].push_back(e);
  } else {
    SpeakerProfile& p = profiles_[e];
    if (w.size() > words_[e].size() && Subset(words_[e], w)) {
      AddAlias(e, p.name);
      p.name = std::string(name);
      words_[e] = w;
      for (const std::string& x : w) {
        auto& v = by_word_[x];
        if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
      }
    } else if (name != p.name) {
      AddAlias(e, name);
    }
    if (p.type == SpeakerType::kUnknown) p.type = type;
    if (p.gender == '-' && (gender == 'm' || gender == 'f')) p.gender = gender;
  }
  Mention(e, pos, as_speaker);
  exact_[std::string(name)] = e;
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
        // Last resort for he/she: a name of two or more words of unknown type.
        if (plural || gender == 'n') break;
        const SpeakerProfile& p = profiles_[m.entity];
        if (p.type == SpeakerType::kUnknown && words_[m.entity].size() >= 2 && p.gender == '-') return m.entity;
        continue;
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

#include "extractors/quote_lexicon.h"

#include <algorithm>
#include <sstream>

#include "claimkit/data.h"

namespace claimkit {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {


CueClass ParseClass(const std::string& s) {
  if (s == "report") return CueClass::kReport;
  if (s == "belief") return CueClass::kBelief;
  if (s == "intent") return CueClass::kIntent;
  return CueClass::kSpeech;
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(AsciiLower(w));
  return out;
}

struct FunctionList {
  uint32_t bit;
  const char* words;  // space-separated, lower-case
};
const FunctionList kFunctionWords[] = {
    {kFwSkippable,
     "also has have had did does do will would was were is are previously later then recently "
     "repeatedly once often further again long not n't never could may might must should can "
     "already still just even earlier been being first last yet since now too both all each "
     "reportedly privately publicly"},
    {kFwTime,
     "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow "
     "recently earlier later last this week month year morning afternoon evening night on in at "
     "during early late the a an interview statement speech ago day"},
    {kFwDeterminer,
     "the a an this that these those his her their its our my some many several other another one "
     "two three most few all both any"},
    {kFwPreposition,
     "in on at to for from with by of about after before during into over under through via "
     "against while when as if because although though since until but and or so whether than"},
    {kFwBoundary, "that and but because while when as if where though although what"},
    {kFwDay, "monday tuesday wednesday thursday friday saturday sunday today yesterday"},
    {kFwTimeStart,
     "on in at during last this earlier later today yesterday early late monday tuesday wednesday "
     "thursday friday saturday sunday recently"},
};

}  // namespace

Result<QuoteLexicon> QuoteLexicon::Load() {
  auto cues = LoadTsv("cue_verbs.tsv", 4);
  if (!cues.ok()) return cues.status();
  auto titles = LoadTsv("titles.tsv", 3);
  if (!titles.ok()) return titles.status();
  auto pronouns = LoadTsv("pronouns.tsv", 4);
  if (!pronouns.ok()) return pronouns.status();
  auto names = LoadTsv("speaker_org_words.tsv", 2);
  if (!names.ok()) return names.status();
  auto given = LoadTsv("given_names.tsv", 2);
  if (!given.ok()) return given.status();
  QuoteLexicon lex;
  Status st = lex.Build(*cues, *titles, *pronouns, *names, *given);
  if (!st.ok()) return st;
  return lex;
}

Result<QuoteLexicon> QuoteLexicon::FromContents(std::string_view cues, std::string_view titles,
                                                std::string_view pronouns,
                                                std::string_view org_words,
                                                std::string_view given_names) {
  auto c = ParseTsv("cue_verbs.tsv", cues, 4);
  if (!c.ok()) return c.status();
  auto t = ParseTsv("titles.tsv", titles, 3);
  if (!t.ok()) return t.status();
  auto p = ParseTsv("pronouns.tsv", pronouns, 4);
  if (!p.ok()) return p.status();
  auto n = ParseTsv("speaker_org_words.tsv", org_words, 2);
  if (!n.ok()) return n.status();
  auto g = ParseTsv("given_names.tsv", given_names, 2);
  if (!g.ok()) return g.status();
  QuoteLexicon lex;
  Status st = lex.Build(*c, *t, *p, *n, *g);
  if (!st.ok()) return st;
  return lex;
}

Status QuoteLexicon::Build(const std::vector<TsvRow>& cues, const std::vector<TsvRow>& titles,
                          const std::vector<TsvRow>& pronouns, const std::vector<TsvRow>& names,
                          const std::vector<TsvRow>& given) {
  for (const TsvRow& r : cues) {
    const std::string& form = r.columns[0];
    const std::string& pos = r.columns[2];
    CueClass cls = ParseClass(r.columns[3]);
    if (pos == "phrase") {
      CuePhrase ph;
      ph.words = SplitWords(form);
      ph.cls = cls;
      if (ph.words.empty()) continue;
      phrases_[ph.words[0]].push_back(std::move(ph));
      continue;
    }
    if (pos == "plural") {
      auto it = cues_.find(AsciiLower(form));
      if (it == cues_.end() || !it->second.verb)
        return Status::Error(StatusCode::kInvalidInput, "cue_verbs.tsv:" + std::to_string(r.line) + ": plural '" +
                                                            form + "' is not a verb form listed before it");
      it->second.plural_noun = true;
      continue;
    }
    if (pos != "verb" && pos != "noun")
      return Status::Error(StatusCode::kInvalidInput,
                           "cue_verbs.tsv:" + std::to_string(r.line) + ": unknown pos '" + pos + "'");
    std::string key = AsciiLower(form);
    CueWord& w = cues_[key];
    if (pos == "verb") {
      if (!w.verb) {
        w.lemma = AsciiLower(r.columns[1]);
        w.cls = cls;
      }
      w.verb = true;
      bool ing = key.size() > 4 && key.compare(key.size() - 3, 3, "ing") == 0 && key != w.lemma;
      if (ing) w.gerund = true;
      bool s3 = key == w.lemma + "s" || key == w.lemma + "es" ||
                (w.lemma.size() > 1 && w.lemma.back() == 'y' &&
                 key == w.lemma.substr(0, w.lemma.size() - 1) + "ies");
      if (!ing && !s3 && key != w.lemma) w.past = true;
    } else {
      if (w.lemma.empty()) w.lemma = AsciiLower(r.columns[1]);
      w.noun = true;
    }
  }
  for (auto& [k, v] : phrases_)
    std::stable_sort(v.begin(), v.end(), [](const CuePhrase& a, const CuePhrase& b) {
      return a.words.size() > b.words.size();
    });
  for (const TsvRow& r : titles) {
    TitleWord t;
    const std::string& kind = r.columns[1];
    if (kind == "modifier") {
      modifiers_[AsciiLower(r.columns[0])] = 1;
      continue;
    }
    if (kind == "prefix") t.kind = TitleWord::kPrefix;
    else if (kind == "role") t.kind = TitleWord::kRole;
    else if (kind == "group") t.kind = TitleWord::kGroup;
    else
      return Status::Error(StatusCode::kInvalidInput,
                           "titles.tsv:" + std::to_string(r.line) + ": unknown kind '" + kind + "'");
    t.gender = r.columns[2].empty() ? '-' : r.columns[2][0];
    if (t.kind == TitleWord::kPrefix) {
      prefixes_[r.columns[0]] = t;
      std::string w;
      for (char c : AsciiLower(r.columns[0]))
        if (c != '.') w.push_back(c);
      if (std::find(title_words_.begin(), title_words_.end(), w) == title_words_.end()) title_words_.push_back(w);
    }
    else roles_[AsciiLower(r.columns[0])] = t;
  }
  for (const TsvRow& r : pronouns) {
    PronounInfo p;
    p.gender = r.columns[1].empty() ? 'x' : r.columns[1][0];
    p.plural = r.columns[2] == "pl";
    p.kind = r.columns[3] == "first" ? PronounInfo::kFirst
             : r.columns[3] == "relative" ? PronounInfo::kRelative : PronounInfo::kPersonal;
    pronouns_[AsciiLower(r.columns[0])] = p;
  }
  for (auto& [k, v] : cues_) words_[k].cue = &v;
  for (auto& [k, v] : pronouns_) words_[k].pron = &v;
  for (auto& [k, v] : roles_) words_[k].role = &v;
  for (auto& [k, v] : phrases_) {
    words_[k].phrases = &v;
    words_[k].phrase_start = true;
  }
  for (const FunctionList& fl : kFunctionWords) {
    std::istringstream in(fl.words);
    std::string w;
    while (in >> w) words_[w].function |= fl.bit;
  }
  for (const TsvRow& r : names) {
    const std::string& k = r.columns[1];
    NameWord n;
    if (k == "org") n = NameWord::kOrg;
    else if (k == "media") n = NameWord::kMedia;
    else if (k == "group") n = NameWord::kGroup;
    else if (k == "notperson") n = NameWord::kNotPerson;
    else if (k == "label") n = NameWord::kLabel;
    else
      return Status::Error(StatusCode::kInvalidInput,
                           "speaker_org_words.tsv:" + std::to_string(r.line) + ": unknown kind '" + k + "'");
    names_.emplace(r.columns[0], n);
  }
  // Given names; a word already listed above keeps that kind ("Will" is no name).
  for (const TsvRow& r : given) {
    const std::string& gd = r.columns[1];
    NameWord n;
    if (gd == "m") n = NameWord::kGivenM;
    else if (gd == "f") n = NameWord::kGivenF;
    else if (gd == "-") n = NameWord::kGiven;
    else
      return Status::Error(StatusCode::kInvalidInput,
                           "given_names.tsv:" + std::to_string(r.line) + ": unknown gender '" + gd + "'");
    names_.emplace(r.columns[0], n);
  }
  name_index_.Build(names_);
  // Every name key's lower-cased form gets a Word entry (NameOf relies on it).
  for (const auto& [k, v] : names_) {
    WordInfo& w = words_[AsciiLower(k)];
    if (w.name_keys == 0) {
      w.name_key = k;
      w.name = &v;
    }
    if (w.name_keys < 2) ++w.name_keys;
  }
  word_index_.Build(words_);
  prefix_index_.Build(prefixes_);
  for (const auto& [k, v] : prefixes_) {
    const size_t bit = PrefixFilterBit(k);
    prefix_filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  return Status::Ok();
}

// Cue, phrase, role and pronoun entries all have a WordInfo: one open-addressing
// look-up instead of a hash map's.
const CueWord* QuoteLexicon::Cue(std::string_view lower) const {
  const WordInfo* w = word_index_.Find(lower);
  return w ? w->cue : nullptr;
}
const std::vector<CuePhrase>* QuoteLexicon::PhrasesStartingWith(std::string_view lower) const {
  const WordInfo* w = word_index_.Find(lower);
  return w ? w->phrases : nullptr;
}
const TitleWord* QuoteLexicon::Role(std::string_view lower) const {
  const WordInfo* w = word_index_.Find(lower);
  return w ? w->role : nullptr;
}
const PronounInfo* QuoteLexicon::Pronoun(std::string_view lower) const {
  const WordInfo* w = word_index_.Find(lower);
  return w ? w->pron : nullptr;
}
const NameWord* QuoteLexicon::Name(std::string_view word) const { return name_index_.Find(word); }
bool QuoteLexicon::TitleModifier(std::string_view lower) const { return modifiers_.find(lower) != modifiers_.end(); }

}  // namespace claimkit

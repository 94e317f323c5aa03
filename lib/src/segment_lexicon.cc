// Loading of data/abbreviations.tsv, data/segment_starters.tsv and
// data/segment_prepositions.tsv (see segment_lexicon.h).
#include "segment_lexicon.h"

#include <iostream>

#include "claimkit/data.h"

namespace claimkit::seg {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

Result<SegmentLexicon> SegmentLexicon::Parse(std::string_view abbreviations,
                                             std::string_view starters,
                                             std::string_view prepositions,
                                             std::string_view hyphen_prefixes,
                                             std::string_view speech_verbs) {
  SegmentLexicon lex;
  Result<std::vector<TsvRow>> rows = ParseTsv("abbreviations.tsv", abbreviations, 3);
  if (!rows.ok()) return rows.status();
  for (const TsvRow& row : rows.value()) {
    auto bad = [&](const std::string& what) {
      return Status::Error(StatusCode::kInvalidInput,
                           "abbreviations.tsv:" + std::to_string(row.line) + ": " + what);
    };
    const std::string& form = row.columns[0];
    if (form.size() < 2 || form.back() != '.') return bad("form must end in '.': " + form);
    Abbrev a;
    const std::string& end = row.columns[1];
    if (end == "no") {
      a.end = AbbrevEnd::kNo;
    } else if (end == "yes") {
      a.end = AbbrevEnd::kYes;
    } else if (end == "starter") {
      a.end = AbbrevEnd::kStarter;
    } else {
      return bad("can_end must be no, yes or starter, got '" + end + "'");
    }
    const std::string& kind = row.columns[2];
    if (kind == "title") {
      a.kind = AbbrevKind::kTitle;
    } else if (kind == "number") {
      a.kind = AbbrevKind::kNumber;
    } else if (kind == "other") {
      a.kind = AbbrevKind::kOther;
    } else {
      return bad("kind must be title, number or other, got '" + kind + "'");
    }
    if (!lex.abbrevs_.emplace(form, a).second) return bad("duplicate form " + form);
    lex.abbrev_keys_.set(AbbrevKey(form));
    if (form.size() > lex.max_abbrev_len_) lex.max_abbrev_len_ = form.size();
  }
  Result<std::vector<TsvRow>> st = ParseTsv("segment_starters.tsv", starters, 1);
  if (!st.ok()) return st.status();
  for (const TsvRow& row : st.value()) lex.starters_.insert(row.columns[0]);
  Result<std::vector<TsvRow>> pr = ParseTsv("segment_prepositions.tsv", prepositions, 1);
  if (!pr.ok()) return pr.status();
  for (const TsvRow& row : pr.value()) lex.prepositions_.insert(row.columns[0]);
  Result<std::vector<TsvRow>> hp = ParseTsv("segment_hyphen_prefixes.tsv", hyphen_prefixes, 1);
  if (!hp.ok()) return hp.status();
  for (const TsvRow& row : hp.value()) lex.hyphen_prefixes_.insert(AsciiLower(row.columns[0]));
  Result<std::vector<TsvRow>> sv = ParseTsv("segment_speech_verbs.tsv", speech_verbs, 1);
  if (!sv.ok()) return sv.status();
  for (const TsvRow& row : sv.value()) lex.speech_verbs_.insert(row.columns[0]);
  return lex;
}

const SegmentLexicon& SegmentLexicon::Default() {
  static const SegmentLexicon* lex = [] {
    auto read = [](std::string_view name) {
      Result<std::string> r = ReadDataFile(name);
      if (!r.ok()) {
        std::cerr << "claimkit: " << r.status().ToString() << "\n";
        return std::string();
      }
      return std::move(r).value();
    };
    Result<SegmentLexicon> r = Parse(read("abbreviations.tsv"), read("segment_starters.tsv"),
                                     read("segment_prepositions.tsv"),
                                     read("segment_hyphen_prefixes.tsv"),
                                     read("segment_speech_verbs.tsv"));
    if (!r.ok()) {
      std::cerr << "claimkit: " << r.status().ToString() << "\n";
      return new SegmentLexicon();
    }
    return new SegmentLexicon(std::move(r).value());
  }();
  return *lex;
}

size_t SegmentLexicon::AbbrevKey(std::string_view form) {
  auto lower = [](char c) { return static_cast<size_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) & 0xFF; };
  return (form.size() * 977 + lower(form[0]) * 31 + lower(form[form.size() - 2])) % kAbbrevKeys;
}

const Abbrev* SegmentLexicon::FindAbbrev(std::string_view form) const {
  if (form.size() > max_abbrev_len_ || form.size() < 2) return nullptr;  // entries: 2+ bytes
  // Both lookups below find only an entry with the key of `form` (the key ignores
  // ASCII case); most words ending a sentence have a key no entry has.
  if (!abbrev_keys_.test(AbbrevKey(form))) return nullptr;
  auto it = abbrevs_.find(form);
  if (it != abbrevs_.end()) return &it->second;
  bool has_upper = false;
  for (char c : form) has_upper |= (c >= 'A' && c <= 'Z');
  if (!has_upper) return nullptr;
  it = abbrevs_.find(AsciiLower(form));
  return it != abbrevs_.end() ? &it->second : nullptr;
}

bool SegmentLexicon::IsStarter(std::string_view word) const {
  return starters_.find(word) != starters_.end();
}

bool SegmentLexicon::IsHyphenPrefix(std::string_view prefix) const {
  if (prefix.size() > 8) return false;
  return hyphen_prefixes_.find(AsciiLower(prefix)) != hyphen_prefixes_.end();
}

bool SegmentLexicon::IsSpeechVerb(std::string_view word) const {
  return speech_verbs_.find(word) != speech_verbs_.end();
}

bool SegmentLexicon::IsPreposition(std::string_view word) const {
  return prepositions_.find(word) != prepositions_.end();
}

}  // namespace claimkit::seg

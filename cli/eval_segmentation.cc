// claimkit eval segmentation: sentence and token quality against gold, in-process.
//
//   --golden-rules FILE   the Golden Rules JSON ([{"input", "expected": [...]}, ...]); a rule
//                         passes when the trimmed sentence texts equal `expected` exactly
//                         (as ../shared/tools/golden_rules.py scores `claimkit segment`)
//   --conllu FILE         a UD CoNLL-U file: each document's text is rebuilt from its
//                         sentences (a space between sentences, a blank line between
//                         paragraphs) and sentences and tokens are scored by exact
//                         whitespace-trimmed byte spans (as ../shared/tools/ud_score.py)
// Both print claimkit and ICU's plain BreakIterator side by side (--plain-icu: only
// the latter, and the thresholds apply to it).
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "claimkit/pipeline.h"
#include "commands.h"

namespace claimkit::cli {
namespace {

using Json = nlohmann::json;

constexpr const char* kHelp =
    "usage: claimkit eval segmentation --golden-rules FILE [--min-passed N] [--plain-icu]\n"
    "       claimkit eval segmentation --conllu FILE [--min-sentence-f1 X] [--min-token-f1 Y]\n"
    "                                  [--plain-icu]\n"
    "Scores claimkit's sentences (and tokens) against gold and prints ICU's plain\n"
    "BreakIterator beside it. Exit 0 when the thresholds hold, 1 when a score is below\n"
    "them, 2 on usage errors or unreadable files.\n"
    "  --golden-rules FILE    rules as [{\"input\", \"expected\": [sentences]}]; a rule passes\n"
    "                         when the whitespace-trimmed sentences equal `expected`\n"
    "  --conllu FILE          UD CoNLL-U; sentence and token F1 by exact byte spans\n"
    "  --min-passed N         fail if fewer rules pass\n"
    "  --min-sentence-f1 X    fail if sentence F1 < X (0..1)\n"
    "  --min-token-f1 Y       fail if token F1 < Y (0..1)\n"
    "  --plain-icu            score only ICU's plain BreakIterator\n"
    "  -v, --verbose          list failing rules with what was produced\n";

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string Strip(std::string_view s) {
  // Python's str.strip(): ASCII whitespace and the Unicode spaces a rule may contain.
  auto is_space_at_front = [&](std::string_view v) -> size_t {
    if (v.empty()) return 0;
    if (IsAsciiSpace(v[0])) return 1;
    if (v.substr(0, 2) == "\xC2\xA0" || v.substr(0, 2) == "\xC2\x85") return 2;
    return 0;
  };
  auto is_space_at_back = [&](std::string_view v) -> size_t {
    if (v.empty()) return 0;
    if (IsAsciiSpace(v.back())) return 1;
    if (v.size() >= 2 && (v.substr(v.size() - 2) == "\xC2\xA0" || v.substr(v.size() - 2) == "\xC2\x85")) return 2;
    return 0;
  };
  while (size_t n = is_space_at_front(s)) s.remove_prefix(n);
  while (size_t n = is_space_at_back(s)) s.remove_suffix(n);
  return std::string(s);
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// ---- Golden Rules ---------------------------------------------------------------

struct RuleResult {
  int passed = 0;
  std::vector<int> failed;
  std::vector<std::vector<std::string>> got;
};

RuleResult RunRules(const Json& rules, bool rules_on) {
  PipelineOptions opts;
  opts.tokens = false;
  opts.segment.rules = rules_on;
  Analyzer analyzer(opts);
  RuleResult res;
  for (size_t i = 0; i < rules.size(); ++i) {
    const Json& r = rules[i];
    DocumentMeta meta;
    meta.id = "r" + std::to_string(i);
    Document doc(r.at("input").get<std::string>(), meta);
    std::vector<std::string> got;
    Result<Analysis> a = analyzer.Analyze(doc);
    if (a.ok()) {
      for (const Sentence& s : a->sentences) {
        std::string t = Strip(s.span.Of(doc.text()));
        if (!t.empty()) got.push_back(std::move(t));
      }
    }
    std::vector<std::string> expected;
    for (const Json& e : r.at("expected")) expected.push_back(Strip(e.get<std::string>()));
    if (got == expected) {
      ++res.passed;
    } else {
      res.failed.push_back(static_cast<int>(i));
    }
    res.got.push_back(std::move(got));
  }
  return res;
}

std::string FailedList(const std::vector<int>& failed) {
  std::string s;
  for (size_t k = 0; k < failed.size() && k < 12; ++k) {
    s += (k ? ", " : "") + std::to_string(failed[k]);
  }
  return s;
}

int GoldenRules(const std::string& path, int min_passed, bool plain_only, bool verbose) {
  std::string text;
  if (!ReadFile(path, &text)) {
    std::cerr << "claimkit eval segmentation: cannot read " << path << "\n";
    return 2;
  }
  Json rules = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (rules.is_discarded()) {
    std::cerr << "claimkit eval segmentation: " << path << ": not valid JSON\n";
    return 2;
  }
  if (rules.is_object()) rules = rules.contains("rules") ? rules["rules"] : rules["cases"];
  if (!rules.is_array()) {
    std::cerr << "claimkit eval segmentation: " << path << ": expected a list of rules\n";
    return 2;
  }
  const size_t n = rules.size();
  RuleResult plain = RunRules(rules, false);
  int score = plain.passed;
  if (!plain_only) {
    RuleResult ours = RunRules(rules, true);
    score = ours.passed;
    std::cout << "golden rules passed " << ours.passed << "/" << n
              << (ours.failed.empty() ? "" : " (failed: " + FailedList(ours.failed) + ")") << "\n";
    if (verbose) {
      for (int i : ours.failed) {
        std::cout << "  rule " << i << ": " << rules[i].at("input").dump() << "\n    got:";
        for (const std::string& s : ours.got[i]) std::cout << " " << Json(s).dump();
        std::cout << "\n    expected: " << rules[i].at("expected").dump() << "\n";
      }
    }
  }
  std::cout << (plain_only ? "golden rules passed " : "ICU plain passed   ") << plain.passed
            << "/" << n << "\n";
  std::cout << Json{{"passed", score}, {"total", n}, {"icu_plain_passed", plain.passed}}.dump()
            << "\n";
  return score >= min_passed ? 0 : 1;
}

// ---- CoNLL-U ----------------------------------------------------------------------

struct UdDoc {
  std::string text;
  std::set<std::pair<uint32_t, uint32_t>> sentences, tokens;
};

// Mirrors ud_score.py parse() + build().
std::vector<UdDoc> ParseConllu(std::istream& in) {
  using Sent = std::pair<std::string, std::vector<std::string>>;
  using Par = std::vector<Sent>;
  std::vector<std::vector<Par>> docs;
  bool have_doc = false, have_par = false;
  bool have_sent = false;
  std::string sent_text;
  std::vector<std::string> toks;
  long skip_to = 0;
  auto new_doc = [&] {
    docs.emplace_back();
    have_doc = true;
    have_par = false;
  };
  auto new_par = [&] {
    docs.back().emplace_back();
    have_par = true;
  };
  auto flush = [&] {
    skip_to = 0;
    if (have_sent) {
      if (!have_doc || !have_par) {
        new_doc();
        new_par();
      }
      docs.back().back().emplace_back(sent_text, toks);
    }
    have_sent = false;
    sent_text.clear();
    toks.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("# newdoc", 0) == 0) {
      flush();
      new_doc();
      new_par();
    } else if (line.rfind("# newpar", 0) == 0) {
      flush();
      if (!have_doc) new_doc();
      new_par();
    } else if (line.rfind("# text = ", 0) == 0) {
      sent_text = line.substr(9);
      have_sent = true;
    } else if (line.empty()) {
      flush();
    } else if (line[0] != '#') {
      size_t tab = line.find('\t');
      std::string id = line.substr(0, tab);
      size_t tab2 = line.find('\t', tab + 1);
      std::string form = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
      if (id.find('.') != std::string::npos) continue;
      size_t dash = id.find('-');
      if (dash != std::string::npos) {
        skip_to = std::stol(id.substr(dash + 1));
        toks.push_back(form);
        continue;
      }
      if (std::stol(id) <= skip_to) continue;
      toks.push_back(form);
    }
  }
  flush();
  std::vector<UdDoc> out;
  for (const auto& doc : docs) {
    UdDoc d;
    for (const Par& par : doc) {
      if (par.empty()) continue;
      if (!d.text.empty()) d.text += "\n\n";
      for (size_t si = 0; si < par.size(); ++si) {
        if (si) d.text += " ";
        const uint32_t s0 = static_cast<uint32_t>(d.text.size());
        const std::string& sb = par[si].first;
        d.text += sb;
        d.sentences.emplace(s0, static_cast<uint32_t>(d.text.size()));
        size_t pos = 0;
        for (const std::string& t : par[si].second) {
          size_t k = sb.find(t, pos);
          if (k == std::string::npos) continue;
          d.tokens.emplace(s0 + k, s0 + k + t.size());
          pos = k + t.size();
        }
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

struct Prf {
  double p = 0, r = 0, f = 0;
  size_t gold = 0;
};

Prf Score(const std::set<std::tuple<size_t, uint32_t, uint32_t>>& gold,
          const std::set<std::tuple<size_t, uint32_t, uint32_t>>& pred) {
  size_t tp = 0;
  for (const auto& x : pred) tp += gold.count(x);
  Prf s;
  s.gold = gold.size();
  s.p = pred.empty() ? 0 : static_cast<double>(tp) / pred.size();
  s.r = gold.empty() ? 0 : static_cast<double>(tp) / gold.size();
  s.f = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
  return s;
}

std::pair<Prf, Prf> ScoreUd(const std::vector<UdDoc>& docs, bool rules_on) {
  PipelineOptions opts;
  opts.segment.rules = rules_on;
  opts.tokens = true;
  Analyzer analyzer(opts);
  std::set<std::tuple<size_t, uint32_t, uint32_t>> gs, ps, gt, pt;
  auto trim = [](const std::string& text, Span s) {
    uint32_t a = s.start, b = std::min<uint32_t>(s.end, text.size());
    while (a < b && IsAsciiSpace(text[a])) ++a;
    while (b > a && IsAsciiSpace(text[b - 1])) --b;
    return std::make_pair(a, b);
  };
  for (size_t i = 0; i < docs.size(); ++i) {
    const UdDoc& d = docs[i];
    for (const auto& [a, b] : d.sentences) gs.emplace(i, a, b);
    for (const auto& [a, b] : d.tokens) gt.emplace(i, a, b);
    DocumentMeta meta;
    meta.id = "d" + std::to_string(i);
    Document doc(d.text, meta);
    Result<Analysis> an = analyzer.Analyze(doc);
    if (!an.ok()) continue;
    for (const Sentence& s : an->sentences) {
      auto [a, b] = trim(d.text, s.span);
      if (b > a) ps.emplace(i, a, b);
    }
    for (const Token& t : an->tokens) {
      auto [a, b] = trim(d.text, t.span);
      if (b > a) pt.emplace(i, a, b);
    }
  }
  return {Score(gs, ps), Score(gt, pt)};
}

std::string Fmt(const Prf& s) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "P=%.4f R=%.4f F1=%.4f", s.p, s.r, s.f);
  return buf;
}

int Conllu(const std::string& path, double min_sf, double min_tf, bool plain_only) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "claimkit eval segmentation: cannot read " << path << "\n";
    return 2;
  }
  std::vector<UdDoc> docs = ParseConllu(in);
  auto [plain_s, plain_t] = ScoreUd(docs, false);
  Prf s = plain_s, t = plain_t;
  if (!plain_only) std::tie(s, t) = ScoreUd(docs, true);
  std::cout << "                 " << (plain_only ? "ICU plain" : "claimkit ") << std::string(29, ' ')
            << (plain_only ? "" : "ICU plain") << "\n";
  std::cout << "sentences (" << s.gold << ") " << Fmt(s) << (plain_only ? "" : "   " + Fmt(plain_s))
            << "\n";
  std::cout << "tokens    (" << t.gold << ") " << Fmt(t) << (plain_only ? "" : "   " + Fmt(plain_t))
            << "\n";
  std::cout << Json{{"sent_f1", s.f},
                    {"tok_f1", t.f},
                    {"icu_plain_sent_f1", plain_s.f},
                    {"icu_plain_tok_f1", plain_t.f}}
                   .dump()
            << "\n";
  return s.f >= min_sf && t.f >= min_tf ? 0 : 1;
}

}  // namespace

int RunEvalSegmentation(const Args& args) {
  std::string rules_path, conllu_path;
  int min_passed = 0;
  double min_sf = 0, min_tf = 0;
  bool plain_only = false, verbose = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    std::string v;
    try {
      if (a == "-h" || a == "--help") {
        std::cout << kHelp;
        return 0;
      } else if (a == "--golden-rules" && value(&v)) {
        rules_path = v;
      } else if (a == "--conllu" && value(&v)) {
        conllu_path = v;
      } else if (a == "--min-passed" && value(&v)) {
        min_passed = std::stoi(v);
      } else if (a == "--min-sentence-f1" && value(&v)) {
        min_sf = std::stod(v);
      } else if (a == "--min-token-f1" && value(&v)) {
        min_tf = std::stod(v);
      } else if (a == "--plain-icu") {
        plain_only = true;
      } else if (a == "-v" || a == "--verbose") {
        verbose = true;
      } else {
        std::cerr << "claimkit eval segmentation: bad argument '" << a << "'\n" << kHelp;
        return 2;
      }
    } catch (const std::exception&) {
      std::cerr << "claimkit eval segmentation: bad number for " << a << ": '" << v << "'\n";
      return 2;
    }
  }
  if (rules_path.empty() == conllu_path.empty()) {
    std::cerr << kHelp;
    return 2;
  }
  if (!rules_path.empty()) return GoldenRules(rules_path, min_passed, plain_only, verbose);
  return Conllu(conllu_path, min_sf, min_tf, plain_only);
}

}  // namespace claimkit::cli

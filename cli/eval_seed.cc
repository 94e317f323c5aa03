// claimkit eval seed: claim records of one article against a hand-made gold file
// (the format of ../shared/seed/*.gold.json). Scores exactly as ../shared/tools/score.py:
// quotes matched greedily by word Dice >= 0.5 on content, speakers by name rules,
// numbers by value (ranges by low/high), changes by from/to.
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimkit/pipeline.h"
#include "commands.h"
#include "extractors/registry.h"
#include "io/input.h"
#include "io/json_out.h"

namespace claimkit::cli {
namespace {

using Json = nlohmann::json;

// score.py words(): NFKC, lower case, quote characters removed, runs of [\w\[\]].
std::vector<std::string> Words(const std::string& s) {
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t len = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD));
  std::vector<std::string> out;
  if (len < 0) return out;
  std::string cur;
  utf8proc_ssize_t i = 0;
  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = utf8proc_iterate(mapped + i, len - i, &cp);
    if (l <= 0) break;
    i += l;
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D || cp == '"' || cp == '\'' ||
        cp == '`') {
      continue;  // removed before tokenising, so words join across them
    }
    utf8proc_category_t cat = utf8proc_category(cp);
    bool word = cp == '_' || cp == '[' || cp == ']' ||
                (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
                cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC;
    if (word) {
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t bl = utf8proc_encode_char(cp, buf);
      cur.append(reinterpret_cast<char*>(buf), static_cast<size_t>(bl));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  std::free(mapped);
  return out;
}

double Dice(const std::string& a, const std::string& b) {
  std::vector<std::string> wa = Words(a), wb = Words(b);
  if (wa.empty() || wb.empty()) return 0;
  std::map<std::string, int> ca, cb;
  for (auto& w : wa) ++ca[w];
  for (auto& w : wb) ++cb[w];
  int inter = 0;
  for (auto& [w, n] : ca) {
    auto it = cb.find(w);
    if (it != cb.end()) inter += std::min(n, it->second);
  }
  return 2.0 * inter / static_cast<double>(wa.size() + wb.size());
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + v[i];
  return s;
}

bool NameMatch(const std::string& gold, const std::string& pred) {
  if (gold.empty() || pred.empty()) return false;
  std::vector<std::string> g = Words(gold), p = Words(pred);
  if (g.empty() || p.empty()) return false;
  if (Join(g) == Join(p)) return true;
  auto in_p = [&](const std::string& w) { return std::find(p.begin(), p.end(), w) != p.end(); };
  if (g.size() <= 3 && in_p(g.back()) && (g.size() == 1 || in_p(g[0]) || p.size() == 1)) return true;
  std::set<std::string> gs(g.begin(), g.end()), ps(p.begin(), p.end());
  int common = 0;
  for (auto& w : gs) common += ps.count(w);
  return static_cast<double>(common) / static_cast<double>(gs.size()) >= 0.6;
}

// score.py greedy(): all pairs with sim >= threshold, best first (ties: larger i, then j).
std::vector<std::pair<int, int>> Greedy(int ng, int np, const std::function<double(int, int)>& sim,
                                        double threshold) {
  std::vector<std::tuple<double, int, int>> pairs;
  for (int i = 0; i < ng; ++i) {
    for (int j = 0; j < np; ++j) {
      double s = sim(i, j);
      if (s >= threshold) pairs.emplace_back(s, i, j);
    }
  }
  std::sort(pairs.rbegin(), pairs.rend());
  std::set<int> gi, pj;
  std::vector<std::pair<int, int>> out;
  for (auto& [s, i, j] : pairs) {
    if (gi.count(i) || pj.count(j)) continue;
    gi.insert(i);
    pj.insert(j);
    out.emplace_back(i, j);
  }
  return out;
}

const Json* Get(const Json& d, std::initializer_list<const char*> path) {
  const Json* cur = &d;
  for (const char* k : path) {
    if (!cur->is_object() || !cur->contains(k)) return nullptr;
    cur = &(*cur)[k];
  }
  return cur;
}
std::string Str(const Json* j) { return j && j->is_string() ? j->get<std::string>() : ""; }

bool NumEq(const Json* a, const Json* b) {
  if (!a || !b || !a->is_number() || !b->is_number()) return false;
  double x = a->get<double>(), y = b->get<double>();
  return std::fabs(x - y) <= 1e-6 * std::max(1.0, std::fabs(y));
}

struct Counts {
  std::vector<std::pair<std::string, std::vector<int>>> rows;
  void Add(const std::string& k, std::vector<int> v) { rows.emplace_back(k, std::move(v)); }
};

Counts Score(const Json& gold, const std::vector<Json>& preds) {
  Counts c;
  std::vector<Json> gq, pq, gn, pn;
  if (gold.contains("quotes")) gq.assign(gold["quotes"].begin(), gold["quotes"].end());
  for (const Json& p : preds) {
    if (Str(Get(p, {"kind"})) == "quote") pq.push_back(p);
  }
  auto m = Greedy(static_cast<int>(gq.size()), static_cast<int>(pq.size()),
                  [&](int i, int j) {
                    return Dice(Str(Get(gq[i], {"content"})), Str(Get(pq[j], {"quote", "content"})));
                  },
                  0.5);
  c.Add("quote_span", {static_cast<int>(m.size()), static_cast<int>(pq.size()),
                       static_cast<int>(gq.size())});
  auto spk = [&](const Json& g, const Json& p) {
    for (const char* gk : {"speaker", "speaker_mention"}) {
      std::string gs = Str(Get(g, {gk}));
      if (gs.empty()) continue;
      for (std::string n : {Str(Get(p, {"speaker", "name"})), Str(Get(p, {"speaker", "mention"}))}) {
        if (!n.empty() && NameMatch(gs, n)) return true;
      }
    }
    return false;
  };
  int sp_ok = 0;
  for (auto [i, j] : m) sp_ok += spk(gq[i], pq[j]);
  c.Add("quote_speaker_e2e", {sp_ok, static_cast<int>(pq.size()), static_cast<int>(gq.size())});
  c.Add("speaker_acc_on_found", {sp_ok, static_cast<int>(m.size())});
  std::set<int> direct;
  for (size_t i = 0; i < gq.size(); ++i) {
    std::string k = Str(Get(gq[i], {"kind"}));
    if (k == "direct" || k == "mixed" || k == "pull" || k == "partial") direct.insert(static_cast<int>(i));
  }
  int dfound = 0, dsp = 0;
  for (auto [i, j] : m) {
    if (direct.count(i)) {
      ++dfound;
      dsp += spk(gq[i], pq[j]);
    }
  }
  c.Add("direct_recall_found", {dfound, static_cast<int>(direct.size())});
  c.Add("direct_recall_with_speaker", {dsp, static_cast<int>(direct.size())});
  // score.py's TIME_UNIT: (second|minute|...|century)s? matched whole, ignoring case.
  auto time_unit = [](std::string u) {
    for (char& ch : u) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!u.empty() && u.back() == 's') u.pop_back();
    static const std::set<std::string> kUnits = {"second", "minute", "hour", "day", "week",
                                                 "month", "quarter", "year", "decade", "century"};
    return kUnits.count(u) > 0;
  };
  if (gold.contains("numbers")) {
    for (const Json& g : gold["numbers"]) {
      const Json* d = Get(g, {"duration"});
      if (!(d && !d->is_null() && !(d->is_boolean() && !d->get<bool>()))) gn.push_back(g);
    }
  }
  for (const Json& p : preds) {
    if (Str(Get(p, {"kind"})) != "numeric") continue;
    const Json* u = Get(p, {"quantity", "unit"});
    std::string unit = u && u->is_string() ? u->get<std::string>() : (u && !u->is_null() ? u->dump() : "");
    if (time_unit(unit)) continue;
    pn.push_back(p);
  }
  auto nm = Greedy(static_cast<int>(gn.size()), static_cast<int>(pn.size()),
                   [&](int i, int j) {
                     const Json& g = gn[i];
                     if (g.contains("value")) {
                       return NumEq(&g["value"], Get(pn[j], {"quantity", "value"})) ? 1.0 : 0.0;
                     }
                     return NumEq(Get(g, {"low"}), Get(pn[j], {"quantity", "low"})) &&
                                    NumEq(Get(g, {"high"}), Get(pn[j], {"quantity", "high"}))
                                ? 1.0
                                : 0.0;
                   },
                   1.0);
  c.Add("number_value", {static_cast<int>(nm.size()), static_cast<int>(pn.size()),
                         static_cast<int>(gn.size())});
  int bound_ok = 0;
  for (auto [i, j] : nm) {
    std::string pb = Str(Get(pn[j], {"quantity", "bound"}));
    std::string gb = Str(Get(gn[i], {"bound"}));
    bound_ok += (pb.empty() ? "exact" : pb) == (gb.empty() ? "exact" : gb);
  }
  c.Add("number_bound_acc_on_found", {bound_ok, static_cast<int>(nm.size())});
  std::vector<Json> gc, pc;
  if (gold.contains("changes")) gc.assign(gold["changes"].begin(), gold["changes"].end());
  for (const Json& p : pn) {
    if (p.contains("change") && p["change"].is_object()) pc.push_back(p["change"]);
  }
  auto cm = Greedy(static_cast<int>(gc.size()), static_cast<int>(pc.size()),
                   [&](int i, int j) {
                     return NumEq(Get(gc[i], {"from"}), Get(pc[j], {"from"})) &&
                                    NumEq(Get(gc[i], {"to"}), Get(pc[j], {"to"}))
                                ? 1.0
                                : 0.0;
                   },
                   1.0);
  c.Add("change_found", {static_cast<int>(cm.size()), static_cast<int>(gc.size())});
  int checked = 0, right = 0;
  for (auto [i, j] : cm) {
    if (!gc[i].contains("consistent")) continue;
    ++checked;
    const Json* pcons = Get(pc[j], {"consistent"});
    if (pcons && *pcons == gc[i]["consistent"]) ++right;
  }
  c.Add("change_check_right", {right, checked});
  return c;
}

const char kHelp[] =
    "usage: claimkit eval seed --gold GOLD.json ARTICLE.txt [--min NAME=VALUE ...]\n"
    "\n"
    "Extracts claims from ARTICLE and scores them against a hand-made gold file in the\n"
    "format of ../shared/seed/*.gold.json, with the same matching and the same output as\n"
    "../shared/tools/score.py. --min quote_span=0.8 (an F1 or a rate) makes the command\n"
    "exit 1 when that score is lower.\n";

}  // namespace

int RunEvalSeed(const Args& args) {
  std::string gold_path, article;
  std::vector<std::pair<std::string, double>> mins;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (args[i] == "--gold" && i + 1 < args.size()) {
      gold_path = args[++i];
    } else if (args[i] == "--min" && i + 1 < args.size()) {
      std::string kv = args[++i];
      size_t eq = kv.find('=');
      if (eq == std::string::npos) {
        std::cerr << "claimkit eval seed: --min needs NAME=VALUE\n";
        return 2;
      }
      mins.emplace_back(kv.substr(0, eq), std::atof(kv.c_str() + eq + 1));
    } else if (!args[i].empty() && args[i][0] != '-') {
      article = args[i];
    } else {
      std::cerr << "claimkit eval seed: unknown option '" << args[i] << "'\n" << kHelp;
      return 2;
    }
  }
  if (gold_path.empty() || article.empty()) {
    std::cerr << kHelp;
    return 2;
  }
  std::ifstream gin(gold_path);
  if (!gin) {
    std::cerr << "claimkit eval seed: cannot open " << gold_path << "\n";
    return 77;  // skipped (ctest SKIP_RETURN_CODE) when the shared data is absent
  }
  Json gold = Json::parse(gin, nullptr, false);
  if (gold.is_discarded()) {
    std::cerr << "claimkit eval seed: " << gold_path << ": invalid JSON\n";
    return 2;
  }
  auto reader = OpenInput(article, InputOptions{});
  InputItem item;
  if (!reader->Next(&item) || !item.doc) {
    std::cerr << "claimkit eval seed: " << item.error.ToString() << "\n";
    return 2;
  }
  auto ex = Extractors::Create();
  if (!ex.ok()) {
    std::cerr << "claimkit eval seed: " << ex.status().ToString() << "\n";
    return 2;
  }
  Analyzer analyzer(PipelineOptions::ForClaims());
  Result<Analysis> a = analyzer.Analyze(*item.doc);
  if (!a.ok()) {
    std::cerr << "claimkit eval seed: " << a.status().ToString() << "\n";
    return 2;
  }
  std::vector<Json> preds;
  for (const Claim& c : ex.value()->Run(a.value())) {
    preds.push_back(Json::parse(ClaimToJson(c, item.doc->text())));
  }
  Counts counts = Score(gold, preds);
  int rc = 0;
  for (auto& [k, v] : counts.rows) {
    double value;
    char line[160];
    if (v.size() == 3) {
      double p = v[1] ? static_cast<double>(v[0]) / v[1] : 0, r = v[2] ? static_cast<double>(v[0]) / v[2] : 0;
      double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
      std::snprintf(line, sizeof line, "%-28s P=%.3f R=%.3f F1=%.3f", k.c_str(), p, r, f);
      value = f;
    } else {
      value = v[1] ? static_cast<double>(v[0]) / v[1] : 0;
      std::snprintf(line, sizeof line, "%-28s %.3f", k.c_str(), value);
    }
    std::cout << line << "\n";
    for (auto& [name, min] : mins) {
      if (name == k && value + 1e-9 < min) {
        std::cerr << "claimkit eval seed: " << k << " = " << value << " is below " << min << "\n";
        rc = 1;
      }
    }
  }
  return rc;
}

}  // namespace claimkit::cli

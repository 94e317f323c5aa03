// claimkit eval numbers: numeric claims against public quantity-extraction data.
//
//   --newsquant FILE   CQE's NewsQuant (JSON array of {text, quantities}); scored exactly as
//                      ../shared/tools/newsquant_score.py: per sentence, a gold quantity is found
//                      when an unused prediction has the same value (rtol 1e-5; ranges as
//                      (low, high)); +unit and +change as in that script. Also prints, labelled
//                      as variants, +change when a record's change.direction counts too, and
//                      +unit when ISO codes other than USD count as their currency words.
//   --duckling FILE    Duckling's English corpus (JSON Lines): pass rate per dimension, an
//                      example passing when some numeric claim has its value (or low/high);
//                      paragraph roles are off (the examples are fragments, not articles).
//   --recognizers DIR  Microsoft Recognizers-Text English specs (Number, NumberRange, Percent,
//                      Currency, Dimension, Temperature, Age): per file, the share of expected
//                      results whose value (or range ends) some numeric claim has, and how
//                      many claims were made on inputs that expect none.
// Extraction runs in-process through the library (Analyzer + Extractors), as `extract` does.
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "claimkit/data.h"
#include "claimkit/pipeline.h"
#include "commands.h"
#include "extractors/registry.h"

namespace claimkit::cli {
namespace {

using Json = nlohmann::json;

const char kHelp[] =
    "usage: claimkit eval numbers --newsquant FILE [--min-value-f1 X] [--min-unit-f1 Y]\n"
    "                             [--min-change-f1 Z] [--json]\n"
    "       claimkit eval numbers --duckling FILE [--min-pass X]\n"
    "       claimkit eval numbers --recognizers DIR\n"
    "Scores claimkit's numeric claims (F1 and thresholds in percent, e.g. 85.0).\n"
    "Exit codes: 0 ok, 1 a score below its threshold, 2 usage or unreadable data.\n";

// Python float() of a string: surrounding spaces allowed, nothing else.
std::optional<double> Fnum(std::string s) {
  size_t b = s.find_first_not_of(" \t\n");
  size_t e = s.find_last_not_of(" \t\n");
  if (b == std::string::npos) return std::nullopt;
  s = s.substr(b, e - b + 1);
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return std::nullopt;
  return v;
}

// A value or a (low, high) pair; either part may be missing (never matches then).
struct Val {
  bool pair = false;
  std::optional<double> v, lo, hi;
};

Val GoldVal(const Json& j) {
  std::string s = j.is_string() ? j.get<std::string>() : j.dump();
  Val out;
  size_t dash = s.size() > 1 ? s.find('-', 1) : std::string::npos;
  if (dash != std::string::npos) {
    out.pair = true;
    out.lo = Fnum(s.substr(0, dash));
    out.hi = Fnum(s.substr(dash + 1));
  } else {
    out.v = Fnum(s);
  }
  return out;
}

bool Close(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return false;
  return std::fabs(*a - *b) <= std::max(1e-5 * std::max(std::fabs(*a), std::fabs(*b)), 1e-9);
}

bool Close(const Val& a, const Val& b) {
  if (a.pair || b.pair) return a.pair && b.pair && Close(a.lo, b.lo) && Close(a.hi, b.hi);
  return Close(a.v, b.v);
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

const char* BoundSymbol(const std::string& b) {
  if (b == "approx") return "~";
  if (b == "more_than" || b == "at_least") return ">";
  if (b == "less_than" || b == "at_most") return "<";
  return "=";
}

struct Pred {
  Val v;
  std::string unit, bound, direction, stated_direction;
};

Pred ToPred(const Claim& c) {
  Pred p;
  const Quantity& q = c.numeric->quantity;
  if (q.value) {
    p.v.v = *q.value;
  } else {
    p.v.pair = true;
    p.v.lo = q.low;
    p.v.hi = q.high;
  }
  p.unit = Lower(q.unit.value_or(""));
  p.bound = BoundSymbol(q.bound);
  if (c.numeric->change) {
    const ChangeInfo& ch = *c.numeric->change;
    if (ch.from && ch.to) p.direction = *ch.to > *ch.from ? "up" : "down";
    p.stated_direction = ch.direction;
  }
  return p;
}

bool UnitOk(const std::string& gu, const std::string& unit) {
  if (gu == "-") return unit.empty();
  return unit.find(gu) != std::string::npos ||
         (!unit.empty() && gu.find(unit) != std::string::npos) ||
         (gu == "percentage" && (unit == "percent" || unit == "%")) ||
         (gu == "dollar" && (unit == "usd" || unit == "$"));
}

// ISO code -> the currency's words in data/currencies.tsv ("JPY" -> "yen", "japanese yen").
std::map<std::string, std::vector<std::string>> CurrencyWords() {
  std::map<std::string, std::vector<std::string>> out;
  Result<std::vector<TsvRow>> rows = LoadTsv("currencies.tsv", 4);
  if (!rows.ok()) return out;
  for (const TsvRow& r : rows.value()) {
    if (r.columns[3].rfind("word", 0) == 0) out[Lower(r.columns[1])].push_back(Lower(r.columns[0]));
  }
  return out;
}

// The scorer maps only "dollar" to "usd"; this variant also reads other ISO codes as their
// currency words, for comparison (reported, not a threshold).
bool UnitOkCurrencyNames(const std::string& gu, const std::string& unit,
                         const std::map<std::string, std::vector<std::string>>& words) {
  if (UnitOk(gu, unit)) return true;
  auto it = words.find(unit);
  if (it == words.end() || gu == "-") return false;
  for (const std::string& w : it->second) {
    if (UnitOk(gu, w)) return true;
  }
  return false;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Numeric claims of one text, as `claimkit extract` would produce them.
std::vector<Claim> Extract(Analyzer& analyzer, Extractors& ex, const std::string& text,
                           const std::string& id) {
  DocumentMeta meta;
  meta.id = id;
  Document doc(text, meta);
  std::vector<Claim> out;
  Result<Analysis> a = analyzer.Analyze(doc);
  if (!a.ok()) return out;
  for (Claim& c : ex.Run(a.value())) {
    if (c.kind == "numeric" && c.numeric) out.push_back(std::move(c));
  }
  return out;
}

struct Prf {
  double p = 0, r = 0, f = 0;
};
Prf MakePrf(int tp, int npred, int ngold) {
  Prf x;
  x.p = npred ? static_cast<double>(tp) / npred : 0;
  x.r = ngold ? static_cast<double>(tp) / ngold : 0;
  x.f = x.p + x.r > 0 ? 2 * x.p * x.r / (x.p + x.r) : 0;
  return x;
}

int RunNewsQuant(const std::string& path, double min_v, double min_u, double min_c, bool json) {
  std::string data;
  if (!ReadFile(path, &data)) {
    std::cerr << "claimkit eval numbers: cannot read " << path << "\n";
    return 2;
  }
  Json gold = Json::parse(data, nullptr, false);
  if (gold.is_discarded() || !gold.is_array()) {
    std::cerr << "claimkit eval numbers: " << path << ": not a JSON array\n";
    return 2;
  }
  auto ex = Extractors::Create();
  if (!ex.ok()) {
    std::cerr << "claimkit eval numbers: " << ex.status().ToString() << "\n";
    return 2;
  }
  Analyzer analyzer;
  int tp = 0, tpu = 0, tpu_cur = 0, tpc = 0, tpc_dir = 0, npred = 0, ngold = 0;
  const auto currency_words = CurrencyWords();
  for (size_t i = 0; i < gold.size(); ++i) {
    const Json& d = gold[i];
    std::vector<Claim> claims =
        Extract(analyzer, *ex.value(), d.value("text", ""), "s" + std::to_string(i));
    std::vector<Pred> preds;
    for (const Claim& c : claims) preds.push_back(ToPred(c));
    npred += static_cast<int>(preds.size());
    std::vector<bool> used(preds.size(), false);
    for (const Json& g : d.value("quantities", Json::array())) {
      ++ngold;
      Val gv = GoldVal(g.contains("value") ? g["value"] : Json(""));
      for (size_t j = 0; j < preds.size(); ++j) {
        if (used[j] || !Close(gv, preds[j].v)) continue;
        used[j] = true;
        ++tp;
        std::string gu = "-";
        if (g.contains("normalized_unit") && g["normalized_unit"].is_string() &&
            !g["normalized_unit"].get<std::string>().empty()) {
          gu = Lower(g["normalized_unit"].get<std::string>());
        }
        if (UnitOk(gu, preds[j].unit)) ++tpu;
        if (UnitOkCurrencyNames(gu, preds[j].unit, currency_words)) ++tpu_cur;
        std::string gc = "=";
        if (g.contains("change") && g["change"].is_string() && !g["change"].get<std::string>().empty()) {
          gc = g["change"].get<std::string>();
        }
        bool updown = gc == "up" || gc == "down";
        bool ok = gc == preds[j].bound || (updown && gc == preds[j].direction);
        if (ok) ++tpc;
        if (ok || (updown && gc == preds[j].stated_direction)) ++tpc_dir;
        break;
      }
    }
  }
  Prf v = MakePrf(tp, npred, ngold), u = MakePrf(tpu, npred, ngold), c = MakePrf(tpc, npred, ngold);
  Prf cd = MakePrf(tpc_dir, npred, ngold);
  Prf uc = MakePrf(tpu_cur, npred, ngold);
  if (json) {
    Json out = {{"value", {v.p, v.r, v.f}},
                {"value_unit", {u.p, u.r, u.f}},
                {"value_change", {c.p, c.r, c.f}},
                {"value_change_with_direction", {cd.p, cd.r, cd.f}},
                {"value_unit_currency_names", {uc.p, uc.r, uc.f}},
                {"pred", npred},
                {"gold", ngold}};
    std::cout << out.dump() << "\n";
  } else {
    auto line = [](const char* name, const Prf& x) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "%-28s P=%.3f R=%.3f F1=%.3f\n", name, x.p, x.r, x.f);
      std::cout << buf;
    };
    line("value", v);
    line("value_unit", u);
    line("value_change", c);
    line("value_change_with_direction", cd);
    line("value_unit_currency_names", uc);
    std::cout << "pred " << npred << "\ngold " << ngold << "\n";
  }
  int rc = 0;
  auto check = [&](const char* name, double f1, double min) {
    if (min >= 0 && 100 * f1 < min) {
      std::cerr << "claimkit eval numbers: " << name << " F1 " << 100 * f1 << " < " << min << "\n";
      rc = 1;
    }
  };
  check("value", v.f, min_v);
  check("value+unit", u.f, min_u);
  check("value+change", c.f, min_c);
  return rc;
}

int RunDuckling(const std::string& path, double min_pass) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "claimkit eval numbers: cannot read " << path << "\n";
    return 2;
  }
  auto ex = Extractors::Create();
  if (!ex.ok()) {
    std::cerr << "claimkit eval numbers: " << ex.status().ToString() << "\n";
    return 2;
  }
  // Duckling examples are fragments ("3 km"), not articles: no paragraph roles, so that
  // none is taken for boilerplate or a caption.
  PipelineOptions popts = PipelineOptions::ForClaims();
  popts.structure.detect_roles = false;
  Analyzer analyzer(popts);
  std::map<std::string, std::pair<int, int>> per;  // dimension -> (passed, total)
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Json r = Json::parse(line, nullptr, false);
    if (r.is_discarded()) continue;
    std::optional<double> v, lo, hi;
    if (r.contains("value") && r["value"].is_number()) v = r["value"].get<double>();
    if (r.contains("low") && r["low"].is_number()) lo = r["low"].get<double>();
    if (r.contains("high") && r["high"].is_number()) hi = r["high"].get<double>();
    if (!v && !lo && !hi) continue;
    std::string dim = r.value("dimension", "?");
    auto& [pass, total] = per[dim];
    ++total;
    bool ok = false;
    for (const Claim& c : Extract(analyzer, *ex.value(), r.value("text", ""), "d" + std::to_string(++n))) {
      const Quantity& q = c.numeric->quantity;
      if (v && Close(v, q.value)) ok = true;
      if (!v && lo && hi && Close(lo, q.low) && Close(hi, q.high)) ok = true;
      if (!v && lo && !hi && (Close(lo, q.value) || Close(lo, q.low))) ok = true;
      if (!v && hi && !lo && (Close(hi, q.value) || Close(hi, q.high))) ok = true;
    }
    if (ok) ++pass;
  }
  int all_pass = 0, all = 0;
  for (const auto& [dim, pt] : per) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%-16s %4d/%-4d %.3f\n", dim.c_str(), pt.first, pt.second,
                  pt.second ? static_cast<double>(pt.first) / pt.second : 0.0);
    std::cout << buf;
    all_pass += pt.first;
    all += pt.second;
  }
  double rate = all ? static_cast<double>(all_pass) / all : 0;
  std::cout << "all              " << all_pass << "/" << all << " " << rate << "\n";
  if (min_pass >= 0 && 100 * rate < min_pass) {
    std::cerr << "claimkit eval numbers: pass rate " << 100 * rate << " < " << min_pass << "\n";
    return 1;
  }
  return 0;
}

// "[20,30)", "(150,)", "98%", "75000000" -> value or (low, high).
Val RecognizerValue(const std::string& s) {
  Val v;
  if (!s.empty() && (s[0] == '[' || s[0] == '(')) {
    size_t comma = s.find(',');
    if (comma == std::string::npos) return v;
    v.pair = true;
    v.lo = Fnum(s.substr(1, comma - 1));
    v.hi = Fnum(s.substr(comma + 1, s.size() - comma - 2));
    return v;
  }
  std::string t = s;
  if (!t.empty() && t.back() == '%') t.pop_back();
  v.v = Fnum(t);
  return v;
}

int RunRecognizers(const std::string& dir) {
  static const char* kFiles[] = {"Number/NumberModel.json",          "Number/NumberRangeModel.json",
                                 "Number/PercentModel.json",         "NumberWithUnit/CurrencyModel.json",
                                 "NumberWithUnit/DimensionModel.json",
                                 "NumberWithUnit/TemperatureModel.json", "NumberWithUnit/AgeModel.json"};
  auto ex = Extractors::Create();
  if (!ex.ok()) {
    std::cerr << "claimkit eval numbers: " << ex.status().ToString() << "\n";
    return 2;
  }
  PipelineOptions popts = PipelineOptions::ForClaims();
  popts.structure.detect_roles = false;  // fragments, not articles
  Analyzer analyzer(popts);
  int all_found = 0, all_total = 0, n = 0;
  for (const char* f : kFiles) {
    std::string data;
    if (!ReadFile(dir + "/" + f, &data)) {
      std::cerr << "claimkit eval numbers: cannot read " << dir << "/" << f << "\n";
      return 2;
    }
    if (data.rfind("\xEF\xBB\xBF", 0) == 0) data.erase(0, 3);
    Json cases = Json::parse(data, nullptr, false);
    if (cases.is_discarded() || !cases.is_array()) {
      std::cerr << "claimkit eval numbers: " << f << ": not a JSON array\n";
      return 2;
    }
    int found = 0, total = 0, spurious = 0, empty_inputs = 0;
    for (const Json& c : cases) {
      std::vector<Claim> claims =
          Extract(analyzer, *ex.value(), c.value("Input", ""), "r" + std::to_string(++n));
      const Json results = c.value("Results", Json::array());
      if (results.empty()) {
        ++empty_inputs;
        spurious += static_cast<int>(claims.size());
        continue;
      }
      for (const Json& r : results) {
        const Json res = r.value("Resolution", Json::object());
        if (!res.contains("value") || !res["value"].is_string()) continue;
        Val want = RecognizerValue(res["value"].get<std::string>());
        ++total;
        for (const Claim& cl : claims) {
          const Quantity& q = cl.numeric->quantity;
          Val got;
          if (q.value && !want.pair) {
            got.v = q.value;
          } else {
            got.pair = true;
            got.lo = q.low;
            got.hi = q.high;
          }
          bool open_ok = want.pair && ((!want.lo && Close(want.hi, q.value.has_value() ? q.value : q.high)) ||
                                       (!want.hi && Close(want.lo, q.value.has_value() ? q.value : q.low)));
          if (Close(want, got) || open_ok) {
            ++found;
            break;
          }
        }
      }
    }
    char buf[200];
    std::snprintf(buf, sizeof buf, "%-38s %4d/%-4d %.3f  (claims on %d inputs expecting none: %d)\n",
                  f, found, total, total ? static_cast<double>(found) / total : 0.0, empty_inputs,
                  spurious);
    std::cout << buf;
    all_found += found;
    all_total += total;
  }
  std::cout << "all " << all_found << "/" << all_total << " "
            << (all_total ? static_cast<double>(all_found) / all_total : 0.0) << "\n";
  return 0;
}

}  // namespace

int RunEvalNumbers(const Args& args) {
  std::string newsquant, duckling, recognizers;
  double min_v = -1, min_u = -1, min_c = -1, min_pass = -1;
  bool json = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto num = [&](double* out) {
      if (i + 1 >= args.size()) return false;
      *out = std::atof(args[++i].c_str());
      return true;
    };
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a == "--newsquant" && i + 1 < args.size()) {
      newsquant = args[++i];
    } else if (a == "--recognizers" && i + 1 < args.size()) {
      recognizers = args[++i];
    } else if (a == "--duckling" && i + 1 < args.size()) {
      duckling = args[++i];
    } else if (a == "--min-value-f1") {
      if (!num(&min_v)) return 2;
    } else if (a == "--min-unit-f1") {
      if (!num(&min_u)) return 2;
    } else if (a == "--min-change-f1") {
      if (!num(&min_c)) return 2;
    } else if (a == "--min-pass") {
      if (!num(&min_pass)) return 2;
    } else if (a == "--json") {
      json = true;
    } else {
      std::cerr << "claimkit eval numbers: unknown argument '" << a << "'\n" << kHelp;
      return 2;
    }
  }
  if (!newsquant.empty()) return RunNewsQuant(newsquant, min_v, min_u, min_c, json);
  if (!duckling.empty()) return RunDuckling(duckling, min_pass);
  if (!recognizers.empty()) return RunRecognizers(recognizers);
  std::cerr << kHelp;
  return 2;
}

}  // namespace claimkit::cli

// claimkit eval quotes --polnear DIR [--min-quoted-source X] [--min-content-f1 Y]
//
// Scores the quote extractor on PolNeAR (brat standoff, code-point offsets) exactly
// as ../shared/tools/polnear_score.py does: one annotator per article (the first
// .ann file in name order), a gold attribution is found when an unused prediction's
// content overlaps it with character Jaccard >= 0.5 (best first), and its source is
// right when the prediction's speaker mention or name shares a content word with the
// gold Source text. Also reports exact content matches. Extraction runs in-process.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimkit/pipeline.h"
#include "commands.h"
#include "extractors/quote.h"

namespace claimkit::cli {
namespace {

namespace fs = std::filesystem;

struct GoldItem {
  std::vector<uint32_t> chars;  // sorted code-point offsets
  std::string source;
  std::string text;  // the content as annotated
  std::string cue;   // the cue as annotated
  bool quoted = false;
};

struct PredItem {
  std::vector<uint32_t> chars;
  std::vector<uint32_t> clause_chars;  // quote.clause_span when set, else chars
  std::string who;
  std::string text, type, cue;
};

std::set<std::string> Words(const std::string& s) {
  static const std::set<std::string> kStop = {"the", "a", "an", "of", "and", "for", "to", "in", "on",
                                              "at", "by", "with", "from", "as", "that", "this", "these",
                                              "those", "his", "her", "their", "its", "our"};
  std::set<std::string> out;
  std::string cur;
  auto push = [&]() {
    if (!cur.empty() && !kStop.count(cur)) out.insert(cur);
    cur.clear();
  };
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) cur.push_back(static_cast<char>(c));
    else if (c >= 'A' && c <= 'Z') cur.push_back(static_cast<char>(c - 'A' + 'a'));
    else push();
  }
  push();
  return out;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// byte offset -> code point offset, for every character start and the end.
std::vector<int64_t> ByteToCodePoint(const std::string& text) {
  std::vector<int64_t> m(text.size() + 1, -1);
  int64_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if ((c & 0xC0) != 0x80) m[i] = cp++;
  }
  m[text.size()] = cp;
  return m;
}

std::vector<GoldItem> LoadAnn(const fs::path& p) {
  std::map<std::string, std::pair<std::vector<uint32_t>, std::string>> spans;
  std::vector<std::map<std::string, std::string>> rels;
  std::ifstream in(p);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> parts;
    std::stringstream ss(line);
    std::string part;
    while (std::getline(ss, part, '\t')) parts.push_back(part);
    if (parts.size() < 2) continue;
    if (parts[0][0] == 'T') {
      std::string rest = parts[1].substr(parts[1].find(' ') + 1);
      std::vector<uint32_t> chars;
      std::stringstream rs(rest);
      std::string piece;
      while (std::getline(rs, piece, ';')) {
        uint32_t s = 0, e = 0;
        if (std::sscanf(piece.c_str(), "%u %u", &s, &e) == 2)
          for (uint32_t x = s; x < e; ++x) chars.push_back(x);
      }
      std::sort(chars.begin(), chars.end());
      chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
      spans[parts[0]] = {chars, parts.size() > 2 ? parts[2] : ""};
    } else if (parts[0][0] == 'E') {
      std::map<std::string, std::string> r;
      std::stringstream es(parts[1]);
      std::string kv;
      while (es >> kv) {
        size_t c = kv.find(':');
        if (c != std::string::npos) r[kv.substr(0, c)] = kv.substr(c + 1);
      }
      rels.push_back(r);
    }
  }
  std::vector<GoldItem> items;
  for (auto& r : rels) {
    auto c = spans.find(r["Content"]);
    if (r["Content"].empty() || c == spans.end()) continue;
    GoldItem g;
    g.chars = c->second.first;
    auto s = spans.find(r["Source"]);
    if (!r["Source"].empty() && s != spans.end()) g.source = s->second.second;
    auto cu = spans.find(r["Cue"]);
    if (!r["Cue"].empty() && cu != spans.end()) g.cue = cu->second.second;
    const std::string& t = c->second.second;
    g.text = t;
    g.quoted = t.find('"') != std::string::npos || t.find("\xE2\x80\x9C") != std::string::npos ||
               t.find("\xE2\x80\x9D") != std::string::npos;
    items.push_back(std::move(g));
  }
  return items;
}

size_t Intersect(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

// The unused prediction whose chars (`clause` ? clause_chars : chars) overlap `g` with the
// highest Jaccard, as polnear_score.py picks it; -1 when none overlaps. *jaccard gets it.
int BestMatch(const GoldItem& g, const std::vector<PredItem>& preds, const std::vector<bool>& used,
              bool clause, double* jaccard) {
  int best = -1;
  *jaccard = 0;
  for (size_t j = 0; j < preds.size(); ++j) {
    if (used[j]) continue;
    const std::vector<uint32_t>& pc = clause ? preds[j].clause_chars : preds[j].chars;
    size_t inter = Intersect(g.chars, pc);
    if (!inter) continue;
    double jac = static_cast<double>(inter) / (g.chars.size() + pc.size() - inter);
    if (jac > *jaccard) {
      best = static_cast<int>(j);
      *jaccard = jac;
    }
  }
  return best;
}

// The source is right when the predicted mention or name shares a content word with it.
bool SourceRight(const GoldItem& g, const PredItem& p) {
  std::set<std::string> gw = Words(g.source), pw = Words(p.who);
  for (const std::string& w : gw)
    if (pw.count(w)) return true;
  return false;
}

void Prf(const char* name, double tp, double np, double ng) {
  double p = np ? tp / np : 0, r = ng ? tp / ng : 0, f = p + r ? 2 * p * r / (p + r) : 0;
  std::printf("%-26s P=%.3f R=%.3f F1=%.3f\n", name, p, r, f);
}

}  // namespace

int RunEvalQuotes(const Args& args) {
  std::string dir, report_path;
  double min_qs = -1, min_f1 = -1;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto next = [&]() -> std::string { return i + 1 < args.size() ? args[++i] : ""; };
    if (a == "--polnear") dir = next();
    else if (a == "--min-quoted-source") min_qs = std::atof(next().c_str());
    else if (a == "--min-content-f1") min_f1 = std::atof(next().c_str());
    else if (a == "--report") report_path = next();
    else if (a == "-h" || a == "--help") {
      std::cout << "usage: claimkit eval quotes --polnear DIR [--min-quoted-source X] [--min-content-f1 Y]\n"
                   "                            [--report FILE]\n"
                   "Scores quote records on PolNeAR as ../shared/tools/polnear_score.py does; exits 1\n"
                   "when quoted_recall_with_source < X or content F1 (overlap) < Y, 77 when DIR is absent.\n"
                   "--report FILE writes every hit, miss, wrong source and spurious record (one per line,\n"
                   "tab-separated: kind, article, quoted, gold source, predicted speaker, texts) for\n"
                   "error analysis.\n";
      return 0;
    } else {
      std::cerr << "claimkit eval quotes: unknown argument '" << a << "'\n";
      return 2;
    }
  }
  if (dir.empty()) {
    std::cerr << "claimkit eval quotes: --polnear DIR is required\n";
    return 2;
  }
  if (!fs::is_directory(fs::path(dir) / "attributions") || !fs::is_directory(fs::path(dir) / "text")) {
    std::cerr << "claimkit eval quotes: no PolNeAR data in " << dir << " (skipped)\n";
    return 77;
  }
  auto ex = QuoteExtractor::Create();
  if (!ex.ok()) {
    std::cerr << "claimkit eval quotes: " << ex.status().ToString() << "\n";
    return 2;
  }
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "attributions"))
    if (e.path().extension() == ".ann") files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  Analyzer analyzer(PipelineOptions::ForClaims());
  std::ofstream report;
  if (!report_path.empty()) report.open(report_path);
  auto flat = [](std::string t) {
    for (char& c : t)
      if (c == '\n' || c == '\t') c = ' ';
    return t;
  };
  std::set<std::string> seen;
  double tp = 0, tp_src = 0, tp_exact = 0, npred = 0, ngold = 0, nq = 0, tpq = 0, tpq_src = 0;
  double tp_clause = 0, tpq_src_clause = 0;  // the same matching on clause_span (informational)
  int articles = 0;
  for (const std::string& f : files) {
    std::string art = f.substr(0, f.rfind('_'));
    if (!seen.insert(art).second) continue;
    fs::path text_path = fs::path(dir) / "text" / (art + ".txt");
    if (!fs::exists(text_path)) continue;
    ++articles;
    std::vector<GoldItem> gold = LoadAnn(fs::path(dir) / "attributions" / f);
    DocumentMeta meta;
    meta.id = art;
    Document doc(ReadFile(text_path), meta);
    Result<Analysis> a = analyzer.Analyze(doc);
    std::vector<PredItem> preds;
    if (a.ok()) {
      std::vector<Claim> claims = (*ex)->Extract(*a, nullptr);
      std::vector<int64_t> m = ByteToCodePoint(doc.text());
      for (const Claim& c : claims) {
        const Span& s = c.quote->content_span;
        if (s.end > doc.text().size() || m[s.start] < 0 || m[s.end] < 0) continue;
        PredItem p;
        for (int64_t x = m[s.start]; x < m[s.end]; ++x) p.chars.push_back(static_cast<uint32_t>(x));
        p.clause_chars = p.chars;
        if (const auto& cl = c.quote->clause_span;
            cl && cl->end <= doc.text().size() && m[cl->start] >= 0 && m[cl->end] >= 0) {
          p.clause_chars.clear();
          for (int64_t x = m[cl->start]; x < m[cl->end]; ++x) p.clause_chars.push_back(static_cast<uint32_t>(x));
        }
        p.text = c.quote->content;
        p.type = c.quote->type;
        p.cue = c.quote->cue.value_or("");
        const SpeakerRef& sp = c.quote->speaker;
        if (sp.mention) p.who += *sp.mention;
        if (sp.name) p.who += (p.who.empty() ? "" : " ") + *sp.name;
        preds.push_back(std::move(p));
      }
    }
    npred += preds.size();
    ngold += gold.size();
    // PolNeAR spans the whole reported clause of a mixed quote, where the claim contract's
    // content is the quoted words only: the same matching on clause_span shows the difference.
    {
      std::vector<bool> taken(preds.size(), false);
      for (const GoldItem& g : gold) {
        double bj = 0;
        int best = BestMatch(g, preds, taken, /*clause=*/true, &bj);
        if (best < 0 || bj < 0.5) continue;
        taken[best] = true;
        tp_clause += 1;
        if (g.quoted) tpq_src_clause += SourceRight(g, preds[best]);
      }
    }
    std::vector<bool> used(preds.size(), false);
    for (const GoldItem& g : gold) {
      double bj = 0;
      int best = BestMatch(g, preds, used, /*clause=*/false, &bj);
      bool hit = best >= 0 && bj >= 0.5;
      bool ok = false;
      if (hit) {
        ok = SourceRight(g, preds[best]);
        used[best] = true;
        tp += 1;
        tp_src += ok;
        tp_exact += preds[best].chars == g.chars;
        if (report.is_open() && ok)
          report << "hit\t" << art << "\t" << g.quoted << "\t" << flat(g.source) << "\t" << flat(preds[best].who)
                 << "\t" << preds[best].type << "\t" << flat(preds[best].cue) << "\t" << flat(g.text) << "\n";
        if (report.is_open() && !ok)
          report << "wrong_source\t" << art << "\t" << g.quoted << "\t" << flat(g.source) << "\t"
                 << flat(preds[best].who) << "\t" << preds[best].type << "\t" << flat(preds[best].cue)
                 << "\t" << flat(g.text) << "\n";
      } else if (report.is_open()) {
        // The annotated content in its sentence context (80 characters before it).
        std::string context;
        if (!g.chars.empty()) {
          int64_t cp0 = g.chars.front(), n = 0;
          size_t b = 0;
          for (size_t i = 0; i < doc.text().size(); ++i) {
            if ((static_cast<unsigned char>(doc.text()[i]) & 0xC0) == 0x80) continue;
            if (n++ == std::max<int64_t>(0, cp0 - 160)) {
              b = i;
              break;
            }
          }
          context = doc.text().substr(b, 160);
        }
        report << "missed\t" << art << "\t" << g.quoted << "\t" << flat(g.source) << "\t"
               << (best >= 0 ? flat(preds[best].text) : "") << "\t" << bj << "\t" << flat(context) << "\t"
               << flat(g.text) << "\t" << flat(g.cue) << "\n";
      }
      if (g.quoted) {
        nq += 1;
        tpq += hit;
        tpq_src += ok;
      }
    }
    if (report.is_open())
      for (size_t j = 0; j < preds.size(); ++j)
        if (!used[j])
          report << "spurious\t" << art << "\t\t\t" << flat(preds[j].who) << "\t" << preds[j].type << "\t"
                 << flat(preds[j].cue) << "\t" << flat(preds[j].text) << "\n";
  }
  Prf("content", tp, npred, ngold);
  Prf("content_exact", tp_exact, npred, ngold);
  Prf("content_source", tp_src, npred, ngold);
  double src_acc = tp ? tp_src / tp : 0;
  double q_rec = nq ? tpq / nq : 0, q_src = nq ? tpq_src / nq : 0;
  std::printf("source_accuracy_on_found  %.3f\n", src_acc);
  std::printf("quoted_recall             %.3f\n", q_rec);
  std::printf("quoted_recall_with_source %.3f\n", q_src);
  std::printf("articles %d gold %.0f pred %.0f gold_quoted %.0f\n", articles, ngold, npred, nq);
  // Informational: mixed/partial quotes matched by their whole reported clause.
  Prf("content_by_clause", tp_clause, npred, ngold);
  std::printf("quoted_with_source_by_clause %.3f\n", nq ? tpq_src_clause / nq : 0.0);
  double p = npred ? tp / npred : 0, r = ngold ? tp / ngold : 0, f1 = p + r ? 2 * p * r / (p + r) : 0;
  bool fail = false;
  if (min_qs >= 0 && q_src < min_qs) {
    std::printf("FAIL: quoted_recall_with_source %.3f < %.3f\n", q_src, min_qs);
    fail = true;
  }
  if (min_f1 >= 0 && f1 < min_f1) {
    std::printf("FAIL: content F1 %.3f < %.3f\n", f1, min_f1);
    fail = true;
  }
  return fail ? 1 : 0;
}

}  // namespace claimkit::cli

// Numeric extractor (see numeric.h): quantities per sentence, then measure, time, source and
// change links across the quantities of a sentence (and "that number" to the sentence before).
#include "extractors/numeric.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "claimkit/structure.h"
#include "extractors/numeric_check.h"
#include "extractors/numeric_lexicon.h"
#include "extractors/numeric_parse.h"

namespace claimkit {
namespace {

using numeric::NumericLexicon;
using numeric::ParsedQuantity;
using numeric::Phrase;
using numeric::Tok;
using numeric::TokKind;

// Value of a run of ASCII digits ("2016" -> 2016); 0 when it has none.
int DigitsInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
  }
  return v;
}

// An unresolved pronoun or a bare title as the words naming a speaker ("who", "We", "Ms."),
// compared lower-cased.
bool NamesNoOne(std::string_view mention) {
  static constexpr std::string_view kNoName[] = {"who", "which", "that", "we",   "i",   "you",
                                                 "they", "he",  "she", "it",  "us",  "them",
                                                 "mr.", "ms.", "mrs.", "dr."};
  if (mention.size() > 5) return false;  // longer than every word above
  char buf[5];
  for (size_t k = 0; k < mention.size(); ++k) {
    const char ch = mention[k];
    buf[k] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  const std::string_view m(buf, mention.size());
  return std::find(std::begin(kNoName), std::end(kNoName), m) != std::end(kNoName);
}

bool IsFn(const Tok& t) { return (t.f->flags & numeric::kFlagFunction) != 0; }

bool SkipRole(Role r) {
  return r == Role::kCaption || r == Role::kByline || r == Role::kDateline ||
         r == Role::kBoilerplate || r == Role::kPullQuote || r == Role::kPullQuoteAttribution;
}

struct TimeExpr {
  int tok_b = 0, tok_e = 0;
  uint32_t start = 0, end = 0;  // view
  std::string value;
  bool since = false;  // "since 2019": where a period starts, not the time of a figure
};

// One change: old level, new level, stated relative change.
struct Group {
  int from = -1, to = -1, rel = -1;  // indices into the sentence's quantities
  std::string direction;             // from the verb
  double factor = 0;                 // "doubled" = 2
  const ParsedQuantity* prev_from = nullptr;  // "that number": from the sentence before
  double prev_from_rounding = 0;
};

class NumericExtractor : public Extractor {
 public:
  explicit NumericExtractor(NumericLexicon lex) : lex_(std::move(lex)) {}

  void Run(const Analysis& a, std::vector<Claim>* claims) override {
    int pub_year = 0, pub_month = 0;
    const std::string& pub = a.structure.published;
    if (pub.size() >= 4) pub_year = std::atoi(pub.substr(0, 4).c_str());
    if (pub.size() >= 7) pub_month = std::atoi(pub.substr(5, 2).c_str());
    pub_day_ = pub.size() >= 10 ? std::atoi(pub.substr(8, 2).c_str()) : 0;
    // Quote claims already present (the quote extractor runs first and has its ids) whose
    // speaker names a source, by index into *claims (which grows below). The source record is
    // made only for a quantity inside one.
    struct QuoteRef {
      Span content;
      size_t claim;
    };
    std::vector<QuoteRef> quotes;
    for (size_t ci = 0; ci < claims->size(); ++ci) {
      const Claim& c = (*claims)[ci];
      if (c.kind != "quote" || !c.quote) continue;
      const SpeakerRef& sp = c.quote->speaker;
      // The source is the speaker's name, else the words naming the speaker; an unresolved
      // pronoun ("who", "we") or a bare title ("Ms.") names no source.
      const bool named = sp.name ? !sp.name->empty()
                                 : sp.mention && !sp.mention->empty() && !NamesNoOne(*sp.mention);
      if (named) quotes.push_back(QuoteRef{c.quote->content_span, ci});
    }
    int last_year = 0;
    std::vector<ParsedQuantity> prev_qs;  // the previous body sentence's quantities
    std::vector<std::optional<std::string>> prev_measures;
    std::vector<std::optional<SourceRef>> prev_sources;
    size_t prev_first = 0;  // index in *claims of the previous sentence's first numeric claim
    std::string lower;      // the sentence lower-cased: tokens view it
    for (size_t si = 0; si < a.sentences.size(); ++si) {
      const Sentence& s = a.sentences[si];
      Role role = a.RoleOf(s);
      if (SkipRole(role)) continue;
      std::string_view view = a.ViewOf(s.view);
      if (!lex_.MayHoldQuantity(view)) {  // no digit, no number word: nothing to find
        prev_qs.clear();
        prev_measures.clear();
        prev_sources.clear();
        continue;
      }
      std::vector<Tok>& toks = toks_;
      numeric::Tokenize(view, s.view.start, lex_, &lower, &toks);
      std::vector<ParsedQuantity> qs = numeric::ParseQuantities(toks, lex_);
      DropQuotedTerms(toks, &qs);
      if (qs.empty()) {
        // Only the years matter here (for a later "a year later"): no phrase lookups.
        for (const Tok& k : toks) {
          if (k.kind == TokKind::kNumber && k.text.size() == 4) {
            int y = DigitsInt(k.text);
            if (y >= 1800 && y <= 2100) last_year = y;
          }
        }
        prev_qs.clear();
        prev_measures.clear();
        prev_sources.clear();
        continue;
      }
      std::vector<TimeExpr> times = FindTimes(toks, qs, pub_year, pub_month, &last_year);
      std::vector<Group> groups = FindChanges(toks, qs, prev_qs);
      ShareUnits(toks, groups, &qs);
      CarryCurrency(toks, prev_qs, &qs);
      std::optional<SourceRef> according = AccordingTo(a, toks);  // once per sentence
      // The sentence's claims are made in place at the end of *claims (no copy to move there);
      // *claims does not grow again before the next sentence, so `out` stays valid.
      const size_t first = claims->size();
      claims->resize(first + qs.size());
      const std::span<Claim> out(claims->data() + first, qs.size());
      for (size_t qi = 0; qi < qs.size(); ++qi) {
        const ParsedQuantity& q = qs[qi];
        Claim& c = out[qi];
        c.kind = "numeric";
        c.span = s.span;
        c.section = RoleName(role);
        NumericInfo& n = c.numeric.emplace();
        Span qspan = a.norm.ToOriginal(Span{q.start, q.end});
        n.quantity.span = qspan;
        n.quantity.text = std::string(qspan.Of(a.text()));
        n.quantity.value = q.value;
        n.quantity.low = q.low;
        n.quantity.high = q.high;
        n.quantity.bound = q.bound;
        if (!q.unit.empty()) n.quantity.unit = q.unit;
        if (!q.scale_text.empty()) n.quantity.scale_text = q.scale_text;
        if (q.low && q.high && !q.vague) {
          n.checks.push_back(Check{"range_order", *q.low <= *q.high,
                                   *q.low <= *q.high ? "low <= high" : "low > high"});
        }
        // Time.
        if (!numeric::IsTimeUnitName(q.unit)) {
          int t = PickTime(toks, qs, qi, times);
          // "rose by 40% between 2010 and 2020, from 21,000 to 29,400": the old level
          // is the first year's, the new one the second's.
          if (t > 0)
            for (const Group& g : groups)
              if (g.from == static_cast<int>(qi) && g.to >= 0 && PickTime(toks, qs, g.to, times) == t &&
                  times[t - 1].tok_e + 1 == times[t].tok_b &&
                  (L(toks, times[t - 1].tok_e) == "and" || L(toks, times[t - 1].tok_e) == "to"))
                t = t - 1;
          if (t >= 0) {
            TimeRef tr;
            Span ts = a.norm.ToOriginal(Span{times[t].start, times[t].end});
            tr.span = ts;
            tr.text = std::string(ts.Of(a.text()));
            tr.value = times[t].value;
            n.time = tr;
          }
        }
        // Source.
        for (const QuoteRef& qr : quotes) {
          if (qr.content.Contains(qspan)) {
            const Claim& qc = (*claims)[qr.claim];  // an earlier claim: not one of `out`
            const SpeakerRef& sp = qc.quote->speaker;
            SourceRef& src = n.source.emplace();
            src.name = sp.name ? *sp.name : *sp.mention;
            src.cue = qc.quote->cue;
            if (!qc.id.empty()) src.quote_id = qc.id;
            break;
          }
        }
        if (!n.source) n.source = according;
        c.confidence = Confidence(q);
      }
      // Measures and changes.
      for (size_t qi = 0; qi < qs.size(); ++qi) {
        auto m = Measure(toks, qs, qi);
        if (m.second > m.first) SetMeasure(a, toks, m.first, m.second, &out[qi]);
      }
      for (const Group& g : groups) {
        if (g.prev_from && g.to >= 0) {
          // "that number had jumped to 8,700": the measure is the earlier figure's.
          size_t k = static_cast<size_t>(g.prev_from - prev_qs.data());
          if (k < prev_measures.size() && prev_measures[k]) {
            out[g.to].numeric->measure = prev_measures[k];
            out[g.to].numeric->measure_span.reset();
          }
          if (k < prev_sources.size() && prev_sources[k] && !out[g.to].numeric->source) {
            out[g.to].numeric->source = prev_sources[k];
          }
        }
        std::optional<ChangeInfo> ch = ApplyGroup(a, toks, qs, g, out);
        if (ch && g.prev_from) {
          // The earlier figure is the change's "from": it gets the same change record.
          size_t k = static_cast<size_t>(g.prev_from - prev_qs.data());
          if (prev_first + k < claims->size()) {
            NumericInfo& pn = *(*claims)[prev_first + k].numeric;
            if (!pn.change) {
              pn.change = ch;
              pn.change_role = "from";
            }
          }
        }
      }
      ShareChecks(toks, qs, out);
      SumChecks(toks, qs, out);
      prev_measures.clear();
      prev_sources.clear();
      prev_first = first;
      for (const Claim& c : out) {
        prev_measures.push_back(c.numeric->measure);
        prev_sources.push_back(c.numeric->source);
      }
      prev_qs = std::move(qs);
    }
  }

 private:
  LiteralEqView L(const std::vector<Tok>& t, int i) const {
    return i >= 0 && i < static_cast<int>(t.size()) ? t[i].lower : LiteralEqView();
  }
  static bool IsP(const std::vector<Tok>& t, int i, char c) {
    return i >= 0 && i < static_cast<int>(t.size()) && t[i].punct == c;
  }

  // A number word opening a short quoted phrase in the middle of a clause is part of a quoted
  // term, a label like a name (a report's "two parallel systems of detention", the "Big Four"),
  // not a quantity the article asserts. Quoted speech differs: it ends with its own punctuation
  // inside the marks ("Two people died," he said) or opens the sentence.
  static void DropQuotedTerms(const std::vector<Tok>& t, std::vector<ParsedQuantity>* qs) {
    int n = static_cast<int>(t.size());
    auto is_open = [&](int i) {
      return i >= 1 && (t[i].text == "\xE2\x80\x9C" || (t[i].text == "\"" && t[i].space_before)) &&
             i + 1 < n && !t[i + 1].space_before && t[i - 1].kind == TokKind::kWord;
    };
    auto is_close = [&](int i) { return t[i].text == "\xE2\x80\x9D" || t[i].text == "\""; };
    if (std::none_of(qs->begin(), qs->end(),
                     [&](const ParsedQuantity& q) { return q.word_number && is_open(q.tok_begin - 1); })) {
      return;  // the common case: nothing to drop, nothing copied
    }
    std::vector<ParsedQuantity> kept;
    for (const ParsedQuantity& q : *qs) {
      bool term = false;
      if (q.word_number && is_open(q.tok_begin - 1)) {
        int words = 0;
        for (int k = q.tok_begin; k < n && words <= 8; ++k) {
          if (is_close(k)) {
            term = t[k - 1].kind == TokKind::kWord;  // no "," "." "?" inside the marks
            break;
          }
          if (t[k].kind == TokKind::kWord || t[k].kind == TokKind::kNumber) ++words;
        }
      }
      if (!term) kept.push_back(q);
    }
    qs->swap(kept);
  }

  static double Confidence(const ParsedQuantity& q) {
    if (q.vague || q.fraction) return 0.6;
    if (q.word_number && q.value && *q.value == 1) return 0.5;
    if (q.word_number) return 0.7;
    if (q.unit_kind.empty()) return 0.7;
    return 0.85;
  }

  static bool InQuantity(const std::vector<ParsedQuantity>& qs, int tok) {
    for (const ParsedQuantity& q : qs) {
      if (tok >= q.tok_begin && tok < q.tok_end) return true;
    }
    return false;
  }

  // Year mentions ("in 2016", "late 2016", "March 2020"), "this year"/"last year" with the
  // publication year, "a year later" after the last year mentioned.
  std::vector<TimeExpr> FindTimes(const std::vector<Tok>& t, const std::vector<ParsedQuantity>& qs,
                                  int pub_year, int pub_month, int* last_year) const {
    std::vector<TimeExpr> out;
    int n = static_cast<int>(t.size());
    for (int i = 0; i < n; ++i) {
      const Tok& k = t[i];
      // "on Tuesday": the last such day up to the publication date (news reports the past).
      namespace chr = std::chrono;
      if (k.f->weekday && pub_year && !k.text.empty() && k.text[0] >= 'A' && k.text[0] <= 'Z' &&
          (chr::year{pub_year} / pub_month / pub_day_).ok() && !InQuantity(qs, i)) {
        const chr::sys_days pub{chr::year{pub_year} / pub_month / pub_day_};
        const chr::year_month_day day{pub - (chr::weekday{pub} - chr::weekday{static_cast<unsigned>(k.f->weekday)})};
        TimeExpr te;
        te.tok_b = i;
        te.tok_e = i + 1;
        te.start = k.start;
        te.end = k.end;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(day.year()),
                      static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
        te.value = buf;
        out.push_back(te);
        continue;
      }
      // Only a 4-digit number, a month name or the first word of a time phrase can start one.
      if (k.kind == TokKind::kNumber ? k.text.size() != 4
                                     : !k.f->month && k.f->bucket[numeric::kSlotTime] < 0) {
        continue;
      }
      // (A relative phrase may start on a duration: "Two years ago, 1,200 people ...".)
      if (InQuantity(qs, i) && (k.kind == TokKind::kNumber || k.f->month)) continue;
      TimeExpr te;
      int month = 0, b = i, e = i + 1;
      int year = 0;
      if (k.kind == TokKind::kNumber && k.text.size() == 4 &&
          std::all_of(k.text.begin(), k.text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        int y = DigitsInt(k.text);
        if (y < 1800 || y > 2100) continue;
        if (i + 1 < n && !t[i + 1].space_before && t[i + 1].kind == TokKind::kWord) continue;  // 1990s
        year = y;
        *last_year = y;
      } else if (int m = MonthAlone(t, i); m > 0) {
        // "in May", "on May 12": the publication year (the year before if the month is later).
        if (!pub_year) continue;
        int y = pub_year;
        if (pub_month && m > pub_month) --y;
        char buf[32];
        int day = 0;
        if (i + 1 < n && t[i + 1].kind == TokKind::kNumber && t[i + 1].text.size() <= 2) {
          day = DigitsInt(t[i + 1].text);
          if (day < 1 || day > 31) day = 0;
        }
        if (day) {
          std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, day);
        } else {
          std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
        }
        te.tok_b = i;
        te.tok_e = day ? i + 2 : i + 1;
        te.start = t[i].start;
        te.end = t[te.tok_e - 1].end;
        te.value = buf;
        te.since = AfterSince(t, te.tok_b);
        out.push_back(te);
        i = te.tok_e - 1;
        continue;
      } else {
        const Phrase* p = nullptr;
        int len = numeric::MatchPhrase(t, i, lex_.time_phrases, &p);
        if (!len || (p->value != "rel_pub" && p->value != "rel_prev" && p->value != "rel_pub_month")) continue;
        int off = std::atoi(p->extra.c_str());
        if (p->value == "rel_pub_month") {
          // "last month" with the publication date: that year and month.
          if (!pub_year || !pub_month) continue;
          int mm = pub_year * 12 + (pub_month - 1) + off;
          te.tok_b = i;
          te.tok_e = i + len;
          te.start = t[i].start;
          te.end = t[i + len - 1].end;
          char mb[32];
          std::snprintf(mb, sizeof mb, "%04d-%02d", mm / 12, mm % 12 + 1);
          te.value = mb;
          out.push_back(te);
          i += len - 1;
          continue;
        }
        if (p->value == "rel_pub") {
          if (!pub_year) continue;
          year = pub_year + off;
        } else {
          if (!*last_year) continue;
          year = *last_year + off;
          *last_year = year;
        }
        e = i + len;
      }
      // Month or season before: "March 2020", "March this year", "late 2016", "mid-2019".
      int p = b - 1;
      if (IsP(t, p, '-') && !t[b].space_before) --p;
      if (p >= 0 && t[p].f->month && t[p].text[0] >= 'A' && t[p].text[0] <= 'Z') {
        month = t[p].f->month;
        b = p;
        // "between January and October 2023", "from March to May 2020": a span of months
        // in that year; the year is its time.
        const int q = b - 1;
        if (q > 0 && (L(t, q) == "and" || L(t, q) == "to" || L(t, q) == "through") && t[q - 1].f->month &&
            t[q - 1].text[0] >= 'A' && t[q - 1].text[0] <= 'Z') {
          month = 0;
          b = q - 1;
        }
      } else {
        const Phrase* sp = nullptr;
        for (int back = 2; back >= 1; --back) {
          if (p - back + 1 < 0) continue;
          int len = numeric::MatchPhrase(t, p - back + 1, lex_.time_phrases, &sp);
          if (len == back && sp->value == "season") {
            b = p - back + 1;
            break;
          }
        }
      }
      te.tok_b = b;
      te.tok_e = e;
      te.start = t[b].start;
      te.end = t[e - 1].end;
      char buf[32];
      if (month) {
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      } else {
        std::snprintf(buf, sizeof buf, "%04d", year);
      }
      te.value = buf;
      te.since = AfterSince(t, te.tok_b);
      out.push_back(te);
      i = e - 1;
    }
    return out;
  }

  // A time expression starting at token b follows "since" ("since 2019", "since late 2016").
  bool AfterSince(const std::vector<Tok>& t, int b) const {
    if (L(t, b - 1) == "since") return true;
    return L(t, b - 2) == "since" && (L(t, b - 1) == "early" || L(t, b - 1) == "late" || L(t, b - 1) == "mid");
  }

  // Month (1..12) of a capitalised month name at i that is not followed by a year ("in May",
  // "May 12"); 0 otherwise. "May" needs a day after it or a preposition before it.
  int MonthAlone(const std::vector<Tok>& t, int i) const {
    int n = static_cast<int>(t.size());
    if (t[i].kind != TokKind::kWord || t[i].text[0] < 'A' || t[i].text[0] > 'Z') return 0;
    int month = t[i].f->month;
    if (!month) return 0;
    int k = i + 1;
    if (IsP(t, k, '.') && !t[k].space_before) ++k;  // "Feb."
    bool day = k < n && t[k].kind == TokKind::kNumber && t[k].text.size() <= 2;
    int y = day ? k + 1 : k;
    if (IsP(t, y, ',')) ++y;
    if (y < n && t[y].kind == TokKind::kNumber && t[y].text.size() == 4) return 0;  // has a year
    const Phrase* p = nullptr;
    if (numeric::MatchPhrase(t, y, lex_.time_phrases, &p) && p->value == "rel_pub") return 0;
    static constexpr std::string_view kPrep[] = {"in", "on", "since", "by", "until", "of", "from", "early", "late",
                                  "mid", "through", "last", "next", "this"};
    bool prep = i > 0 && std::any_of(std::begin(kPrep), std::end(kPrep),
                                     [&](std::string_view w) { return t[i - 1].lower == w; });
    if (!day && !prep) return 0;
    return month;
  }

  // The time of quantity qi: the first time expression after it and before the next quantity,
  // else the nearest one before it.
  int PickTime(const std::vector<Tok>& t, const std::vector<ParsedQuantity>& qs, size_t qi,
               const std::vector<TimeExpr>& times) const {
    int next_b = qi + 1 < qs.size() ? qs[qi + 1].tok_begin : 1 << 30;
    for (size_t k = 0; k < times.size(); ++k) {
      if (times[k].since) continue;
      if (times[k].tok_b >= qs[qi].tok_end && times[k].tok_b < next_b) {
        // A target year ("by 2027") not past "and" and a verb: "built four bridges in a
        // decade and planned two more by 2027" (2027 is the plan's).
        bool other_clause = false;
        const bool target = times[k].tok_b > 0 && (L(t, times[k].tok_b - 1) == "by" || L(t, times[k].tok_b) == "by");
        for (int x = qs[qi].tok_end; target && x + 1 < times[k].tok_b && !other_clause; ++x)
          other_clause = (L(t, x) == "and" || L(t, x) == "but") && t[x + 1].kind == TokKind::kWord &&
                         t[x + 1].lower.size() > 4 && t[x + 1].lower.substr(t[x + 1].lower.size() - 2) == "ed";
        if (other_clause) break;
        return static_cast<int>(k);
      }
    }
    int best = -1;
    for (size_t k = 0; k < times.size(); ++k) {
      if (!times[k].since && times[k].tok_e <= qs[qi].tok_begin) best = static_cast<int>(k);
    }
    return best;
  }

  // "according to X", "statistics reported from X", "figures released by X": X up to the next
  // comma, bracket or full stop.
  std::optional<SourceRef> AccordingTo(const Analysis& a, const std::vector<Tok>& t) const {
    int n = static_cast<int>(t.size());
    static constexpr std::string_view kData[] = {"statistics", "figures", "data", "estimates", "numbers"};
    static constexpr std::string_view kVerb[] = {"reported", "released", "published", "compiled", "provided"};
    for (int i = 0; i + 1 < n; ++i) {
      // Cheap pre-check: every cue word below ("data", "figures", "numbers", "according",
      // "estimates", "statistics") is a word of 4, 7, 9 or 10 letters that begins with one of
      // these letters.
      constexpr uint32_t kCueLengths = 1u << 4 | 1u << 7 | 1u << 9 | 1u << 10;
      if (t[i].kind != TokKind::kWord || t[i].lower.size() > 10 ||
          !(kCueLengths >> t[i].lower.size() & 1)) {
        continue;
      }
      char c0 = t[i].lower[0];
      if (c0 != 'a' && c0 != 's' && c0 != 'f' && c0 != 'd' && c0 != 'e' && c0 != 'n') continue;
      int b = -1;
      std::string cue;
      if (L(t, i) == "according" && L(t, i + 1) == "to") {
        b = i + 2;
        cue = "according to";
      } else if (std::any_of(std::begin(kData), std::end(kData),
                             [&](std::string_view w) { return L(t, i) == w; })) {
        int k = i + 1;
        if (std::any_of(std::begin(kVerb), std::end(kVerb), [&](std::string_view w) { return L(t, k) == w; })) ++k;
        if ((L(t, k) == "from" || L(t, k) == "by") && k + 1 < n &&
            (L(t, k + 1) == "the" || (!t[k + 1].text.empty() && t[k + 1].text[0] >= 'A' &&
                                      t[k + 1].text[0] <= 'Z'))) {
          b = k + 1;
          Span cs = a.norm.ToOriginal(Span{t[i].start, t[k].end});
          cue = std::string(cs.Of(a.text()));
        }
      }
      if (b < 0) continue;
      if (L(t, b) == "the" || L(t, b) == "a") ++b;
      int e = b;
      while (e < n && e - b < 10 && (t[e].kind == TokKind::kWord || IsP(t, e, '-') ||
                                     IsP(t, e, '&') || IsP(t, e, '\'') || IsP(t, e, '.'))) {
        if (IsP(t, e, '.') && (e + 1 >= n || t[e + 1].space_before)) break;
        ++e;
      }
      if (e == b) return std::nullopt;
      SourceRef src;
      Span sp = a.norm.ToOriginal(Span{t[b].start, t[e - 1].end});
      src.name = std::string(sp.Of(a.text()));
      src.cue = cue;
      return src;
    }
    return std::nullopt;
  }

  // Direction of the change word(s) ending at token i (0 = none); factor for "doubled".
  int ChangeWordEndingAt(const std::vector<Tok>& t, int i, std::string* dir, double* factor,
                         int* begin) const {
    int n = static_cast<int>(t.size());
    if (i < 0 || i >= n) return 0;
    // Only a token that begins a change phrase can start one: one test before any matching.
    if (t[i].f->bucket[numeric::kSlotChange] < 0 &&
        (i == 0 || t[i - 1].f->bucket[numeric::kSlotChange] < 0)) {
      return 0;
    }
    for (int len = 2; len >= 1; --len) {
      const Phrase* p = nullptr;
      int b = i - len + 1;
      if (b < 0) continue;
      if (numeric::MatchPhrase(t, b, lex_.change_words, &p) == len) {
        *dir = p->value;
        *factor = p->extra.empty() ? 0 : std::atof(p->extra.c_str());
        if (begin) *begin = b;
        return len;
      }
    }
    return 0;
  }

  std::vector<Group> FindChanges(const std::vector<Tok>& t, const std::vector<ParsedQuantity>& qs,
                                 const std::vector<ParsedQuantity>& prev_qs) {
    std::vector<Group> groups;
    int nq = static_cast<int>(qs.size());
    // Per quantity (scratch members, kept for their capacity: no allocation per sentence).
    std::vector<int>& role = change_role_;  // 0 none, 1 rel, 2 from, 3 to
    std::vector<std::string>& dir = change_dir_;
    std::vector<double>& factor = change_factor_;
    std::vector<char>& used = change_used_;  // 0/1
    role.assign(nq, 0);
    dir.assign(nq, std::string());
    factor.assign(nq, 0);
    used.assign(nq, 0);
    std::string sentence_dir;
    double sentence_factor = 0;
    for (int i = 0; i < static_cast<int>(t.size()); ++i) {
      // ChangeWordEndingAt's own first test, without the call: most tokens end no change word.
      if (t[i].f->bucket[numeric::kSlotChange] < 0 &&
          (i == 0 || t[i - 1].f->bucket[numeric::kSlotChange] < 0)) {
        continue;
      }
      std::string d;
      double f = 0;
      if (ChangeWordEndingAt(t, i, &d, &f, nullptr) == 1 && !InQuantity(qs, i)) {
        if (sentence_dir.empty()) sentence_dir = d;
        if (f > 0 && !sentence_factor) sentence_factor = f;
      }
    }
    for (int qi = 0; qi < nq; ++qi) {
      const ParsedQuantity& q = qs[qi];
      int p = q.tok_begin - 1;
      std::string d;
      double f = 0;
      bool by = false, to = false;
      if (L(t, p) == "by") {
        by = true;
        --p;
      } else if (L(t, p) == "to") {
        to = true;
        --p;
      } else if (L(t, p) == "from" ||
                 // "from a peak of 54.1%", "from a record high of $99"
                 (L(t, p) == "of" && (L(t, p - 1) == "peak" || L(t, p - 1) == "high" || L(t, p - 1) == "low") &&
                  (L(t, p - 2) == "from" || (L(t, p - 2) == "a" && L(t, p - 3) == "from") ||
                   (L(t, p - 2) == "record" && L(t, p - 3) == "a" && L(t, p - 4) == "from")))) {
        role[qi] = 2;
        while (p > 0 && L(t, p) != "from") --p;
        if (L(t, p - 1) == "up" || L(t, p - 1) == "down") dir[qi] = L(t, p - 1) == "up" ? "up" : "down";
        continue;
      }
      // "a rise of 17%", "an increase of about $2": a change noun and "of".
      if (!by && !to && L(t, p) == "of") --p;
      // one adverb between: "rose sharply by", "fell slightly to"
      int p2 = p;
      if (p2 >= 0 && t[p2].lower.size() > 4 &&
          t[p2].lower.compare(t[p2].lower.size() - 2, 2, "ly") == 0) {
        --p2;
      }
      // "raised fares by 17%", "cut its forecast by a third": the verb, its object, "by".
      if (by && !ChangeWordEndingAt(t, p2, &d, &f, nullptr) && !ChangeWordEndingAt(t, p, &d, &f, nullptr))
        for (int k = p - 1; k >= 0 && k >= p - 3 && t[k].kind == TokKind::kWord && !InQuantity(qs, k); --k)
          if (ChangeWordEndingAt(t, k, &d, &f, nullptr)) {
            p2 = k;
            break;
          }
      // "raised $235 million", "to raise $75 billion": money raised, not a change (the
      // change is "raised fares by 17%", "raise the cap to $5,000", "raise fares from X").
      const bool raised_money = !by && !to && p >= 0 && t[p].lower.substr(0, 4) == "rais" &&
                                q.unit_kind == "currency";
      // "which makes up nearly half of the basket": a share, not a rise.
      const bool makes_up = !by && !to && p >= 1 && t[p].lower == "up" && t[p - 1].lower.substr(0, 3) == "mak";
      if (!raised_money && !makes_up &&
          (ChangeWordEndingAt(t, p2, &d, &f, nullptr) || ChangeWordEndingAt(t, p, &d, &f, nullptr))) {
        if (to) {
          role[qi] = 3;
        } else if (q.unit_kind != "count" || by) {
          role[qi] = 1;
        }
        dir[qi] = d;
        factor[qi] = f;
        continue;
      }
      if (to) {
        role[qi] = 3;  // "to Y" after a "from X" (paired below)
        continue;
      }
      // "a 3 percent drop", "2% higher"
      int nx = q.tok_end;
      if (nx < static_cast<int>(t.size()) && q.unit_kind != "count") {
        const Phrase* ph = nullptr;
        int len = numeric::MatchPhrase(t, nx, lex_.change_words, &ph);
        if (len && (q.unit_kind == "percent" || q.unit_kind == "unit")) {
          role[qi] = 1;
          dir[qi] = ph->value;
          continue;
        }
      }
      // "+0.2%", "-1.3%"
      if (q.sign != 0 && q.unit_kind == "percent") {
        role[qi] = 1;
        dir[qi] = q.sign > 0 ? "up" : "down";
      }
    }
    // Pair "from X ... to Y".
    for (int qi = 0; qi < nq; ++qi) {
      if (role[qi] != 2) continue;
      for (int qj = qi + 1; qj < nq; ++qj) {
        if (role[qj] == 3) {
          Group g;
          g.from = qi;
          g.to = qj;
          g.direction = dir[qj].empty() ? sentence_dir : dir[qj];
          used[qi] = used[qj] = true;
          groups.push_back(g);
          break;
        }
        if (role[qj] == 2) break;
      }
    }
    // "Y up from X" (to before from), and a relative change with its levels.
    for (int qi = 0; qi < nq; ++qi) {
      if (role[qi] == 2 && !used[qi]) {
        for (int qj = qi - 1; qj >= 0; --qj) {
          // a level after "to" may be a percent ("climbed to 6.7% from 6.29%"); a bare
          // percent before "from" is a relative change, not a level
          // (a conversion in brackets is no level: "to 4.9 trillion yen ($33 bn) ..., from
          // 5.3 trillion yen")
          if (role[qj] == 0 && IsP(t, qs[qj].tok_begin - 1, '(')) continue;
          const std::string_view before = L(t, qs[qj].tok_begin - 1);
          // (nor the whole of a share: "won 183 of the 276 seats, up from 137" -> 183)
          if (role[qj] == 0 && qj > 0 && !used[qj - 1] && role[qj - 1] == 0 &&
              (before == "of" || (before == "the" && L(t, qs[qj].tok_begin - 2) == "of")))
            continue;
          // A percent level is one when the earlier level is a percent too ("Turnout was
          // 60.9%, down from 79%"); else a percent before "from" is a relative change.
          const bool percent_levels = qs[qj].unit_kind == "percent" && qs[qi].unit_kind == "percent" &&
                                      (before == "was" || before == "is" || before == "were" || before == "are" ||
                                       before == "at" || before == "to");
          if (!used[qj] && (role[qj] == 3 || (role[qj] == 0 && (qs[qj].unit_kind != "percent" || percent_levels)))) {
            Group g;
            g.from = qi;
            g.to = qj;
            g.direction = dir[qi];
            used[qi] = used[qj] = true;
            groups.push_back(g);
            break;
          }
        }
      }
    }
    // Two quantities in different clauses: "growth of 4.4%, ... as volumes recovered while
    // price increases eased to 1.2 points from 9.8" (the 4.4% is not that change's).
    auto apart = [&](int a, int b) {
      if (a > b) std::swap(a, b);
      for (int x = qs[a].tok_end; x < qs[b].tok_begin; ++x) {
        std::string_view w = L(t, x);
        // ("dropped 2.4% after the carmaker cut its forecast to X from Y": the share's
        // fall is not the forecast's change)
        if (w == "while" || w == "whereas" || w == "but" || w == "after" || w == "because" || IsP(t, x, ';') ||
            (IsP(t, x, ',') && (L(t, x + 1) == "as" || L(t, x + 1) == "while" || L(t, x + 1) == "and")))
          return true;
      }
      return false;
    };
    for (int qi = 0; qi < nq; ++qi) {
      if (role[qi] != 1) continue;
      // attach to a level pair of this sentence without a relative change yet (in its
      // clause; a stated percent is no change in points)
      Group* target = nullptr;
      for (Group& g : groups) {
        if (g.rel < 0) {
          const int lv = g.from >= 0 ? g.from : g.to;
          if (lv >= 0 && (apart(qi, lv) || (qs[qi].unit_kind == "percent" &&
                                            (qs[lv].unit == "percentage point" || qs[lv].unit == "point"))))
            continue;
          target = &g;
          break;
        }
      }
      if (!target) {
        groups.push_back(Group{});
        target = &groups.back();
        // "rose 6.5% to 164p"
        for (int qj = qi + 1; qj < nq && !apart(qi, qj); ++qj) {
          if (role[qj] == 3 && !used[qj]) {
            target->to = qj;
            used[qj] = true;
            break;
          }
          if (role[qj] == 1) break;
        }
      }
      target->rel = qi;
      target->factor = factor[qi];
      if (target->direction.empty()) target->direction = dir[qi];
    }
    // "that number had jumped to 8,700": the level from the sentence before.
    for (int qi = 0; qi < nq; ++qi) {
      if (role[qi] != 3 || used[qi]) continue;
      Group g;
      g.to = qi;
      g.direction = dir[qi].empty() ? sentence_dir : dir[qi];
      bool anaphor = false;
      for (int k = 0; k + 1 < qs[qi].tok_begin; ++k) {
        if ((L(t, k) == "that" || L(t, k) == "this" || L(t, k) == "the") &&
            (L(t, k + 1) == "number" || L(t, k + 1) == "figure" || L(t, k + 1) == "total" ||
             L(t, k + 1) == "tally" || L(t, k + 1) == "count")) {
          anaphor = true;
        }
      }
      if (anaphor) {
        for (int k = static_cast<int>(prev_qs.size()) - 1; k >= 0; --k) {
          const ParsedQuantity& pq = prev_qs[k];
          // (not a share: "1 in every 50 deaths. ... that figure would rise to")
          if (pq.value && pq.unit_kind != "percent" && !pq.fraction && !numeric::IsTimeUnitName(pq.unit) &&
              (pq.unit_kind == qs[qi].unit_kind || qs[qi].unit_kind.empty() ||
               pq.unit_kind == "count")) {
            g.prev_from = &pq;
            break;
          }
        }
      }
      used[qi] = true;
      groups.push_back(g);
    }
    // A lone "doubled"/"tripled" with a from/to pair.
    if (sentence_factor > 0) {
      for (Group& g : groups) {
        if (g.rel < 0 && g.factor == 0 && (g.from >= 0 || g.prev_from) && g.to >= 0) {
          g.factor = sentence_factor;
        }
      }
    }
    return groups;
  }

  // Returns the change given to the members (nullopt when there was nothing to record).
  std::optional<ChangeInfo> ApplyGroup(const Analysis& a, const std::vector<Tok>& t,
                                       const std::vector<ParsedQuantity>& qs,
                  const Group& g, std::span<Claim> out) const {
    ChangeInfo ch;
    const ParsedQuantity* from = g.from >= 0 ? &qs[g.from] : g.prev_from;
    const ParsedQuantity* to = g.to >= 0 ? &qs[g.to] : nullptr;
    if (from && from->value) ch.from = *from->value;
    if (to && to->value) ch.to = *to->value;
    ch.direction = g.direction;
    if (ch.from && ch.to && *ch.from != *ch.to) ch.direction = *ch.to > *ch.from ? "up" : "down";
    double sign = ch.direction == "down" ? -1 : 1;
    double stated = 0, stated_round = 0.5;
    std::string stated_bound = "exact";
    bool have_stated = false;
    if (g.rel >= 0 && qs[g.rel].unit_kind == "percent" && qs[g.rel].value) {
      const ParsedQuantity& r = qs[g.rel];
      stated = std::fabs(*r.value) * (r.sign < 0 ? -1 : sign);
      stated_round = r.rounding;
      stated_bound = r.bound;
      have_stated = true;
    } else if (g.rel >= 0 && qs[g.rel].unit == "fold" && qs[g.rel].value) {
      // "grew sixfold", "rose 2.5-fold": a factor F is a change of (F - 1) * 100 percent.
      const ParsedQuantity& r = qs[g.rel];
      stated = (*r.value - 1) * 100 * (ch.direction == "down" ? -1 : 1);
      stated_round = r.word_number ? 50 : r.rounding * 100;
      stated_bound = r.bound;
      have_stated = true;
    } else if (g.rel >= 0 && qs[g.rel].fraction && !qs[g.rel].ratio && qs[g.rel].value &&
               qs[g.rel].unit_kind.empty()) {
      // "grew by a fifth", "cut by half": the fraction is the relative change.
      const ParsedQuantity& r = qs[g.rel];
      stated = std::round(*r.value * 100 * sign * 1e4) / 1e4;
      stated_round = 2.5;  // "a fifth" is loose: 17.5%..22.5%
      stated_bound = r.bound;
      have_stated = true;
    } else if (g.factor > 0) {
      stated = (g.factor - 1) * 100;
      stated_round = 10;  // "doubled" is loose: 90%..110%
      have_stated = true;
    }
    if (have_stated) ch.stated_percent = stated;
    if (ch.from && ch.to && *ch.from != 0) {
      numeric::Reading rf{*ch.from, from->rounding, from->bound};
      numeric::Reading rt{*ch.to, to->rounding, to->bound};
      numeric::ChangeCheck cc =
          numeric::CheckChange(rf, rt, have_stated ? stated : 0, stated_round, stated_bound);
      ch.computed_percent = cc.computed_percent;
      if (have_stated && cc.checkable) ch.consistent = cc.consistent;
    }
    // "stood at 23%, down 31 percentage points from a peak of 54.1%": a change in points
    // between two percentages is their difference, within the rounding of the three figures.
    if (g.rel >= 0 && qs[g.rel].unit == "percentage point" && qs[g.rel].value && ch.from && ch.to &&
        from->unit_kind == "percent" && to->unit_kind == "percent" && qs[g.rel].bound == "exact") {
      const double diff = std::fabs(*ch.to - *ch.from);
      const double slack = qs[g.rel].rounding + from->rounding + to->rounding + 1e-9;
      const bool ok = std::fabs(diff - std::fabs(*qs[g.rel].value)) <= slack;
      char detail[160];
      std::snprintf(detail, sizeof detail, "%g to %g is %.4g points, stated %g", *ch.from, *ch.to, diff,
                    std::fabs(*qs[g.rel].value));
      out[g.rel].numeric->checks.push_back(Check{"points_change", ok, detail});
    }
    if (!ch.from && !ch.to && !have_stated && ch.direction.empty()) return std::nullopt;
    // The measure of the change: the subject of the verb or "increase in NP"; shared by members.
    std::optional<std::string> measure;
    std::optional<Span> mspan;
    for (int idx : {g.rel, g.to, g.from}) {
      if (idx >= 0 && out[idx].numeric->measure) {
        measure = out[idx].numeric->measure;
        mspan = out[idx].numeric->measure_span;
        break;
      }
    }
    auto put = [&](int idx, const char* role) {
      if (idx < 0) return;
      NumericInfo& n = *out[idx].numeric;
      n.change = ch;
      n.change_role = role;
      if (!n.measure && measure) {
        n.measure = measure;
        n.measure_span = mspan;
      }
    };
    put(g.from, "from");
    put(g.to, "to");
    put(g.rel, "relative_change");
    (void)a;
    (void)t;
    return ch;
  }

  // Token range of the measure phrase of quantity qi ([b, e), empty if none).
  std::pair<int, int> Measure(const std::vector<Tok>& t, const std::vector<ParsedQuantity>& qs,
                              size_t qi) const {
    const ParsedQuantity& q = qs[qi];
    int n = static_cast<int>(t.size());
    auto np_after = [&](int b) {
      int e = b, words = 0;
      while (e < n && words < 6) {
        if (t[e].kind == TokKind::kWord) {
          if (words > 0 && IsFn(t[e]) && t[e].lower != "of") break;
          ++words;
          ++e;
        } else if ((IsP(t, e, '-') || IsP(t, e, '\'')) && !t[e].space_before) {
          ++e;
        } else {
          break;
        }
        if (InQuantity(qs, e)) break;
      }
      while (e > b && (L(t, e - 1) == "of" || IsFn(t[e - 1]))) --e;
      return std::make_pair(b, e);
    };
    // Counted noun phrase.
    if (q.noun_begin >= 0) {
      if ((q.fraction && !q.ratio) || q.vague) return np_after(q.noun_begin);
      return {q.noun_begin, q.noun_end};
    }
    // "a fiscal deficit target of 5.1% of gross domestic product", "debt of 120% of GDP":
    // a share of the economy measures the noun before it, not the economy.
    auto of_economy = [&](int b) {
      std::string_view w = L(t, b);
      return w == "gdp" || w == "gnp" || w == "gni" ||
             ((w == "gross" || w == "national") && (L(t, b + 1) == "domestic" || L(t, b + 1) == "national" ||
                                                   L(t, b + 1) == "income" || L(t, b + 1) == "output")) ||
             (w == "economic" && L(t, b + 1) == "output");
    };
    // "a target of 5.1%", "an unemployment rate of 4.2%": the noun phrase before "of".
    auto np_before_of = [&]() -> std::pair<int, int> {
      const int of = q.tok_begin - 1;
      std::string d;
      double f;
      if (L(t, of) != "of" || of < 1 || t[of - 1].kind != TokKind::kWord || IsFn(t[of - 1]) ||
          InQuantity(qs, of - 1) || ChangeWordEndingAt(t, of - 1, &d, &f, nullptr))
        return {0, 0};
      int b = of;
      while (b > 0 && of - b < 5 && t[b - 1].kind == TokKind::kWord && !IsFn(t[b - 1]) && !InQuantity(qs, b - 1))
        --b;
      return {b, of};
    };
    const bool share_of_economy = L(t, q.tok_end) == "of" && of_economy(q.tok_end + 1);
    if (share_of_economy) {
      auto r = np_before_of();
      if (r.second > r.first) return r;
    }
    // "98% of admissions", "$2m of funding", "eight months of confinement" (not a span of
    // time within another: "the first four months of the year", "of this year")
    auto of_time = [&](int b) {
      if (L(t, b) == "the" || L(t, b) == "this" || L(t, b) == "last" || L(t, b) == "next") ++b;
      return b < n && numeric::IsTimeUnitName(L(t, b));
    };
    if (L(t, q.tok_end) == "of" && !share_of_economy &&
        !(numeric::IsTimeUnitName(q.unit) && of_time(q.tok_end + 1))) {
      int b = q.tok_end + 1;
      if (L(t, b) == "the" || L(t, b) == "its" || L(t, b) == "their") ++b;
      auto r = np_after(b);
      // "34 of the country's 43 smelters": a part measures what its whole does.
      for (size_t j = qi + 1; j < qs.size(); ++j)
        if (qs[j].tok_begin >= r.first && qs[j].tok_begin <= r.second) {
          if (qs[j].noun_begin >= 0) return Measure(t, qs, j);
          break;
        }
      if (r.second > r.first) return r;
    }
    // "an increase in drug-related arrests - from X to Y": change noun + in/of + NP.
    for (int k = q.tok_begin - 1; k >= 0 && k >= q.tok_begin - 14; --k) {
      // (Not a time: "which had risen in December, fell by 30%".)
      if ((L(t, k) == "in" || L(t, k) == "of") && k > 0 && !InQuantity(qs, k + 1) &&
          !(k + 1 < n && t[k + 1].f->month)) {
        std::string d;
        double f;
        if (ChangeWordEndingAt(t, k - 1, &d, &f, nullptr)) {
          auto r = np_after(k + 1);
          if (r.second > r.first) return r;
        }
      }
    }
    // Subject of a change verb before the quantity: "Cambodia's prison population has risen by".
    int p = q.tok_begin - 1;
    if (L(t, p) == "by" || L(t, p) == "to" || L(t, p) == "from") --p;
    // "fell in August from 71 percent": a month between the verb and the quantity.
    if (p > 1 && t[p].f->month && L(t, p - 1) == "in") p -= 2;
    std::string d;
    double f;
    int vb = -1;
    if (ChangeWordEndingAt(t, p, &d, &f, &vb)) {
      int e = vb;
      static constexpr std::string_view kAux[] = {"has", "have", "had", "was", "were", "is", "are", "will",
                                   "would", "could", "may", "might", "also", "been", "be"};
      while (e > 0 && std::any_of(std::begin(kAux), std::end(kAux),
                                  [&](std::string_view x) { return L(t, e - 1) == x; })) {
        --e;
      }
      const int e_verb = e;
      // "Food inflation, which makes up nearly half of the basket, slowed to 3.8%",
      // "Industrial output, released separately, grew 3.8%": a relative clause or a
      // participle between commas stands between the subject and its verb.
      if (e > 2 && IsP(t, e - 1, ',')) {
        int c = e - 2;
        while (c > 0 && e - c < 16 && t[c].kind == TokKind::kWord) --c;
        if (c > 0 && e - c >= 3 && IsP(t, c, ',') && t[c - 1].kind == TokKind::kWord && !InQuantity(qs, c - 1)) {
          std::string_view w = L(t, c + 1);
          const bool relative = w == "which" || w == "who" || w == "whose";
          const bool participle = w.size() > 4 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing") &&
                                  !IsFn(t[c + 1]);
          // ("Coffee exports from Vietnam, the world's biggest producer, fell 18%": an
          // apposition, a noun phrase without a verb form)
          bool apposition = w == "the" || w == "a" || w == "an";
          for (int x = c + 2; x < e - 1 && apposition; ++x) {
            std::string_view y = L(t, x);
            apposition = !(y == "is" || y == "was" || y == "are" || y == "were" || y == "has" || y == "have" ||
                           y == "had" || y == "will" || y == "would");
          }
          if (relative || participle || apposition) e = c;
        }
      }
      // "Cases in England rose", "prices for rice fell", "exports through Santos fell",
      // "fees from advising clients", "sales at Walmart": a noun, then a preposition.
      // ("to" is left out: "invited Russia to dig".)
      auto subject_prep = [&](int k) {
        std::string_view w = L(t, k);
        return w == "in" || w == "for" || w == "through" || w == "from" || w == "at" || w == "among";
      };
      auto article = [&](int k) { return L(t, k) == "the" || L(t, k) == "a" || L(t, k) == "an"; };
      int b = e;
      while (b > 0 && e - b < 6) {
        int k = b - 1;
        if (t[k].kind == TokKind::kWord) {
          const bool in_for = subject_prep(k) && e - b > 0 && k > 0 && t[k - 1].kind == TokKind::kWord &&
                              !IsFn(t[k - 1]) && !InQuantity(qs, k - 1);
          // ("the subsidy from the regional government": an article after such a preposition)
          const bool det_after_prep = article(k) && e - b > 0 && k > 1 && subject_prep(k - 1) &&
                                      t[k - 2].kind == TokKind::kWord && !IsFn(t[k - 2]) && !InQuantity(qs, k - 2);
          if (IsFn(t[k]) && t[k].lower != "of" && !in_for && !det_after_prep) break;
          // "Last month prices rose": a time phrase before the subject is not part of it.
          if (k > 0 && (t[k].lower == "month" || t[k].lower == "week" || t[k].lower == "year" ||
                        t[k].lower == "quarter") &&
              (L(t, k - 1) == "last" || L(t, k - 1) == "this" || L(t, k - 1) == "next" || L(t, k - 1) == "past"))
            break;
          if (t[k].f->month && t[k].text[0] >= 'A' && t[k].text[0] <= 'Z') break;
        } else if (!((IsP(t, k, '-') || IsP(t, k, '\'') || IsP(t, k, '&')) && !t[k].space_before) &&
                   // ("The benchmark 10-year yield": a number in a compound; "the S&P 500
                   // index", "Model 3 sales": in a name)
                   !(t[k].kind == TokKind::kNumber && IsP(t, k + 1, '-') && !t[k + 1].space_before) &&
                   !(t[k].kind == TokKind::kNumber && k > 0 && t[k - 1].kind == TokKind::kWord &&
                     !t[k - 1].text.empty() && t[k - 1].text[0] >= 'A' && t[k - 1].text[0] <= 'Z')) {
          break;
        }
        if (InQuantity(qs, k)) break;
        b = k;
      }
      // (A phrase cut by the length limit does not open with a preposition or article:
      // "Cargo handled at the river port of Lenhaven rose" -> "river port of Lenhaven".)
      while (b < e && (L(t, b) == "of" || subject_prep(b) || article(b))) ++b;
      // (A subject cut at a coordination before the clause between commas is only its
      // last noun: "increases in tax credits for workers and parents, which ..., have
      // increased".)
      if (e != e_verb && b > 0 && (L(t, b - 1) == "and" || L(t, b - 1) == "or")) b = e;
      if (e > b) return {b, e};
    }
    // The object of a verb before the preposition of the quantity: "cut its full-year
    // profit forecast to 4.9 trillion yen", "raised the cap to $5,000" (a change verb, and a
    // determiner: not "fell sharply to"); "has kept its key repo rate at 6.50%", "held the
    // rate at 5%", "set the price at $20" (a verb that holds a level).
    {
      static constexpr std::string_view kHoldVerbs[] = {"kept", "keep", "keeps", "keeping", "held", "hold",
                                                        "holds", "holding", "left", "leaves", "leave",
                                                        "maintained", "maintains", "set", "sets", "fixed",
                                                        "capped", "caps", "pegged", "pegs"};
      const int v = q.tok_begin - 1;
      const bool to = L(t, v) == "to";
      if (to || L(t, v) == "at") {
        auto verb = [&](int k) {
          std::string d;
          double f;
          return to ? ChangeWordEndingAt(t, k, &d, &f, nullptr) != 0
                    : std::find(std::begin(kHoldVerbs), std::end(kHoldVerbs), t[k].lower) != std::end(kHoldVerbs);
        };
        for (int k = v - 2; k >= 0 && v - k <= 9; --k) {
          if (IsP(t, k, '-') && !t[k].space_before) continue;  // "full-year"
          if (t[k].kind != TokKind::kWord || InQuantity(qs, k)) break;
          if (!verb(k)) continue;
          int b = k + 1;
          while (b < v && (L(t, b) == "the" || L(t, b) == "its" || L(t, b) == "their" || L(t, b) == "his" ||
                           L(t, b) == "her" || L(t, b) == "our" || (!to && L(t, b) == "a")))
            ++b;
          bool np = b < v && (!to || b > k + 1);
          for (int x = b; x < v && np; ++x)
            np = t[x].kind == TokKind::kWord ? !IsFn(t[x]) || (!to && t[x].lower == "of")
                                             : (IsP(t, x, '-') || !to) && !t[x].space_before;
          if (np) return {b, v};
          break;
        }
      }
    }
    // "The unemployment rate was 4.2%", "The median hourly wage for a care worker was
    // £10.11", "Exports stood at $2 billion": the subject of a copula before the quantity.
    {
      int v = q.tok_begin - 1;
      if (L(t, v) == "at" || L(t, v) == "to") {
        std::string_view w = L(t, v - 1);
        v = (w == "stood" || w == "stands" || w == "amounted" || w == "came") ? v - 1 : -1;
      } else {
        std::string_view w = L(t, v);
        if (!(w == "is" || w == "was" || w == "were" || w == "are" || w == "totalled" || w == "totaled" ||
              w == "averaged"))
          v = -1;
      }
      // "The deficit for April-January stood at": a period after the head is no part of it.
      if (v > 3) {
        int x = v - 1;
        while (x > 0 && v - x <= 3 && (t[x].f->month || (IsP(t, x, '-') && !t[x].space_before))) --x;
        if (x < v - 1 && (L(t, x) == "for" || L(t, x) == "in" || L(t, x) == "during")) v = x;
      }
      if (v > 0) {
        int b = v, words = 0;
        while (b > 0 && words < 8) {
          const int k = b - 1;
          if (t[k].kind != TokKind::kWord || InQuantity(qs, k)) break;
          if (IsFn(t[k]) && t[k].lower != "of") {
            // "for a care worker": a determiner after a preposition inside the phrase.
            const bool det = t[k].lower == "a" || t[k].lower == "an" || t[k].lower == "the";
            std::string_view pw = L(t, k - 1);
            if (det && k > 1 && (pw == "for" || pw == "of" || pw == "in") && t[k - 2].kind == TokKind::kWord &&
                !IsFn(t[k - 2]) && words > 0) {
              b = k - 1;
              words += 2;
              continue;
            }
            if ((t[k].lower == "for" || t[k].lower == "in") && words > 0 && k > 0 && !IsFn(t[k - 1]) &&
                t[k - 1].kind == TokKind::kWord) {
              b = k;
              ++words;
              continue;
            }
            break;
          }
          if (t[k].f->month && t[k].text[0] >= 'A' && t[k].text[0] <= 'Z') break;
          b = k;
          ++words;
        }
        while (b < v && (L(t, b) == "of" || L(t, b) == "for" || L(t, b) == "in")) ++b;
        // Only for a quantity with a unit (not an age: "Garland was 63"), and not of a
        // person: the head is lower-case ("rate", "wage"), or a plural opening the
        // sentence ("Exports stood at").
        const Tok& head = t[v - 1];
        const bool lower_head = !head.text.empty() && !(head.text[0] >= 'A' && head.text[0] <= 'Z');
        // ("Turnout was 60.9%": one word opening the sentence before a percentage too)
        const bool plural_opening = b == 0 && v - b == 1 && head.lower.size() > 3 &&
                                    (head.lower.back() == 's' || q.unit_kind == "percent");
        // ("... four cups of coffee a day are about 20% less likely": a rate's time
        // word is no measure.)
        if (v > b && !q.unit.empty() && (lower_head || plural_opening) && !numeric::IsTimeUnitName(head.lower))
          return {b, v};
      }
    }
    // "a capacity of only 26,593", "a fine of $3 billion": the noun before "of".
    p = q.tok_begin - 1;
    if (L(t, p) == "only" || L(t, p) == "just") --p;
    if (L(t, p) == "of") {
      int e = p, b = p;
      while (b > 0 && e - b < 4 && t[b - 1].kind == TokKind::kWord &&
             !IsFn(t[b - 1]) && !InQuantity(qs, b - 1)) {
        --b;
      }
      // ("a rise of 17%": the change noun says what happened, not what was measured.)
      std::string cd;
      double cf;
      if (e > b && !(e - b == 1 && ChangeWordEndingAt(t, e - 1, &cd, &cf, nullptr))) return {b, e};
    }
    return {0, 0};
  }

  void SetMeasure(const Analysis& a, const std::vector<Tok>& t, int b, int e, Claim* c) const {
    // A pronoun is not a measure ("he's raised about $100,000").
    if (e - b == 1) {
      std::string_view w = t[b].lower;
      size_t ap = w.find('\'');
      if (ap != std::string::npos) w = w.substr(0, ap);
      if (lex_.function_words.count(w)) return;
    }
    Span sp = a.norm.ToOriginal(Span{t[b].start, t[e - 1].end});
    c->numeric->measure = std::string(sp.Of(a.text()));
    c->numeric->measure_span = sp;
  }

  // Units left out by ellipsis: "from 4.8 to 4.7 percent", "435 homes by sale and 187 by
  // tender", "16369.03, up 58.06 points". Durations and percents are never lent to bare numbers
  // outside a from/to pair.
  static void ShareUnits(const std::vector<Tok>& t, const std::vector<Group>& groups,
                         std::vector<ParsedQuantity>* qs) {
    auto bare = [](const ParsedQuantity& q) {
      return q.unit_kind.empty() && !q.word_number && !q.fraction && !q.vague;
    };
    auto lend = [](const ParsedQuantity& from, ParsedQuantity* to) {
      to->unit = from.unit;
      to->unit_kind = from.unit_kind;
    };
    // (in a from/to pair a word number too: "four return trips, down from nine")
    auto bare_level = [](const ParsedQuantity& q) { return q.unit_kind.empty() && !q.fraction && !q.vague; };
    for (const Group& g : groups) {
      if (g.from < 0 || g.to < 0) continue;
      ParsedQuantity& f = (*qs)[g.from];
      ParsedQuantity& t = (*qs)[g.to];
      if (bare_level(f) && !t.unit_kind.empty()) lend(t, &f);
      if (bare_level(t) && !f.unit_kind.empty()) lend(f, &t);
    }
    int n = static_cast<int>(qs->size());
    for (int i = 0; i < n; ++i) {
      ParsedQuantity& q = (*qs)[i];
      if (!bare(q)) continue;
      const ParsedQuantity* donor = nullptr;
      for (int j = i - 1; j >= 0 && !donor; --j) {
        const ParsedQuantity& d = (*qs)[j];
        // counted nouns only from close by: "435 homes by open sale and 187 by tender", or
        // to a number that "who" follows ("68400 people who ... and 95800 who ...")
        bool near = q.tok_begin - d.tok_end <= 8 ||
                    (q.tok_end < static_cast<int>(t.size()) && t[q.tok_end].lower == "who");
        if ((d.unit_kind == "unit" || (d.unit_kind == "count" && near)) && !numeric::IsTimeUnitName(d.unit) &&
            d.unit != "fold") {
          donor = &d;
        }
      }
      if (!donor && i + 1 < n) {  // "16369.03, up 58.06 points": only the very next one
        const ParsedQuantity& d = (*qs)[i + 1];
        if (d.unit_kind == "unit" && !numeric::IsTimeUnitName(d.unit) && d.unit != "fold" &&
            d.tok_begin - q.tok_end <= 3) {
          donor = &d;
        }
        // "34 of the country's 43 smelters": a part counts what its whole counts.
        if (d.unit_kind == "count" && q.tok_end < static_cast<int>(t.size()) && t[q.tok_end].lower == "of" &&
            d.tok_begin - q.tok_end <= 5)
          donor = &d;
      }
      if (donor) lend(*donor, &q);
    }
  }

  // "promised 120 million zlotys in October. So far we have received 45 million.": a
  // bare scaled amount is in the currency of the last scaled amount before it, in its
  // sentence or the one before. (Not a conversion in brackets: "2.2 billion shekels
  // ($590 million) and 71 million".)
  static void CarryCurrency(const std::vector<Tok>& t, const std::vector<ParsedQuantity>& prev_qs,
                            std::vector<ParsedQuantity>* qs) {
    const ParsedQuantity* donor = nullptr;
    auto lends = [](const ParsedQuantity& d) { return d.unit_kind == "currency" && !d.scale_text.empty(); };
    for (auto it = prev_qs.rbegin(); it != prev_qs.rend() && !donor; ++it)
      if (lends(*it)) donor = &*it;
    for (ParsedQuantity& q : *qs) {
      if (lends(q)) {
        if (!IsP(t, q.tok_begin - 1, '(')) donor = &q;
        continue;
      }
      if (donor && q.unit_kind.empty() && !q.scale_text.empty() && q.value && !q.word_number && !q.fraction &&
          !q.vague && q.noun_begin < 0) {
        q.unit = donor->unit;
        q.unit_kind = donor->unit_kind;
      }
    }
  }

  // "12 of the 20 members": a part cannot exceed its whole.
  void ShareChecks(const std::vector<Tok>& t, const std::vector<ParsedQuantity>& qs,
                   std::span<Claim> out) const {
    for (size_t qi = 0; qi + 1 < qs.size(); ++qi) {
      const ParsedQuantity& a = qs[qi];
      const ParsedQuantity& b = qs[qi + 1];
      // "12 of the 20 members", "two defendants of the 30", "four of the six delegates" (the
      // counted noun of a word number may stand after the whole)
      int k = a.noun_end >= 0 && L(t, a.tok_end) != "of" ? a.noun_end : a.tok_end;
      if (L(t, k) != "of") continue;
      ++k;
      if (L(t, k) == "the" || L(t, k) == "those" || L(t, k) == "these") ++k;
      if (k != b.tok_begin || !a.value || !b.value || a.unit_kind == "percent" || a.fraction) continue;
      bool ok = *a.value <= *b.value;
      out[qi].numeric->checks.push_back(
          Check{"share_of_total", ok, ok ? "part <= total" : "part > total"});
    }
    // "17,245 votes, or 53.1% of the 32,474 valid votes cast": the stated percentage of a
    // stated total, checked within the rounding of the printed figures.
    for (size_t qi = 0; qi + 2 < qs.size(); ++qi) {
      const ParsedQuantity& part = qs[qi];
      const ParsedQuantity& pct = qs[qi + 1];
      const ParsedQuantity& tot = qs[qi + 2];
      if (!part.value || !pct.value || !tot.value || pct.unit_kind != "percent" || part.unit_kind == "percent" ||
          tot.unit_kind == "percent" || part.fraction || tot.fraction || *tot.value <= 0)
        continue;
      int k = part.noun_end > part.tok_end ? part.noun_end : part.tok_end;
      if (!(IsP(t, k, ',') && L(t, k + 1) == "or" && k + 2 == pct.tok_begin)) continue;
      int m = pct.tok_end;
      if (L(t, m) != "of") continue;
      ++m;
      if (L(t, m) == "the" || L(t, m) == "all" || L(t, m) == "its" || L(t, m) == "their") ++m;
      if (m != tot.tok_begin) continue;
      const double share = *part.value / *tot.value * 100;
      // (the part and the total may be rounded too)
      const double lo = (*part.value - part.rounding) / (*tot.value + tot.rounding) * 100;
      const double hi = (*part.value + part.rounding) / std::max(*tot.value - tot.rounding, 1e-9) * 100;
      const bool ok = *pct.value + pct.rounding + 1e-9 >= lo && *pct.value - pct.rounding - 1e-9 <= hi;
      char detail[96];
      std::snprintf(detail, sizeof detail, "%.15g / %.15g = %.2f%%", *part.value, *tot.value, share);
      out[qi + 1].numeric->checks.push_back(Check{"percent_of_total", ok, detail});
    }
  }

  // A stated total and its parts: "a total of 60 cases, including 40 in the north and 12 in
  // the south" (parts <= total), "60 cases: 48 confirmed and 12 suspected" or "48 confirmed and
  // 12 suspected cases, 60 in total" (parts = total). The parts are the quantities after the
  // list word (or before the total) that count the same thing: the same unit, or counts.
  void SumChecks(const std::vector<Tok>& t, const std::vector<ParsedQuantity>& qs,
                 std::span<Claim> out) const {
    int nq = static_cast<int>(qs.size());
    auto usable = [](const ParsedQuantity& q) {
      return q.value && !q.fraction && !q.vague && q.unit_kind != "percent" && !numeric::IsTimeUnitName(q.unit);
    };
    // Parts count the same thing as the total: the same unit, counted noun or currency
    // ("410 from the town" has "patients" by ellipsis), and none exceeds the total.
    // After an explicit list word, counted parts may name subgroups ("1,200 people, including
    // 800 engineers and 300 designers").
    auto same = [](const ParsedQuantity& tot, const ParsedQuantity& p, bool listed) {
      if (p.unit.empty() || p.unit_kind != tot.unit_kind || *p.value > *tot.value) return false;
      return p.unit == tot.unit || (listed && p.unit_kind == "count");
    };
    auto slack = [](const ParsedQuantity& q) {
      double r = q.rounding;
      if (q.bound != "exact") r += std::fabs(*q.value) * 0.03;
      return r;
    };
    for (int ti = 0; ti < nq; ++ti) {
      const ParsedQuantity& tot = qs[ti];
      if (!usable(tot)) continue;
      int b = tot.tok_begin, e = tot.noun_end > tot.tok_end ? tot.noun_end : tot.tok_end;
      bool marked = (L(t, b - 2) == "total" && L(t, b - 1) == "of") || L(t, b - 1) == "totalling" ||
                    L(t, b - 1) == "totaling" || (L(t, e) == "in" && L(t, e + 1) == "total") ||
                    L(t, e) == "altogether";
      // The list word after the total: "including" (a subset), ":" / "comprising" (all of it).
      int list = -1;
      bool subset = false, colon = false;  // a colon lists parts of the same noun only
      for (int k = e; k < static_cast<int>(t.size()) && k <= e + 3; ++k) {
        std::string_view w = L(t, k);
        if (w == "including" || w == "includes" ||
            (w == "of" && (L(t, k + 1) == "which" || L(t, k + 1) == "whom"))) {
          list = k;
          subset = true;
          break;
        }
        if (IsP(t, k, ':') || w == "comprising" || (w == "made" && L(t, k + 1) == "up")) {
          list = k;
          colon = IsP(t, k, ':');
          break;
        }
      }
      std::vector<int> parts;
      if (list >= 0) {
        for (int pj = ti + 1; pj < nq; ++pj) {
          if (qs[pj].tok_begin < list) continue;
          if (!usable(qs[pj]) || !same(tot, qs[pj], !colon)) break;
          parts.push_back(pj);
        }
      } else if (marked && (L(t, e) == "in" || L(t, e) == "altogether")) {
        // parts before "... , 60 in total"
        for (int pj = ti - 1; pj >= 0; --pj) {
          if (!usable(qs[pj]) || !same(tot, qs[pj], false)) break;
          parts.push_back(pj);
        }
      }
      if (parts.size() < 2 || (list < 0 && !marked)) continue;
      std::sort(parts.begin(), parts.end());
      double sum = 0, tol = slack(tot);
      std::string detail = "parts ";
      for (size_t k = 0; k < parts.size(); ++k) {
        const ParsedQuantity& p = qs[parts[k]];
        sum += *p.value;
        tol += slack(p);
        char buf[48];
        std::snprintf(buf, sizeof buf, "%s%g", k ? " + " : "", *p.value);
        detail += buf;
      }
      bool ok = subset ? sum <= *tot.value + tol : std::fabs(sum - *tot.value) <= tol;
      char buf[96];
      std::snprintf(buf, sizeof buf, " = %g, total %g (%s)", sum, *tot.value,
                    subset ? "parts <= total" : "parts = total");
      detail += buf;
      out[ti].numeric->checks.push_back(Check{"sum", ok, detail});
    }
  }

  NumericLexicon lex_;
  std::vector<Tok> toks_;  // the current sentence's tokens (kept for its capacity)
  int pub_day_ = 0;        // day of the publication date (1..31), 0 when not known
  // FindChanges' per-quantity roles, directions, factors and pairing marks (likewise).
  std::vector<int> change_role_;
  std::vector<std::string> change_dir_;
  std::vector<double> change_factor_;
  std::vector<char> change_used_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> CreateNumericExtractor() {
  Result<NumericLexicon> lex = NumericLexicon::Load();
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Extractor>(new NumericExtractor(std::move(lex).value()));
}

}  // namespace claimkit

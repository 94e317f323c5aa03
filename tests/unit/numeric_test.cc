// Numeric claims: tokenizer, quantity parser, change checks, lexicon errors, and the extractor
// on short articles written for the project (corpus/numbers_*.txt). Expectations checked by hand.
#include <doctest/doctest.h>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "claimkit/pipeline.h"
#include "extractors/numeric_check.h"
#include "extractors/numeric_lexicon.h"
#include "extractors/numeric_parse.h"
#include "extractors/registry.h"

namespace claimkit {
namespace {

using numeric::NumericLexicon;
using numeric::ParsedQuantity;

const NumericLexicon& Lex() {
  static const NumericLexicon lex = [] {
    Result<NumericLexicon> l = NumericLexicon::Load();
    REQUIRE(l.ok());
    return std::move(l).value();
  }();
  return lex;
}

std::vector<ParsedQuantity> Parse(const std::string& s) {
  std::string lower;
  return numeric::ParseQuantities(numeric::Tokenize(s, 0, Lex(), &lower), Lex());
}

std::string TextOf(const std::string& s, const ParsedQuantity& q) {
  return s.substr(q.start, q.end - q.start);
}

TEST_CASE("numeric: tokenizer keeps numbers with separators whole") {
  std::string lower;
  auto t = numeric::Tokenize("about 10,000 and 816 000 or 1'000 at .5 US$1.5bn", 0, Lex(), &lower);
  std::vector<std::string> texts;
  for (auto& k : t) texts.emplace_back(k.text);
  CHECK(texts == std::vector<std::string>{"about", "10,000", "and", "816 000", "or", "1'000", "at",
                                          ".5", "US", "$", "1.5", "bn"});
  CHECK(numeric::DigitValue("10,000") == 10000);
  CHECK(numeric::DigitValue("816 000") == 816000);
  CHECK(numeric::DigitValue(".5") == 0.5);
  CHECK_FALSE(t[9].space_before);  // "$" glued to "US"
}

TEST_CASE("numeric: DigitValue reads what strtod reads of the digits and the point") {
  std::mt19937 rng(9);
  const char parts[] = "0123456789.,' 9";
  for (int i = 0; i < 200000; ++i) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 20);
    for (int k = 0; k < n; ++k) s += parts[rng() % (sizeof parts - 1)];
    std::string clean;
    for (char c : s) {
      if ((c >= '0' && c <= '9') || c == '.') clean += c;
    }
    CAPTURE(s);
    REQUIRE(numeric::DigitValue(s) == std::strtod(clean.c_str(), nullptr));
  }
}

TEST_CASE("numeric: MayHoldQuantity is true exactly when a digit or a number or scale word is there") {
  // The definition, byte by byte: a digit, or a maximal run of ASCII letters that is (lower-
  // cased) a number word or a scale word.
  auto naive = [](std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= '0' && c <= '9') return true;
      if (!std::isalpha(c)) {
        ++i;
        continue;
      }
      std::string w;
      for (; i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])); ++i) {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
      }
      if (Lex().number_words.count(w) || Lex().scales.count(w)) return true;
    }
    return false;
  };
  // Pieces around the tests' edges: number and scale words, near misses, capitals, bytes
  // that are letters or digits only after a wrong lower-casing or sign (0x80 + 'a', 0xB0 +
  // '0'), runs glued to them; texts of 0..300 bytes cross the 64-byte blocks.
  const char* pieces[] = {"one", "Million", "dozens", "ones", "tone", "bn", "the ", "report",
                          " ", ", ", "\xC3\xA9", "\xE2\x80\x9C", "\xE1", "\xB5", "@", "[",
                          "`", "{", "/", ":", "x", "Z", "\x7F", "-", "Hundred", "thousands"};
  std::mt19937 rng(3);
  const size_t kPieces = sizeof pieces / sizeof pieces[0];
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const int n = static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) s += pieces[rng() % kPieces];
    if (rng() % 8 == 0) s.insert(rng() % (s.size() + 1), std::string(1, static_cast<char>('0' + rng() % 10)));
    CAPTURE(s);
    REQUIRE(Lex().MayHoldQuantity(s) == naive(s));
  }
}

TEST_CASE("numeric: values, bounds and units") {
  struct Case {
    const char* text;
    const char* qtext;
    double value;
    const char* bound;
    const char* unit;
  };
  const Case cases[] = {
      {"They interviewed more than 30 alleged drug users.", "more than 30", 30, "more_than",
       "alleged drug users"},
      {"It fell to about 17,000 a year later.", "about 17,000", 17000, "approx", ""},
      {"The deal is worth US$1.5bn.", "US$1.5bn", 1.5e9, "exact", "USD"},
      {"He paid 4,000 riel for it.", "4,000 riel", 4000, "exact", "KHR"},
      {"Shares fell 0.9% on Friday.", "0.9%", 0.9, "exact", "percent"},
      {"Growth was 5 per cent last year.", "5 per cent", 5, "exact", "percent"},
      {"The car reaches 87 mph.", "87 mph", 87, "exact", "mile per hour"},
      {"Up to 14 players left.", "Up to 14", 14, "at_most", "players"},
      {"A fine of 10.5 million Australian dollars.", "10.5 million Australian dollars", 10.5e6,
       "exact", "AUD"},
      {"There were fifty-one people.", "fifty-one", 51, "exact", "people"},
      {"Some 300 songs were recorded.", "Some 300", 300, "approx", "songs"},
      {"It has 30 or more branches.", "30 or more", 30, "at_least", "branches"},
      {"There are 431 facilities across the country.", "431", 431, "exact", "facilities"},
      {"The index is down 2 percentage points.", "2 percentage points", 2, "exact",
       "percentage point"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    auto qs = Parse(c.text);
    REQUIRE(qs.size() == 1);
    CHECK(TextOf(c.text, qs[0]) == c.qtext);
    REQUIRE(qs[0].value.has_value());
    CHECK(*qs[0].value == doctest::Approx(c.value));
    CHECK(qs[0].bound == c.bound);
    CHECK(qs[0].unit == c.unit);
  }
}

TEST_CASE("numeric: ranges and vague magnitudes") {
  std::string s = "The crackdown left anywhere between 5,100-12,000 people dead.";
  auto qs = Parse(s);
  REQUIRE(qs.size() == 1);
  CHECK_FALSE(qs[0].value.has_value());
  CHECK(*qs[0].low == 5100);
  CHECK(*qs[0].high == 12000);
  CHECK(qs[0].bound == "range");

  s = "There are four to five thousand people.";
  qs = Parse(s);
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].low == 4000);
  CHECK(*qs[0].high == 5000);

  s = "Prices range from $370,000 to $5.5 million.";
  qs = Parse(s);
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].low == 370000);
  CHECK(*qs[0].high == 5.5e6);

  s = "A market carrying tens of billions of dollars of product.";
  qs = Parse(s);
  REQUIRE(qs.size() == 1);
  CHECK(TextOf(s, qs[0]) == "tens of billions of dollars");
  CHECK(*qs[0].value == 1e10);
  CHECK(*qs[0].low == 1e10);
  CHECK(*qs[0].high == 1e11);
  CHECK(qs[0].bound == "at_least");
  CHECK(qs[0].unit == "USD");

  s = "Dozens of people were hurt.";
  qs = Parse(s);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].bound == "at_least");
  CHECK(qs[0].unit == "people");
  CHECK(Parse("They met the dozens interviewed.").empty());  // a vague word needs "of"
}

TEST_CASE("numeric: scales, compounds, shared units") {
  auto qs = Parse("There were 4 hundred million people.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 4e8);
  qs = Parse("There are twenty-eight thousand six hundred forty-two students.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 28642);
  qs = Parse("A meal costs eight or nine euros.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].unit == "EUR");
  CHECK(qs[1].unit == "EUR");
  qs = Parse("It makes sub-7 nanometer chips.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].bound == "less_than");
  CHECK(qs[0].unit == "nanometre");
  qs = Parse("Temperatures hit 40C and shares rose to 164p.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].unit == "celsius");
  CHECK(qs[1].unit == "penny");
  qs = Parse("They back it by an 80%-10% margin.");  // two figures, not a range
  REQUIRE(qs.size() == 2);
  CHECK(*qs[0].value == 80);
  CHECK(*qs[1].value == 10);
}

TEST_CASE("numeric: from X to Y is a change after a change verb, a range otherwise") {
  auto qs = Parse("Arrests rose from 10,000 in 2016 to about 17,000 a year later.");
  REQUIRE(qs.size() == 2);
  CHECK(*qs[0].value == 10000);
  CHECK(*qs[1].value == 17000);
  qs = Parse("Fines run from $250,000 to $1 million.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].bound == "range");
}

TEST_CASE("numeric: what is not a quantity") {
  const char* none[] = {
      "He arrived on May 14, 2020.",
      "The meeting starts at 2.15pm.",
      "The launch is at 11 a.m. on Friday.",
      "It was founded in 2016.",
      "The fiscal 2012-13 budget passed.",
      "They won 2-1 at home.",
      "A 9-2 lead in the ninth.",
      "The 45-year-old minister resigned.",
      "The 22nd amendment was debated in the 1990s.",
      "The COVID-19 summit of the G20 opened.",
      "The S&P 500 closed higher.",
      "Tesla sold the Model 3 there.",
      "See page 12 of the report.",
      "She lives at 10 Downing Street.",
      "Visit www.example.com/2020/page7 today.",
      "Call 555-1234 now.",
      "It was one of the best days.",
      "He tore the card in half.",
      "The 787 Dreamliner flew.",
      "Jane Doe, 45, said so.",
      "Networks moved to 5G quickly.",
  };
  for (const char* cs : none) {
    std::string s = cs;
    CAPTURE(s);
    auto qs = Parse(s);
    CHECK(qs.empty());
    for (auto& q : qs) CAPTURE(TextOf(s, q));
  }
}

TEST_CASE("numeric: unit letters that are ordinary words do not become units") {
  auto qs = Parse("The 100m sprint and a $5m grant.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].unit == "metre");
  CHECK(*qs[1].value == 5e6);
  CHECK(qs[1].unit == "USD");
  qs = Parse("About 20 in the room left at 5 pm.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].unit.empty());
}

TEST_CASE("numeric: change checks allow the rounding of printed figures") {
  using numeric::Reading;
  // 21,900 -> over 38,990 stated as +78%: 78.04% computed.
  auto c = numeric::CheckChange(Reading{21900, 50, "exact"}, Reading{38990, 5, "more_than"}, 78, 0.5);
  CHECK(c.checkable);
  CHECK(c.consistent);
  CHECK(c.computed_percent == doctest::Approx(78.04));
  // CONTRACT.md: 4.7% with $48.8bn -> $51.2bn is consistent (4.71% reachable).
  c = numeric::CheckChange(Reading{48.8e9, 0.05e9, "exact"}, Reading{51.2e9, 0.05e9, "exact"}, 4.7, 0.05);
  CHECK(c.consistent);
  // 100 -> 150 is not a 20% rise.
  c = numeric::CheckChange(Reading{100, 0.5, "exact"}, Reading{150, 0.5, "exact"}, 20, 0.5);
  CHECK_FALSE(c.consistent);
  CHECK(c.computed_percent == doctest::Approx(50));
}

TEST_CASE("numeric: lexicon errors name file and line") {
  std::map<std::string, std::string> files = {
      {"bounds.tsv", "#format\t1\nabout\tapprox\tpre\nnearly\tclose\tpre\n"}};
  auto r = NumericLexicon::FromContents(files);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message.find("bounds.tsv:3:") != std::string::npos);
  files = {{"number_words.tsv", "one\t1\tunit\none\t1\tunit\n"}};
  r = NumericLexicon::FromContents(files);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message.find("number_words.tsv:2: duplicate") != std::string::npos);
}

// ---- The extractor on the corpus articles.

std::string ReadCorpus(const std::string& name) {
  std::ifstream in(std::string(CLAIMKIT_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Claim> NumericClaims(const std::string& text, const std::string& published = "") {
  DocumentMeta meta;
  meta.id = "doc";
  meta.published = published;
  Document doc(text, meta);
  Analyzer analyzer;
  Result<Analysis> a = analyzer.Analyze(doc);
  REQUIRE(a.ok());
  auto ex = Extractors::Create();
  REQUIRE(ex.ok());
  std::vector<Claim> out;
  for (Claim& c : ex.value()->Run(a.value())) {
    if (c.kind == "numeric") out.push_back(std::move(c));
  }
  // Every span maps back to the original bytes.
  for (const Claim& c : out) {
    CHECK(c.numeric->quantity.text == std::string(c.numeric->quantity.span.Of(text)));
  }
  return out;
}

const Claim* Find(const std::vector<Claim>& cs, const std::string& qtext) {
  for (const Claim& c : cs) {
    if (c.numeric->quantity.text == qtext) return &c;
  }
  return nullptr;
}

TEST_CASE("numeric extractor: agency commodities copy (corpus/wire_commodities.txt)") {
  std::string text = ReadCorpus("wire_commodities.txt");
  REQUIRE(!text.empty());
  auto cs = NumericClaims(text);
  // dropped to $195 million from $231 million: a change with no stated percent
  const Claim* to = Find(cs, "$195 million");
  REQUIRE(to);
  REQUIRE(to->numeric->change);
  CHECK(*to->numeric->change->from == 231e6);
  CHECK(*to->numeric->change->to == 195e6);
  CHECK(!to->numeric->change->stated_percent);
  CHECK(*to->numeric->measure == "Export earnings");
  // a with-phrase inside the reported clause: the speaker is the source
  const Claim* ha = Find(cs, "more than 30,000 hectares");
  REQUIRE(ha);
  CHECK(ha->numeric->quantity.bound == "more_than");
  REQUIRE(ha->numeric->source);
  CHECK(ha->numeric->source->name == "Le Thanh Tung");
  // $440-$450 a tonne: a range, checked
  const Claim* range = Find(cs, "$440-$450");
  REQUIRE(range);
  CHECK(*range->numeric->quantity.low == 440);
  CHECK(*range->numeric->quantity.high == 450);
  CHECK(*range->numeric->quantity.unit == "USD");
  // the clause before ", X said at a meeting on Wednesday" is X's
  const Claim* dong = Find(cs, "1.2 trillion dong");
  REQUIRE(dong);
  CHECK(*dong->numeric->quantity.value == 1.2e12);
  CHECK(*dong->numeric->quantity.unit == "VND");
  REQUIRE(dong->numeric->source);
  CHECK(dong->numeric->source->name == "Trinh Dinh Dung");
  const Claim* usd = Find(cs, "about $51 million");
  REQUIRE(usd);
  CHECK(usd->numeric->quantity.bound == "approx");
  const Claim* pct = Find(cs, "about 30%");
  REQUIRE(pct);
  REQUIRE(pct->numeric->change);
  CHECK(*pct->numeric->change->stated_percent == -30);
}

TEST_CASE("numeric extractor: Indian wire copy (corpus/wire_floods.txt)") {
  std::string text = ReadCorpus("wire_floods.txt");
  REQUIRE(!text.empty());
  auto cs = NumericClaims(text);
  const Claim* crore = Find(cs, "Rs 45 crore");
  REQUIRE(crore);
  CHECK(*crore->numeric->quantity.value == 45e7);
  CHECK(*crore->numeric->quantity.unit == "INR");
  const Claim* lakh = Find(cs, "some 1.2 lakh hectares");
  REQUIRE(lakh);
  CHECK(*lakh->numeric->quantity.value == 120000);
  CHECK(lakh->numeric->quantity.bound == "approx");
  // the clause before ", the state agriculture department estimated," is the department's
  REQUIRE(lakh->numeric->source);
  CHECK(lakh->numeric->source->name == "the state agriculture department");
  const Claim* times = Find(cs, "nearly three times");
  REQUIRE(times);
  CHECK(*times->numeric->quantity.unit == "fold");
  CHECK(!times->numeric->measure.has_value());
  const Claim* third = Find(cs, "about a third");
  REQUIRE(third);
  CHECK(*third->numeric->quantity.value == doctest::Approx(1.0 / 3));
  const Claim* fund = Find(cs, "2,000 crore rupees");
  REQUIRE(fund);
  CHECK(*fund->numeric->quantity.value == 2e10);
  REQUIRE(fund->numeric->source);
  CHECK(fund->numeric->source->name == "Rajnath Singh");
  // "N times" is a count of occasions unless a comparison follows
  auto c2 = NumericClaims("Speech\n\nHe mentioned the wall 44 times. Prices are five times higher than in 2010.\n");
  const Claim* occ = Find(c2, "44");
  REQUIRE(occ);
  CHECK(*occ->numeric->quantity.unit == "times");
  const Claim* mult = Find(c2, "five times");
  REQUIRE(mult);
  CHECK(*mult->numeric->quantity.unit == "fold");
}

TEST_CASE("numeric extractor: prices article (corpus/numbers_prices.txt)") {
  std::string text = ReadCorpus("numbers_prices.txt");
  REQUIRE(!text.empty());
  auto cs = NumericClaims(text);
  CHECK(cs.size() == 10);
  // risen by 25%, from 2,000 riel to about 2,500 riel: +25.0%, consistent; source the ministry
  const Claim* rel = Find(cs, "25%");
  REQUIRE(rel);
  REQUIRE(rel->numeric->change);
  CHECK(*rel->numeric->change->from == 2000);
  CHECK(*rel->numeric->change->to == 2500);
  CHECK(*rel->numeric->change->stated_percent == 25);
  CHECK(*rel->numeric->change->consistent);
  CHECK(*rel->numeric->change_role == "relative_change");
  CHECK(*rel->numeric->measure == "price of milled rice");
  REQUIRE(rel->numeric->source);
  CHECK(rel->numeric->source->name == "Ministry of Commerce");
  const Claim* to = Find(cs, "about 2,500 riel");
  REQUIRE(to);
  CHECK(*to->numeric->quantity.unit == "KHR");
  CHECK(to->numeric->quantity.bound == "approx");
  CHECK(*to->numeric->change_role == "to");
  // fell 7% to $2.3 billion in 2019; "a year later, that figure had dropped to $1.9 billion"
  const Claim* bn = Find(cs, "$2.3 billion");
  REQUIRE(bn);
  CHECK(bn->numeric->time->value == "2019");
  CHECK(*bn->numeric->change->stated_percent == -7);
  const Claim* later = Find(cs, "$1.9 billion");
  REQUIRE(later);
  CHECK(later->numeric->time->value == "2020");
  CHECK(*later->numeric->change->from == 2.3e9);
  CHECK(*later->numeric->measure == "Exports");
  // inside Sok Dara's quote
  const Claim* half = Find(cs, "nearly half");
  REQUIRE(half);
  REQUIRE(half->numeric->source);
  CHECK(half->numeric->source->name == "Sok Dara");
  CHECK(half->numeric->source->quote_id.has_value());
  const Claim* range = Find(cs, "Between 40 and 60");
  REQUIRE(range);
  CHECK(*range->numeric->quantity.low == 40);
  CHECK(*range->numeric->quantity.high == 60);
  CHECK(range->numeric->checks.size() == 1);
  const Claim* ha = Find(cs, "More than 3,000 hectares");
  REQUIRE(ha);
  CHECK(*ha->numeric->quantity.unit == "hectare");
  // nothing from the caption's date
  for (const Claim& c : cs) CHECK(c.section != "caption");
}

TEST_CASE("numeric extractor: dates, names, scores are not claims (corpus/numbers_not_claims.txt)") {
  std::string text = ReadCorpus("numbers_not_claims.txt");
  REQUIRE(!text.empty());
  auto cs = NumericClaims(text);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].numeric->quantity.text == "300");
  CHECK(*cs[0].numeric->quantity.unit == "people");
  CHECK(cs[0].numeric->time->value == "2018");
}

TEST_CASE("numeric extractor: 'that number' links to the figure in the sentence before") {
  auto cs = NumericClaims(
      "In 2016, about 3,400 people were sent to the camps. A year later, that number had jumped "
      "to more than 8,700.\n");
  REQUIRE(cs.size() == 2);
  REQUIRE(cs[0].numeric->change);
  CHECK(*cs[0].numeric->change_role == "from");
  CHECK(*cs[1].numeric->change_role == "to");
  CHECK(*cs[1].numeric->change->from == 3400);
  CHECK(*cs[1].numeric->change->to == 8700);
  CHECK(cs[1].numeric->change->direction == "up");
  CHECK(cs[0].numeric->time->value == "2016");
  CHECK(cs[1].numeric->time->value == "2017");
}

TEST_CASE("numeric extractor: a month without a year takes the publication year") {
  auto cs = NumericClaims("Sales reached 1,200 units in May and 900 units on April 3.\n", "2020-05-14");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].numeric->time->value == "2020-05");
  CHECK(cs[1].numeric->time->value == "2020-04-03");
}

TEST_CASE("numeric extractor: 'this year' and 'last year' use the publication date") {
  auto cs = NumericClaims(
      "Visitors fell to 1,200 as of March this year, from 1,500 late last year.\n", "2020-05-14");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].numeric->time->value == "2020-03");
  CHECK(cs[1].numeric->time->value == "2019");
}


TEST_CASE("numeric: multipliers") {
  struct Case {
    const char* text;
    const char* qtext;
    double value;
    const char* bound;
  };
  const Case cases[] = {
      {"Sales were twice as high in the north.", "twice", 2, "exact"},
      {"Revenue grew more than sixfold in a decade.", "more than sixfold", 6, "more_than"},
      {"Prices rose three-fold after the drought.", "three-fold", 3, "exact"},
      {"Output rose 2.5-fold over the year.", "2.5-fold", 2.5, "exact"},
      {"The risk is tenfold higher for smokers.", "tenfold", 10, "exact"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    auto qs = Parse(c.text);
    REQUIRE(qs.size() == 1);
    CHECK(TextOf(c.text, qs[0]) == c.qtext);
    REQUIRE(qs[0].value.has_value());
    CHECK(*qs[0].value == doctest::Approx(c.value));
    CHECK(qs[0].bound == c.bound);
    CHECK(qs[0].unit == "fold");
  }
  // "twice" as an adverb of frequency is not a factor
  CHECK(Parse("Voters there backed him twice.").empty());
  CHECK(Parse("Buyers may want to think twice.").empty());
  auto qs = Parse("A jet would have cost more than twice as much.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].bound == "more_than");
}

TEST_CASE("numeric: fractions N/D, 'one in five', 'one fourth'") {
  struct Case {
    const char* text;
    const char* qtext;
    double value;
    const char* unit;
  };
  const Case cases[] = {
      {"The recipe needs 3/4 of a cup of sugar.", "3/4 of a cup", 0.75, "cup"},
      {"They walked a quarter of a mile.", "a quarter of a mile", 0.25, "mile"},
      {"Add half a litre of milk.", "half a litre", 0.5, "litre"},
      {"A fluid ounce is 1/16 of a US pint.", "1/16 of a US pint", 0.0625, "pint"},
      {"Add 1/2 litre of water.", "1/2 litre", 0.5, "litre"},
      {"One in five adults smokes.", "One in five", 0.2, ""},
      {"About 1 in 4 voters stayed home.", "About 1 in 4", 0.25, ""},
      {"One out of three tenants rents.", "One out of three", 1.0 / 3, ""},
      {"One fourth of the population is vaccinated.", "One fourth", 0.25, ""},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    auto qs = Parse(c.text);
    REQUIRE(qs.size() == 1);
    CHECK(TextOf(c.text, qs[0]) == c.qtext);
    REQUIRE(qs[0].value.has_value());
    CHECK(*qs[0].value == doctest::Approx(c.value));
    CHECK(qs[0].unit == c.unit);
  }
  // Slashed numbers without "of" or a unit stay dates and codes; a ratio needs a larger second
  // number that is not a year and has no unit.
  for (const char* s : {"The 9/11 attacks changed air travel.", "The desk is open 24/7.",
                        "They met on 3/4 at noon.", "It rose 1 in 2019.",
                        "He scored 2 in 10 minutes."}) {
    CAPTURE(s);
    for (const ParsedQuantity& q : Parse(s)) CHECK_FALSE(q.fraction);
  }
}

TEST_CASE("numeric extractor: ratios, multipliers and sums (corpus/numbers_ratios.txt)") {
  std::string text = ReadCorpus("numbers_ratios.txt");
  REQUIRE(!text.empty());
  auto cs = NumericClaims(text);
  CHECK(cs.size() == 13);
  // one in five, down from one out of three: a change between two ratios
  const Claim* one_in_five = Find(cs, "One in five");
  REQUIRE(one_in_five);
  CHECK(*one_in_five->numeric->quantity.value == doctest::Approx(0.2));
  CHECK(*one_in_five->numeric->measure == "adults");
  CHECK(*one_in_five->numeric->change_role == "to");
  const Claim* third = Find(cs, "one out of three");
  REQUIRE(third);
  CHECK(*third->numeric->quantity.value == doctest::Approx(1.0 / 3));
  CHECK(*third->numeric->change_role == "from");
  CHECK(third->numeric->change->direction == "down");
  // a total of 640 patients, including 410 and 180: 590 <= 640, consistent
  const Claim* total = Find(cs, "640");
  REQUIRE(total);
  CHECK(*total->numeric->quantity.unit == "patients");
  REQUIRE(total->numeric->checks.size() == 1);
  CHECK(total->numeric->checks[0].kind == "sum");
  CHECK(total->numeric->checks[0].consistent);
  // 96 beds: 60 + 30 = 90 is not 96
  const Claim* beds = Find(cs, "96");
  REQUIRE(beds);
  REQUIRE(beds->numeric->checks.size() == 1);
  CHECK(beds->numeric->checks[0].kind == "sum");
  CHECK_FALSE(beds->numeric->checks[0].consistent);
  // grew more than threefold to $1.2 million: a relative change of +200%
  const Claim* fold = Find(cs, "more than threefold");
  REQUIRE(fold);
  CHECK(*fold->numeric->quantity.unit == "fold");
  CHECK(fold->numeric->quantity.bound == "more_than");
  REQUIRE(fold->numeric->change);
  CHECK(*fold->numeric->change->stated_percent == doctest::Approx(200));
  CHECK(*fold->numeric->change_role == "relative_change");
  const Claim* million = Find(cs, "$1.2 million");
  REQUIRE(million);
  CHECK(*million->numeric->change_role == "to");
  const Claim* frac = Find(cs, "3/4");
  REQUIRE(frac);
  CHECK(*frac->numeric->quantity.value == doctest::Approx(0.75));
  const Claim* litre = Find(cs, "1/2 litre");
  REQUIRE(litre);
  CHECK(*litre->numeric->quantity.unit == "litre");
  const Claim* twice = Find(cs, "twice");
  REQUIRE(twice);
  CHECK(*twice->numeric->quantity.value == 2);
  // a quoted term is a label, not a count: "two separate queues"
  CHECK(Find(cs, "two") == nullptr);
}

TEST_CASE("numeric extractor: a number word opening quoted speech is kept") {
  auto cs = NumericClaims("\"Two people died in the fire,\" the officer said.\n");
  CHECK(Find(cs, "Two") != nullptr);
}

TEST_CASE("numeric: parts of a group, folded symbols, spaced currency prefixes") {
  auto qs = Parse("Two of the defendants were released.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].unit == "defendants");
  qs = Parse("It has 35m of its devices in homes.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].unit == "devices");
  // A word number takes the noun of the counted whole ("Twelve" alone would be dropped).
  qs = Parse("Twelve of the 20 members voted.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].unit == "members");
  CHECK(qs[1].unit == "members");
  // ASCII-folded feeds write the pound sign as "PS"
  qs = Parse("The package was worth up to PS2.7m.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].unit == "GBP");
  CHECK(*qs[0].value == 2.7e6);
  CHECK(Parse("He bought a PS4 in May.").empty());
  qs = Parse("Revenue rose to HK $3.7 billion.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].unit == "HKD");
}

TEST_CASE("numeric: duration attributes, eras and halves of a period are not claims") {
  for (const char* s : {"The award comes with a five-year $700000 grant.",
                        "They signed a two-month contract.", "Watch the 10-second clip.",
                        "The temple was built in A.D. 1000.", "The city fell in 300 BC.",
                        "He scored in the second half of the game."}) {
    CAPTURE(s);
    for (const ParsedQuantity& q : Parse(s)) {
      CHECK(q.unit != "year");
      CHECK(q.unit != "month");
      CHECK(q.unit != "second");
      CHECK_FALSE(q.fraction);
      CHECK(*q.value != 1000);
      CHECK(*q.value != 300);
    }
  }
  // a duration that is itself the quantity stays
  auto qs = Parse("The probe flew for a five-year, 1.8 billion-mile trip.");
  REQUIRE(!qs.empty());
  CHECK(qs[0].unit == "year");
}

TEST_CASE("numeric: scientific notation") {
  struct Case {
    const char* text;
    const char* qtext;
    double value;
    const char* unit;
  };
  const Case cases[] = {
      {"Light travels 2.998×10^8 metres per second.", "2.998×10^8 metres per second", 2.998e8,
       "metre per second"},
      {"The mass is approximately 1.99×10−30 kilograms.", "approximately 1.99×10−30 kilograms",
       1.99e-30, "kilogram"},
      {"A mole holds 6.022×10²³ particles.", "6.022×10²³", 6.022e23, "particles"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    auto qs = Parse(c.text);
    REQUIRE(qs.size() == 1);
    CHECK(TextOf(c.text, qs[0]) == c.qtext);
    REQUIRE(qs[0].value.has_value());
    CHECK(*qs[0].value == doctest::Approx(c.value));
    CHECK(qs[0].unit == c.unit);
  }
}

TEST_CASE("numeric: reference marks and list numbers are not claims") {
  CHECK(Parse("Turnout rose from 2 to 9 points. [538]").size() == 2);
  CHECK(Parse("3. EXPERTS DOWNPLAY THE LAUNCH.").empty());
  auto qs = Parse("3 people were hurt.");  // a sentence-initial count stays
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].unit == "people");
}

TEST_CASE("numeric: a conversion in brackets keeps the bound of the figure it restates") {
  auto qs = Parse("The moths fly more than 100 kilometers (60 miles).");
  REQUIRE(qs.size() == 2);
  CHECK(qs[1].bound == "more_than");
  qs = Parse("It makes just under 296 hp (224 kW / 300 PS).");
  REQUIRE(qs.size() == 3);
  CHECK(qs[1].bound == "less_than");
  CHECK(qs[2].bound == "less_than");
  CHECK(qs[2].unit == "horsepower");
  qs = Parse("Panels are weaker, at lower than 8.90 ksi.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].bound == "less_than");
}

TEST_CASE("numeric extractor: stated sums need parts that count the same thing") {
  auto cs = NumericClaims("The firm employs 1,200 people, including 800 engineers and 300 designers.\n");
  const Claim* tot = Find(cs, "1,200");
  REQUIRE(tot);
  REQUIRE(tot->numeric->checks.size() == 1);
  CHECK(tot->numeric->checks[0].kind == "sum");
  CHECK(tot->numeric->checks[0].consistent);
  // a colon lists the same noun only; 'among' is not a list word
  cs = NumericClaims("They held three beliefs: that marriage is between one man and one woman.\n");
  for (const Claim& c : cs) CHECK(c.numeric->checks.empty());
  cs = NumericClaims("Another 24 delegates are divided among the 8 districts, 3 delegates each.\n");
  for (const Claim& c : cs) {
    for (const Check& k : c.numeric->checks) CHECK(k.kind != "sum");
  }
}

TEST_CASE("numeric extractor: a fraction after 'by' is a relative change") {
  auto fifth = NumericClaims("Container traffic grew by almost a fifth last year.");
  const Claim* c = Find(fifth, "almost a fifth");
  REQUIRE(c);
  CHECK(c->numeric->quantity.bound == "approx");
  REQUIRE(c->numeric->change);
  CHECK(*c->numeric->change->stated_percent == doctest::Approx(20));
  auto third = NumericClaims("Exports fell by a third to $2 billion from $3 billion.");
  const Claim* t = Find(third, "a third");
  REQUIRE(t);
  REQUIRE(t->numeric->change);
  CHECK(*t->numeric->change->stated_percent == doctest::Approx(-33.3333));
  REQUIRE(t->numeric->change->consistent);
  CHECK(*t->numeric->change->consistent);
  // "in half" and a fraction with no noun and no "by" stay out.
  CHECK(NumericClaims("He tore the letter in half.").empty());
}

TEST_CASE("issue_3: stock index names in any case are names") {
  for (const char* s : {"the sp 500 closed higher and the ftse 100 slipped.",
                        "The Nikkei 225 and the Russell 2000 rallied."}) {
    CAPTURE(s);
    CHECK(Parse(s).empty());
  }
}

TEST_CASE("issue_3: per-game averages, torque, parts per million, barrels a day, m.p.h.") {
  struct Case {
    const char* text;
    double value;
    const char* unit;
  };
  const Case cases[] = {
      {"He averaged 15.3 ppg last season.", 15.3, "point per game"},
      {"She added 7.4 rpg off the bench.", 7.4, "rebound per game"},
      {"The engine makes 275 pound-feet of torque.", 275, "pound-foot"},
      {"Levels reached 1200 parts per million.", 1200, "part per million"},
      {"A 52,000 barrel-a-day refinery closed.", 52000, "barrel per day"},
      {"The cars topped out at about 80 m.p.h. on the flat.", 80, "mile per hour"},
      {"They leased a 5,125-square-foot shop.", 5125, "square foot"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto qs = Parse(c.text);
    REQUIRE(qs.size() == 1);
    CHECK(*qs[0].value == doctest::Approx(c.value));
    CHECK(qs[0].unit == c.unit);
  }
}

TEST_CASE("issue_3: era pairs, 'twice as' before a name, ranges of ages are not claims") {
  for (const char* s : {"The fort was built between A.D. 1000 and 1260.",
                        "Smith scored twice as Leeds won at home.",
                        "It matches a 200,000 to-260,000 year-old skull.",
                        "The camp takes 10- to 12-year-olds."}) {
    CAPTURE(s);
    CHECK(Parse(s).empty());
  }
  // "twice as" before an adjective is still a factor.
  auto qs = Parse("It is twice as loud as a horn.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].unit == "fold");
}

TEST_CASE("issue_3: 'from X up to Y' without a change verb is a range") {
  std::string s = "Flats range in size from 450 sq ft up to 900 sq ft.";
  auto qs = Parse(s);
  REQUIRE(qs.size() == 1);
  CHECK(TextOf(s, qs[0]) == "450 sq ft up to 900 sq ft");
  CHECK(*qs[0].low == 450);
  CHECK(*qs[0].high == 900);
  CHECK(qs[0].bound == "range");
  // after a change verb it stays two levels
  CHECK(Parse("Sales climbed from 450 units up to 900 units.").size() == 2);
}

TEST_CASE("issue_3: a unit letter written apart keeps its number but is not a unit") {
  for (const char* s : {"The wax melts at 12 C in the sun.", "It ships with a 5 W charger.",
                        "A litre costs 18 R."}) {
    CAPTURE(s);
    auto qs = Parse(s);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].unit.empty());
  }
  CHECK(Parse("The 787 Dreamliner flew.").empty());  // a capital word after is still a name
}

// Each text holds exactly one quantity, with this unit.
void CheckOneUnit(std::initializer_list<std::pair<const char*, const char*>> cases) {
  for (const auto& [text, unit] : cases) {
    CAPTURE(text);
    auto qs = Parse(text);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].unit == unit);
  }
}

TEST_CASE("issue_3: an initialism is a modifier of the counted noun, a letter counts nothing") {
  CheckOneUnit({
      {"Officials met five U.S. envoys on Monday.", "U.S. envoys"},
      {"They reviewed about 9,000 K-1 visas last year.", "K-1 visas"},
      {"The stock fell 68 p to close lower.", ""},
  });
}

TEST_CASE("issue_3: a spaced hyphen between numbers is a range, not a phone number") {
  auto qs = Parse("The usual dose is 100 - 1000 a day.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].low == 100);
  CHECK(*qs[0].high == 1000);
  CHECK(Parse("Call 555-1234 now.").empty());
}

TEST_CASE("issue_3: words in -ous, -us and -is are not plural counted nouns") {
  CheckOneUnit({
      {"They held two previous votes.", "previous votes"},
      {"Here are nine ridiculous claims.", "ridiculous claims"},
      {"It had three various options.", "various options"},
  });
}

TEST_CASE("issue_3: a word number counts the noun after the number of the whole") {
  std::string s = "She won three of the previous four contests and nine of the 13 seats.";
  auto qs = Parse(s);
  REQUIRE(qs.size() == 4);
  CHECK(TextOf(s, qs[0]) == "three");
  CHECK(qs[0].unit == "contests");
  CHECK(qs[1].unit == "contests");
  CHECK(TextOf(s, qs[2]) == "nine");
  CHECK(qs[2].unit == "seats");
  auto claims = NumericClaims("Sanders won four of the six delegates at stake.");
  const Claim* c = Find(claims, "four");
  REQUIRE(c);
  REQUIRE(c->numeric->checks.size() == 1);
  CHECK(c->numeric->checks[0].kind == "share_of_total");
  CHECK(c->numeric->checks[0].consistent);
}

TEST_CASE("issue_3: a pair of year-like numbers before a noun is still a pair of years") {
  CHECK(Parse("Between 1600 and 1900 world temperatures fell.").empty());
  CHECK(Parse("Prices were flat from 1990 to 2000 overall.").empty());
}

TEST_CASE("issue_3: a measure between a number and its counted noun") {
  std::string s = "The plant will fill eight million 250ml bottles a week.";
  auto qs = Parse(s);
  REQUIRE(qs.size() == 2);
  CHECK(TextOf(s, qs[0]) == "eight million");
  CHECK(qs[0].unit == "bottles");
  CHECK(qs[1].unit == "millilitre");
}

TEST_CASE("issue_3: a number followed by 'who' borrows the counted noun said before") {
  auto cs = NumericClaims(
      "The survey found 6,400 people who had moved twice in a decade and, in a later round of "
      "questions asked of every household in the region, 9,800 who had never moved.");
  const Claim* c = Find(cs, "9,800");
  REQUIRE(c);
  REQUIRE(c->numeric->quantity.unit);
  CHECK(*c->numeric->quantity.unit == "people");
}

TEST_CASE("issue_3: a spaced capital scale letter before a plural counted noun") {
  auto qs = Parse("The world has about 8 B people.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 8e9);
  CHECK(qs[0].unit == "people");
  qs = Parse("She ran 100 m in the final.");  // no plural noun after: not a scale
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 100);
  CHECK(Parse("He took Plan B seriously.").empty());
}

TEST_CASE("issue_3: 'to Y% from X%' is a change between two percent levels") {
  auto cs = NumericClaims("The tax was cut to 10 percent from 12 percent in 2010.");
  const Claim* to = Find(cs, "10 percent");
  const Claim* from = Find(cs, "12 percent");
  REQUIRE(to);
  REQUIRE(from);
  REQUIRE(to->numeric->change);
  CHECK(*to->numeric->change->from == 12);
  CHECK(*to->numeric->change->to == 10);
  CHECK(to->numeric->change->direction == "down");
  REQUIRE(from->numeric->change_role);
  CHECK(*from->numeric->change_role == "from");
}

TEST_CASE("issue_3: a code number after a count word is part of a name") {
  std::string s = "The airline grounded two new 737 Max jets.";
  auto qs = Parse(s);
  REQUIRE(qs.size() == 1);
  CHECK(TextOf(s, qs[0]) == "two");
  // without the count word the number counts the plural noun
  qs = Parse("The party has 49 Republican senators.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 49);
}

TEST_CASE("issue_3: word numbers written apart, minus before words, plus or minus is a margin") {
  auto qs = Parse("Forty six percent backed the plan.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 46);
  qs = Parse("It was minus five degrees at dawn.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == -5);
  qs = Parse("The margin of error is plus or minus 3.4 percentage points.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 3.4);
  // "two-day" is its own compound: no 22
  for (const ParsedQuantity& q : Parse("They booked twenty two-day trips.")) CHECK(*q.value != 22);
}

TEST_CASE("issue_3: round figures joined by a hyphen are a range, other digit pairs a phone number") {
  auto qs = Parse("The usual range is 1000-5000 a year.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].low == 1000);
  CHECK(*qs[0].high == 5000);
  CHECK(Parse("Call 2345-6789 for tickets.").empty());
  CHECK(Parse("Call 020-7946 for tickets.").empty());
}

TEST_CASE("issue_3: a fraction of a scale word is one number") {
  struct Case {
    const char* text;
    const char* qtext;
    double value;
    const char* unit;
  };
  const Case cases[] = {
      {"Half a million people marched.", "Half a million", 5e5, "people"},
      {"They owe nearly a quarter of a trillion dollars.",
       "nearly a quarter of a trillion dollars", 2.5e11, "USD"},
      {"The city lost three quarters of a million residents.", "three quarters of a million",
       7.5e5, "residents"},
      {"Half a dozen donors left.", "Half a dozen", 6, "donors"},
      {"She called half a dozen HP directors.", "half a dozen", 6, "HP directors"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto qs = Parse(c.text);
    REQUIRE(qs.size() == 1);
    CHECK(TextOf(c.text, qs[0]) == c.qtext);
    CHECK(*qs[0].value == doctest::Approx(c.value));
    CHECK(qs[0].unit == c.unit);
    CHECK_FALSE(qs[0].fraction);
  }
}

TEST_CASE("issue_3: 'm' before a dimension adjective is metres, not millions") {
  auto qs = Parse("The wall is 2.5m high and he is 1.8m tall.");
  REQUIRE(qs.size() == 2);
  CHECK(*qs[0].value == 2.5);
  CHECK(qs[0].unit == "metre");
  CHECK(*qs[1].value == 1.8);
  qs = Parse("Sales hit 1.8m units.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 1.8e6);
}

TEST_CASE("issue_3: 'nine in 10' and 'four out of 10' are ratios with a word numerator") {
  std::string s = "Nine in 10 voters agreed and about four out of 10 said so twice.";
  auto qs = Parse(s);
  REQUIRE(qs.size() >= 2);
  CHECK(TextOf(s, qs[0]) == "Nine in 10");
  CHECK(*qs[0].value == doctest::Approx(0.9));
  CHECK(TextOf(s, qs[1]) == "about four out of 10");
  CHECK(*qs[1].value == doctest::Approx(0.4));
  // not over a year or a measure
  for (const char* t : {"Two in 2016 left.", "They scored three in 10 minutes."}) {
    CAPTURE(t);
    for (const ParsedQuantity& q : Parse(t)) CHECK_FALSE(q.ratio);
  }
}

TEST_CASE("issue_3: a counted noun phrase may have four words") {
  auto qs = Parse("A group of more than 50 conservative foreign policy experts signed.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].unit == "conservative foreign policy experts");
}

TEST_CASE("issue_3: numbers in markup attribute values are not claims") {
  CHECK(Parse("<tweet author=\"x\" timestamp=\"1469635200\">Hello</tweet>").empty());
  auto qs = Parse("He said \"300 people\" came.");  // a quoted figure in prose stays
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 300);
}

TEST_CASE("issue_3: a currency word joined by a hyphen; an age after a name at the end") {
  std::string s = "He got a 300-euro fine.";
  auto qs = Parse(s);
  REQUIRE(qs.size() == 1);
  CHECK(TextOf(s, qs[0]) == "300-euro");
  CHECK(qs[0].unit == "EUR");
  CHECK(Parse("The firm is run by his sons, Lachlan, 44, and James, 43.").empty());
}

TEST_CASE("issue_3: years before 1800 after a date preposition are dates") {
  for (const char* t : {"The nation was founded in 1776.", "It dates from 1789.",
                        "The Massachusetts Constitution of 1780 came first.",
                        "The town grew from 1600 to 1750 slowly.",
                        "Its border ran from 1600 to 1750 unchanged."}) {
    CAPTURE(t);
    CHECK(Parse(t).empty());
  }
  CHECK(Parse("Prices will go up by an average of 1500.").size() == 1);
  CHECK(Parse("The error showed up in 1500 cases.").size() == 1);
}

TEST_CASE("issue_3: list markers '1)' and ages in a list with semicolons are not claims") {
  CHECK(Parse("She 1) read the note, 2) smiled and 3) left.").empty());
  CHECK(Parse("His children are Ann, 34; Tom, 32; and Sue, 22.").empty());
  auto qs = Parse("The fund (worth 12) grew.");  // a bracket opened before: not a marker
  REQUIRE(qs.size() == 1);
}

TEST_CASE("issue_3: a hyphenated pair going down is a score or ratio, not a range") {
  for (const char* t : {"He compiled a record of 216-146 over his career.",
                        "She won by nearly 3-to-1 in the state.",
                        "Many cases were decided by 5-to-4 votes."}) {
    CAPTURE(t);
    CHECK(Parse(t).empty());
  }
  auto qs = Parse("Estimates run 5,100-12,000 deaths.");  // going up: a range
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].bound == "range");
}

TEST_CASE("issue_3: Indian digit grouping (lakh, crore) is one number") {
  std::string lower;
  auto t = numeric::Tokenize("Rs 12,34,567 and 10,00,00,000 but 1,2,3", 0, Lex(), &lower);
  std::vector<std::string> texts;
  for (auto& k : t) texts.emplace_back(k.text);
  CHECK(texts == std::vector<std::string>{"Rs", "12,34,567", "and", "10,00,00,000", "but", "1", ",",
                                          "2", ",", "3"});
  auto qs = Parse("The fine is 1,00,000 rupees.");
  REQUIRE(qs.size() == 1);
  CHECK(*qs[0].value == 100000);
  CHECK(qs[0].unit == "INR");
}

TEST_CASE("issue_3: titles and names with a number are not claims ('60 Minutes', 'One Nation')") {
  for (const char* t : {"In an interview with CBS News' 60 Minutes, she said the port would reopen.",
                        "The film 13 Hours opens on Friday.",
                        "The party, One Nation, won seats."}) {
    CAPTURE(t);
    for (const auto& q : Parse(t)) CHECK(q.value.value_or(0) != 60);
    for (const auto& q : Parse(t)) CHECK(q.value.value_or(0) != 13);
    for (const auto& q : Parse(t)) CHECK(q.value.value_or(0) != 1);
  }
  // Measured time, units written with capitals by right, and a ratio stay claims.
  REQUIRE(Parse("The ships waited for 60 minutes.").size() == 1);
  REQUIRE(Parse("The panel refreshes at 120Hz.").size() == 1);
  REQUIRE(Parse("Polls show that, Six in 10 Voters agree.").size() == 1);
}

TEST_CASE("issue_3: an unresolved pronoun is no source of a number") {
  auto cs = NumericClaims(
      "Harbour\n\nThe council met on Monday.\n\n"
      "\"We moved 40 ships last week,\" we were told by the dockers.\n\n"
      "The harbour master, who said 12 ships were waiting, left early.\n");
  const Claim* a = Find(cs, "12");
  REQUIRE(a != nullptr);
  if (a->numeric->source) CHECK(a->numeric->source->name != "who");
  for (const Claim& c : cs)
    if (c.numeric->source) {
      CHECK(c.numeric->source->name != "we");
      CHECK(c.numeric->source->name != "who");
    }
}

}  // namespace
TEST_CASE("issue_3: 'over' and a span of time after a change or an amount is its period, not a bound") {
  auto cs = NumericClaims(
      "Harbour\n\nThe port offered a 4% rise over two years. Prices fell 10 percent over five years. "
      "Fees rose 3 per cent over six months. The state will invest $30 billion over 10 years. "
      "Over 300 people came. He has worked there for over two years.\n");
  const std::pair<const char*, const char*> expected[] = {{"two years", "exact"},
                                                         {"five years", "exact"},
                                                         {"six months", "exact"},
                                                         {"10 years", "exact"},
                                                         {"$30 billion", "exact"},
                                                         {"Over 300", "more_than"},
                                                         {"over two years", "more_than"}};
  for (const auto& [text, bound] : expected) {
    CAPTURE(text);
    const Claim* c = Find(cs, text);
    REQUIRE(c != nullptr);
    CHECK(c->numeric->quantity.bound == bound);
  }
}

TEST_CASE("issue_3: the subject of a copula before a quantity with a unit is its measure") {
  auto cs = NumericClaims(
      "Pay\n\nThe median hourly wage for a care worker was \xC2\xA3" "10.11 in March. The unemployment rate was 4.2% in May. "
      "Exports stood at $2 billion last year. Judge Garland was 63.\n");
  const std::pair<const char*, const char*> expected[] = {{"\xC2\xA3" "10.11", "median hourly wage for a care worker"},
                                                         {"4.2%", "unemployment rate"},
                                                         {"$2 billion", "Exports"}};
  for (const auto& [text, measure] : expected) {
    CAPTURE(text);
    const Claim* c = Find(cs, text);
    REQUIRE(c != nullptr);
    CHECK(c->numeric->measure.value_or("") == measure);
  }
  const Claim* age = Find(cs, "63");
  if (age) CHECK(!age->numeric->measure.has_value());
}

TEST_CASE("issue_3: 'from X to Y, a rise of about 17%' and 'raised fares by 17% from X to Y' check the stated percent") {
  auto cs = NumericClaims(
      "Fares\n\nThe council raised fares from \xC2\xA3" "1.80 to \xC2\xA3" "2.10, a rise of about 17%.\n\n"
      "The board raised tolls by 25% from $4 to $5.\n\n"
      "His revenue increased from $362 million in 2014 to $557 million in 2015, an increase of almost $200 million.\n");
  const Claim* a = Find(cs, "about 17%");
  REQUIRE(a);
  REQUIRE(a->numeric->change);
  CHECK(*a->numeric->change->from == doctest::Approx(1.8));
  CHECK(*a->numeric->change->to == doctest::Approx(2.1));
  CHECK(*a->numeric->change->stated_percent == 17);
  CHECK(*a->numeric->change->consistent);
  CHECK(!a->numeric->measure.has_value());  // not "rise"
  const Claim* b = Find(cs, "25%");
  REQUIRE(b);
  REQUIRE(b->numeric->change);
  CHECK(*b->numeric->change->from == 4);
  CHECK(*b->numeric->change->consistent);
  const Claim* c = Find(cs, "$362 million");
  REQUIRE(c);
  CHECK(c->numeric->measure.value_or("") == "revenue");
  const Claim* d = Find(cs, "almost $200 million");
  REQUIRE(d);
  CHECK(d->numeric->measure.value_or("") != "almost");
}

TEST_CASE("issue_3: 'voted to raise fares from X to Y' is a change; 'raised $235 million' is money raised") {
  auto cs = NumericClaims(
      "Fares\n\nThe council voted to raise single fares from $1.80 to $2.10.\n\n"
      "The campaign raised more than $235 million last year.\n");
  const Claim* a = Find(cs, "$1.80");
  REQUIRE(a);
  REQUIRE(a->numeric->change);
  CHECK(*a->numeric->change->to == doctest::Approx(2.1));
  CHECK(a->numeric->quantity.bound == "exact");
  const Claim* b = Find(cs, "more than $235 million");
  REQUIRE(b);
  CHECK(!b->numeric->change.has_value());
}

TEST_CASE("issue_3: currencies of Africa, Europe and the Gulf in words") {
  auto cs = NumericClaims("Money\n\nThe authority lost 40 million cedis. Fees rose to 500 Kenyan shillings, "
                          "2,000 Swedish kronor and 300 Saudi riyals.\n");
  const std::pair<const char*, const char*> expected[] = {{"40 million cedis", "GHS"},
                                                         {"500 Kenyan shillings", "KES"},
                                                         {"2,000 Swedish kronor", "SEK"},
                                                         {"300 Saudi riyals", "SAR"}};
  for (const auto& [text, code] : expected) {
    CAPTURE(text);
    const Claim* c = Find(cs, text);
    REQUIRE(c != nullptr);
    CHECK(c->numeric->quantity.unit.value_or("") == code);
  }
}

TEST_CASE("issue_3: 'since 2019' starts a period; it is not the time of a figure") {
  auto cs = NumericClaims("Buses\n\nPassenger numbers have fallen by roughly a quarter since 2019. Fares rose 5% in 2023.\n");
  const Claim* a = Find(cs, "roughly a quarter");
  REQUIRE(a);
  CHECK(!a->numeric->time.has_value());
  const Claim* b = Find(cs, "5%");
  REQUIRE(b);
  REQUIRE(b->numeric->time);
  CHECK(b->numeric->time->value == "2023");
}

TEST_CASE("issue_3: 'last month' and 'two years ago' resolve against the publication date") {
  auto cs = NumericClaims("Prices\n\nLast month prices rose 2%. Two years ago, 1,200 people were held.\n", "2023-06-14");
  const Claim* a = Find(cs, "2%");
  REQUIRE(a);
  REQUIRE(a->numeric->time);
  CHECK(a->numeric->time->value == "2023-05");
  CHECK(a->numeric->measure.value_or("") == "prices");
  const Claim* b = Find(cs, "1,200");
  REQUIRE(b);
  REQUIRE(b->numeric->time);
  CHECK(b->numeric->time->value == "2021");
}

TEST_CASE("issue_3: a weekday is the last such day up to the publication date") {
  auto cs = NumericClaims("Markets\n\nOn Sunday the index fell 1.5%. Shares gained 3% on Monday. It rose 2% on Wednesday.\n",
                          "2023-06-14");  // a Wednesday
  const std::pair<const char*, const char*> expected[] = {{"1.5%", "2023-06-11"}, {"3%", "2023-06-12"}, {"2%", "2023-06-14"}};
  for (const auto& [text, date] : expected) {
    CAPTURE(text);
    const Claim* c = Find(cs, text);
    REQUIRE(c != nullptr);
    REQUIRE(c->numeric->time);
    CHECK(c->numeric->time->value == date);
  }
  // without a publication date, no date
  auto c2 = NumericClaims("Markets\n\nOn Sunday the index fell 1.5%.\n");
  REQUIRE(Find(c2, "1.5%"));
  CHECK(!Find(c2, "1.5%")->numeric->time.has_value());
}

TEST_CASE("issue_3: a span of months ('between January and October 2023') gives the year as time") {
  auto cs = NumericClaims("Wages\n\nThe federation surveyed 1,250 workers at 47 factories between January and October 2023. "
                          "Exports rose 4% in October 2023.\n");
  const Claim* a = Find(cs, "47");
  REQUIRE(a);
  REQUIRE(a->numeric->time);
  CHECK(a->numeric->time->value == "2023");
  const Claim* b = Find(cs, "4%");
  REQUIRE(b);
  REQUIRE(b->numeric->time);
  CHECK(b->numeric->time->value == "2023-10");
}

TEST_CASE("issue_3: 'rose by 40% between 2010 and 2020, from X to Y' is one checked change") {
  auto cs = NumericClaims("Admissions\n\nThe figures are new.\n\n"
                          "Cases in England rose by 40% between 2010 and 2020, from 21,000 to 29,400 admissions.\n");
  const Claim* p = Find(cs, "40%");
  REQUIRE(p);
  REQUIRE(p->numeric->change);
  CHECK(p->numeric->change->from.value_or(0) == doctest::Approx(21000));
  CHECK(p->numeric->change->to.value_or(0) == doctest::Approx(29400));
  CHECK(p->numeric->change->consistent == true);
  CHECK(p->numeric->measure.value_or("") == "Cases in England");  // not "England"
  const Claim* a = Find(cs, "21,000");
  REQUIRE(a);
  REQUIRE(a->numeric->time);
  CHECK(a->numeric->time->value == "2010");  // the old level's year
  const Claim* b = Find(cs, "29,400");
  REQUIRE(b);
  REQUIRE(b->numeric->time);
  CHECK(b->numeric->time->value == "2020");
}

TEST_CASE("issue_3: an -ed verb after a number is no counted noun; 'the 53 wounded' is") {
  auto cs = NumericClaims("Study\n\nThe cohort was large.\n\n"
                          "Of those, 3,600 developed chronic liver disease. Of the 53 wounded, 23 remained in hospital. "
                          "People who walk an hour a day are about 20% less likely to fall.\n");
  const Claim* a = Find(cs, "3,600");
  REQUIRE(a);
  CHECK(!a->numeric->quantity.unit.has_value());
  const Claim* b = Find(cs, "53");
  REQUIRE(b);
  CHECK(b->numeric->quantity.unit.value_or("") == "wounded");
  const Claim* c = Find(cs, "about 20%");
  REQUIRE(c);
  CHECK(c->numeric->measure.value_or("") != "day");
}

TEST_CASE("issue_3: a part of a counted whole counts and measures the same ('34 of the country's 43 smelters')") {
  auto cs = NumericClaims("Smelters\n\nPower is costly.\n\nThe association said 34 of the country's 43 smelters relied on "
                          "coal. Sanders won 84 percent of young voters under 29.\n");
  const Claim* a = Find(cs, "34");
  REQUIRE(a);
  CHECK(a->numeric->quantity.unit.value_or("") == "smelters");
  CHECK(a->numeric->measure.value_or("") == "smelters");  // not "country's"
  const Claim* b = Find(cs, "84 percent");
  REQUIRE(b);
  CHECK(b->numeric->measure.value_or("") == "young voters");
}

TEST_CASE("numeric extractor: agency court report and commodity story (corpus/wire_court.txt, wire_nickel.txt)") {
  std::string court = ReadCorpus("wire_court.txt");
  REQUIRE(!court.empty());
  auto cs = NumericClaims(court);
  const Claim* usd = Find(cs, "$4.2 million");
  REQUIRE(usd);
  CHECK(*usd->numeric->quantity.value == 4.2e6);
  CHECK(*usd->numeric->quantity.unit == "USD");
  const Claim* assets = Find(cs, "1.1 billion");
  REQUIRE(assets);
  REQUIRE(assets->numeric->change);
  CHECK(assets->numeric->change->from.value_or(0) == doctest::Approx(815e6));
  CHECK(assets->numeric->change->to.value_or(0) == doctest::Approx(1.1e9));
  CHECK(assets->numeric->change->stated_percent.value_or(0) == doctest::Approx(35));
  CHECK(assets->numeric->change->consistent == true);  // 34.97% rounds to 35%
  REQUIRE(assets->numeric->source);
  CHECK(assets->numeric->source->name == "Twalib Mbarak");  // not "In a statement, ..."
  const Claim* boxes = Find(cs, "about 1,300");
  REQUIRE(boxes);
  CHECK(boxes->numeric->quantity.bound == "approx");
  CHECK(*boxes->numeric->quantity.unit == "containers");

  std::string nickel = ReadCorpus("wire_nickel.txt");
  REQUIRE(!nickel.empty());
  auto ns = NumericClaims(nickel);
  const Claim* cut = Find(ns, "up to 15%");
  REQUIRE(cut);
  CHECK(cut->numeric->quantity.bound == "at_most");
  const Claim* coal = Find(ns, "above $150");
  REQUIRE(coal);
  CHECK(coal->numeric->quantity.bound == "more_than");
  CHECK(*coal->numeric->quantity.unit == "USD");
  const Claim* part = Find(ns, "34");
  REQUIRE(part);
  CHECK(part->numeric->quantity.unit.value_or("") == "smelters");
  const Claim* tonnes = Find(ns, "1.8 million tonnes");
  REQUIRE(tonnes);
  CHECK(*tonnes->numeric->quantity.value == 1.8e6);
  REQUIRE(tonnes->numeric->time);
  CHECK(tonnes->numeric->time->value == "2023");
  REQUIRE(tonnes->numeric->source);
  CHECK(tonnes->numeric->source->name == "U.S. Geological Survey");
  const Claim* third = Find(ns, "about a third");
  REQUIRE(third);
  CHECK(*third->numeric->quantity.value == doctest::Approx(1.0 / 3));
}

TEST_CASE("issue_3: 'twice a week' is how often, not a factor or a change") {
  auto cs = NumericClaims("Water\n\nThe data are new.\n\nHer supply had been cut twice a week for three months. "
                          "Prices are twice as high as in 2010.\n");
  const Claim* a = Find(cs, "twice");
  REQUIRE(a);
  CHECK(a->numeric->quantity.unit.value_or("") == "times");
  CHECK(!a->numeric->change.has_value());
  bool fold = false;
  for (const Claim& c : cs)
    if (c.numeric->quantity.unit.value_or("") == "fold") fold = true;
  CHECK(fold);  // "twice as high"
}

TEST_CASE("issue_3: 'a drop of three-quarters' is the stated change; 'Fewer than half had' is a share") {
  auto cs = NumericClaims("Ferries\n\nThe data are new.\n\nTakings have fallen from about 60,000 riel to 15,000 riel, "
                          "he said, a drop of three-quarters. Fewer than half had found other jobs. He tore it in half.\n");
  const Claim* a = Find(cs, "about 60,000 riel");
  REQUIRE(a);
  REQUIRE(a->numeric->change);
  CHECK(a->numeric->change->stated_percent.value_or(0) == doctest::Approx(-75));
  CHECK(a->numeric->change->consistent == true);
  const Claim* b = Find(cs, "Fewer than half");
  REQUIRE(b);
  CHECK(b->numeric->quantity.bound == "less_than");
  CHECK(*b->numeric->quantity.value == 0.5);
  int halves = 0;
  for (const Claim& c : cs) halves += c.numeric->quantity.value.value_or(0) == 0.5;
  CHECK(halves == 1);  // not "in half"
}

TEST_CASE("numeric extractor: a feature with a stated fraction change (corpus/longread_ferries.txt)") {
  std::string text = ReadCorpus("longread_ferries.txt");
  REQUIRE(!text.empty());
  auto cs = NumericClaims(text);
  const Claim* riel = Find(cs, "about 60,000 riel");
  REQUIRE(riel);
  CHECK(*riel->numeric->quantity.unit == "KHR");
  REQUIRE(riel->numeric->change);
  CHECK(riel->numeric->change->to.value_or(0) == 15000);
  CHECK(riel->numeric->change->stated_percent.value_or(0) == doctest::Approx(-75));  // "a drop of three-quarters"
  CHECK(riel->numeric->change->consistent == true);
  REQUIRE(riel->numeric->source);
  CHECK(riel->numeric->source->name == "Sok Chea");
  const Claim* cost = Find(cs, "$22 million");
  REQUIRE(cost);
  REQUIRE(cost->numeric->time);
  CHECK(cost->numeric->time->value == "2019");
  const Claim* half = Find(cs, "fewer than half");
  REQUIRE(half);
  CHECK(half->numeric->quantity.bound == "less_than");
}

TEST_CASE("issue_3: a change's subject keeps a prepositional phrase ('Soybean exports through Santos fell')") {
  auto cs = NumericClaims("Port\n\nThe data are new.\n\nSoybean exports through Santos fell 31% in the first week. "
                          "Sales at Walmart rose 2%. Officials invited buyers to return as prices rose 3%.\n");
  const Claim* a = Find(cs, "31%");
  REQUIRE(a);
  CHECK(a->numeric->measure.value_or("") == "Soybean exports through Santos");
  const Claim* b = Find(cs, "2%");
  REQUIRE(b);
  CHECK(b->numeric->measure.value_or("") == "Sales at Walmart");
  const Claim* c = Find(cs, "3%");
  REQUIRE(c);
  CHECK(c->numeric->measure.value_or("") == "prices");
}

TEST_CASE("issue_3: a target year after 'and' and another verb is not an earlier figure's time") {
  auto cs = NumericClaims("Ferries\n\nThe data are new.\n\nThe province had built four bridges in a decade and "
                          "planned two more by 2027. It aims to cut emissions by 40% by 2030.\n");
  const Claim* a = Find(cs, "four");
  REQUIRE(a);
  CHECK(!a->numeric->time.has_value());
  const Claim* b = Find(cs, "40%");
  REQUIRE(b);
  REQUIRE(b->numeric->time);
  CHECK(b->numeric->time->value == "2030");
}

TEST_CASE("issue_3: 'X, or P% of the T' checks the stated percentage against part and total") {
  auto cs = NumericClaims("Vote\n\nThe count is over.\n\nOpoku won 17,245 votes, or 53.1% of the 32,474 valid votes "
                          "cast. Mensah won 14,851 votes, or 55.7% of the 32,474 valid votes.\n");
  auto check = [](const Claim* c) -> const Check* {
    for (const Check& k : c->numeric->checks)
      if (k.kind == "percent_of_total") return &k;
    return nullptr;
  };
  const Claim* a = Find(cs, "53.1%");
  REQUIRE(a);
  REQUIRE(check(a));
  CHECK(check(a)->consistent);
  const Claim* b = Find(cs, "55.7%");
  REQUIRE(b);
  REQUIRE(check(b));
  CHECK(!check(b)->consistent);  // 14,851 of 32,474 is 45.7%
}

TEST_CASE("issue_3: a stated percent in another clause is not the change of a level pair (no false alarm)") {
  auto cs = NumericClaims("Results\n\nShares rose.\n\nUnilever reported sales growth of 4.4%, ahead of forecasts, as "
                          "volumes recovered while price increases eased to 1.2 percentage points from 9.8 points a year "
                          "earlier.\n");
  const Claim* a = Find(cs, "4.4%");
  REQUIRE(a);
  REQUIRE(a->numeric->change);
  CHECK(!a->numeric->change->from.has_value());
  CHECK(!a->numeric->change->consistent.has_value());  // no verdict: nothing to compare
  const Claim* b = Find(cs, "1.2 percentage points");
  REQUIRE(b);
  REQUIRE(b->numeric->change);
  CHECK(b->numeric->change->from.value_or(0) == doctest::Approx(9.8));
  CHECK(!b->numeric->change->stated_percent.has_value());
}

TEST_CASE("issue_3: a share in a relative clause ('which makes up nearly half of') is no change, and the subject is before it") {
  auto cs = NumericClaims("Prices\n\nInflation eased.\n\nFood inflation, which makes up nearly half of the consumer "
                          "price basket, slowed to 3.8% from 6.0%.\n\nOnion prices, which had doubled in December, fell "
                          "by 30%.\n");
  const Claim* a = Find(cs, "3.8%");
  REQUIRE(a);
  REQUIRE(a->numeric->change);
  CHECK(!a->numeric->change->stated_percent.has_value());
  CHECK(!a->numeric->change->consistent.has_value());  // was INCONSISTENT against "half"
  CHECK(a->numeric->measure.value_or("") == "Food inflation");
  const Claim* h = Find(cs, "nearly half");
  REQUIRE(h);
  CHECK(!h->numeric->change.has_value());
  const Claim* b = Find(cs, "30%");
  REQUIRE(b);
  CHECK(b->numeric->measure.value_or("") == "Onion prices");  // not "December"
}

TEST_CASE("issue_3: the measure of 'kept its key rate at 6.50%' and of 'favorability among Hispanics fell in August from'") {
  auto cs = NumericClaims("Rates\n\nThe bank met.\n\nThe central bank has kept its key repo rate at 6.50% since "
                          "February.\n\nClinton's favorability among Hispanics fell in August from 71 percent to 55 "
                          "percent.\n");
  const Claim* a = Find(cs, "6.50%");
  REQUIRE(a);
  CHECK(a->numeric->measure.value_or("") == "key repo rate");
  const Claim* b = Find(cs, "71 percent");
  REQUIRE(b);
  CHECK(b->numeric->measure.value_or("") == "Clinton's favorability among Hispanics");
}

TEST_CASE("issue_3: a share of GDP measures the noun before it ('a deficit target of 5.1% of gross domestic product')") {
  auto cs = NumericClaims("Budget\n\nThe plan passed.\n\nThe government will meet its fiscal deficit target of 5.1% of "
                          "gross domestic product this year. About 98% of admissions were emergencies.\n");
  const Claim* a = Find(cs, "5.1%");
  REQUIRE(a);
  CHECK(a->numeric->measure.value_or("") == "fiscal deficit target");
  const Claim* b = Find(cs, "About 98%");
  REQUIRE(b);
  CHECK(b->numeric->measure.value_or("") == "admissions");
}

TEST_CASE("issue_3: a bare scaled amount takes the currency of the amount before it, not of a conversion in brackets") {
  auto cs = NumericClaims("Floods\n\nThe river rose.\n\nThe government promised 120 million zlotys in October. So far "
                          "we have received 45 million.\n\nProfits were 2.2 billion shekels ($590 million) and 71 million "
                          "a year before. It has 3 million customers.\n");
  const Claim* a = Find(cs, "45 million");
  REQUIRE(a);
  CHECK(a->numeric->quantity.unit.value_or("") == "PLN");
  const Claim* b = Find(cs, "71 million");
  REQUIRE(b);
  CHECK(b->numeric->quantity.unit.value_or("") == "ILS");
  const Claim* c = Find(cs, "3 million");
  REQUIRE(c);
  CHECK(c->numeric->quantity.unit.value_or("") == "customers");
}

TEST_CASE("issue_3: a rate per 100,000 is one quantity, and 'up from 17 today' is its earlier level") {
  auto cs = NumericClaims("Heat\n\nSummers are longer.\n\nHeat-related mortality could reach 45 deaths per 100,000 "
                          "people, up from 17 today. Heat causes about 20,000 deaths a year, or 1 in every 50 deaths in "
                          "summer. That figure would rise to 60,000 by 2080.\n");
  const Claim* a = Find(cs, "45 deaths per 100,000 people");
  REQUIRE(a);
  CHECK(a->numeric->quantity.unit.value_or("") == "deaths per 100,000 people");
  CHECK(Find(cs, "100,000") == nullptr);  // no quantity of its own
  REQUIRE(a->numeric->change);
  CHECK(a->numeric->change->from.value_or(0) == doctest::Approx(17));
  const Claim* b = Find(cs, "17");
  REQUIRE(b);
  CHECK(b->numeric->quantity.unit.value_or("") == "deaths per 100,000 people");  // not "today"
  const Claim* c = Find(cs, "1 in every 50");
  REQUIRE(c);
  CHECK(c->numeric->quantity.value.value_or(0) == doctest::Approx(0.02));
  const Claim* d = Find(cs, "60,000");
  REQUIRE(d);
  REQUIRE(d->numeric->change);
  CHECK(d->numeric->change->from.value_or(0) == doctest::Approx(20000));  // the figure, not the share
}

TEST_CASE("issue_3: an apposition between subject and change verb is skipped; 'months of the year' measures nothing") {
  auto cs = NumericClaims("Coffee\n\nThe rains failed.\n\nCoffee exports from Vietnam, the world's biggest producer of "
                          "robusta beans, fell 18% in the first four months of the year to 610,000 tonnes. She spent "
                          "eight months of confinement at home.\n");
  const Claim* a = Find(cs, "18%");
  REQUIRE(a);
  CHECK(a->numeric->measure.value_or("") == "Coffee exports from Vietnam");
  const Claim* b = Find(cs, "four months");
  REQUIRE(b);
  CHECK(!b->numeric->measure.has_value());
  const Claim* c = Find(cs, "eight months");
  REQUIRE(c);
  CHECK(c->numeric->measure.value_or("") == "confinement");
}

TEST_CASE("issue_3: markets copy: a conversion in brackets is no level, a change after 'after' is another's, and more") {
  auto cs = NumericClaims("Markets\n\nStocks fell.\n\nToyota dropped 2.4% after the carmaker cut its full-year "
                          "operating profit forecast to 4.9 trillion yen ($33 bn) for the year, from 5.3 trillion yen. "
                          "The dollar bought 147.85 yen, down from 148.60 late in New York. The benchmark 10-year "
                          "yield rose 2 basis points to 1.12%. The trade deficit narrowed by a third to 3.2 trillion "
                          "yen. Call +81 3 1234 5678 for details. The S&P 500 index gained roughly 22 per cent. "
                          "Volume averaged 1.9 bn shares.\n");
  const Claim* a = Find(cs, "2.4%");
  REQUIRE(a);
  REQUIRE(a->numeric->change);
  CHECK(!a->numeric->change->from.has_value());  // not the forecast's 5.3 trillion
  CHECK(!a->numeric->change->consistent.has_value());
  const Claim* b = Find(cs, "4.9 trillion yen");
  REQUIRE(b);
  REQUIRE(b->numeric->change);
  CHECK(b->numeric->change->from.value_or(0) == doctest::Approx(5.3e12));
  CHECK(b->numeric->measure.value_or("") == "full-year operating profit forecast");
  const Claim* c = Find(cs, "$33 bn");
  REQUIRE(c);
  CHECK(!c->numeric->change.has_value());
  const Claim* d = Find(cs, "148.60");
  REQUIRE(d);
  CHECK(d->numeric->quantity.unit.value_or("") == "JPY");  // not "late"
  const Claim* e = Find(cs, "1.12%");
  REQUIRE(e);
  CHECK(e->numeric->measure.value_or("") == "benchmark 10-year yield");
  const Claim* f = Find(cs, "a third");
  REQUIRE(f);
  REQUIRE(f->numeric->change);
  CHECK(f->numeric->change->stated_percent.value_or(0) == doctest::Approx(-33.3333).epsilon(0.001));
  CHECK(Find(cs, "1234") == nullptr);
  CHECK(Find(cs, "5678") == nullptr);
  const Claim* g = Find(cs, "roughly 22 per cent");
  REQUIRE(g);
  CHECK(g->numeric->measure.value_or("") == "S&P 500 index");
  const Claim* h = Find(cs, "1.9 bn");
  REQUIRE(h);
  CHECK(h->numeric->quantity.value.value_or(0) == doctest::Approx(1.9e9));
}

TEST_CASE("issue_3: Latin American currencies by name, and a subject with 'from the' in it") {
  auto cs = NumericClaims("Ferry\n\nThe boat is old.\n\nTicket prices have risen from 8 soles to 15 soles, an increase of "
                          "87.5%. The subsidy from the regional government had been cut by 40% since 2020. A permit "
                          "costs 5,000 colones or 70 bolivianos.\n");
  const Claim* a = Find(cs, "8 soles");
  REQUIRE(a);
  CHECK(a->numeric->quantity.unit.value_or("") == "PEN");
  CHECK(a->numeric->measure.value_or("") == "Ticket prices");
  REQUIRE(a->numeric->change);
  CHECK(a->numeric->change->consistent.value_or(false));
  const Claim* b = Find(cs, "40%");
  REQUIRE(b);
  CHECK(b->numeric->measure.value_or("") == "subsidy from the regional government");
  const Claim* c = Find(cs, "5,000 colones");
  REQUIRE(c);
  CHECK(c->numeric->quantity.unit.value_or("") == "CRC");
  const Claim* d = Find(cs, "70 bolivianos");
  REQUIRE(d);
  CHECK(d->numeric->quantity.unit.value_or("") == "BOB");
}

TEST_CASE("issue_3: a word number after 'down from' is the earlier level, with the counted noun of the new one") {
  auto cs = NumericClaims("Ferry\n\nThe boat is old.\n\nOne boat makes four return trips a day, down from nine in "
                          "2015.\n");
  const Claim* a = Find(cs, "nine");
  REQUIRE(a);
  CHECK(a->numeric->quantity.unit.value_or("") == "return trips");
  REQUIRE(a->numeric->change);
  CHECK(a->numeric->change->from.value_or(0) == doctest::Approx(9));
  CHECK(a->numeric->change->to.value_or(0) == doctest::Approx(4));
}

TEST_CASE("issue_3: headline change verbs in the present ('Inflation eases to 4.1%') and a period after a copula's subject") {
  auto cs = NumericClaims("India's inflation eases to 4.1% as food prices cool\n\nMUMBAI, March 13 (Wire) - Prices "
                          "cooled.\n\nThe deficit for April-January stood at 11.9 lakh crore rupees.\n");
  const Claim* a = Find(cs, "4.1%");
  REQUIRE(a);
  CHECK(a->numeric->measure.value_or("") == "India's inflation");
  REQUIRE(a->numeric->change);
  CHECK(a->numeric->change->to.value_or(0) == doctest::Approx(4.1));
  const Claim* b = Find(cs, "11.9 lakh crore rupees");
  REQUIRE(b);
  CHECK(b->numeric->quantity.value.value_or(0) == doctest::Approx(1.19e13));
  CHECK(b->numeric->measure.value_or("") == "deficit");
}

TEST_CASE("numeric extractor: Indian economic wire copy (corpus/wire_inflation.txt)") {
  std::string text = ReadCorpus("wire_inflation.txt");
  REQUIRE(!text.empty());
  auto cs = NumericClaims(text);
  const Claim* cpi = Find(cs, "5.2%");
  REQUIRE(cpi);
  REQUIRE(cpi->numeric->change);
  CHECK(cpi->numeric->change->from.value_or(0) == doctest::Approx(5.2));
  CHECK(cpi->numeric->change->to.value_or(0) == doctest::Approx(4.1));
  REQUIRE(cpi->numeric->source);
  CHECK(cpi->numeric->source->name == "government data");
  const Claim* half = Find(cs, "nearly half");
  REQUIRE(half);
  CHECK(half->numeric->quantity.bound == "approx");
  CHECK(!half->numeric->change.has_value());  // a share of the basket, no change
  const Claim* food = Find(cs, "6.0%");
  REQUIRE(food);
  CHECK(food->numeric->measure.value_or("") == "Food inflation");
  REQUIRE(food->numeric->change);
  CHECK(!food->numeric->change->consistent.has_value());
  const Claim* repo = Find(cs, "6.50%");
  REQUIRE(repo);
  CHECK(repo->numeric->measure.value_or("") == "key repo rate");
  const Claim* rice = Find(cs, "12,500 crore rupees");
  REQUIRE(rice);
  CHECK(rice->numeric->quantity.value.value_or(0) == doctest::Approx(1.25e11));
  CHECK(rice->numeric->quantity.unit.value_or("") == "INR");
  const Claim* target = Find(cs, "5.1%");  // the first: the growth economists had forecast
  REQUIRE(target);
  const Claim* fiscal = nullptr;
  for (const Claim& c : cs)
    if (c.numeric->quantity.text == "5.1%" && &c != target) fiscal = &c;
  REQUIRE(fiscal);
  CHECK(fiscal->numeric->measure.value_or("") == "fiscal deficit target");
  const Claim* deficit = Find(cs, "11.9 lakh crore rupees");
  REQUIRE(deficit);
  CHECK(deficit->numeric->quantity.value.value_or(0) == doctest::Approx(1.19e13));
  CHECK(deficit->numeric->measure.value_or("") == "deficit");
}

TEST_CASE("issue_3: election copy: percentage levels 'was 60.9%, down from 79%', and the part, not the whole, of a share") {
  auto cs = NumericClaims("Election\n\nThe count ended.\n\nTurnout was 60.9%, down from 79% in 2020, the commission said. "
                          "His party also won 183 of the 276 seats in parliament, up from 137.\n");
  const Claim* a = Find(cs, "60.9%");
  REQUIRE(a);
  REQUIRE(a->numeric->change);
  CHECK(a->numeric->change->from.value_or(0) == doctest::Approx(79));
  CHECK(a->numeric->measure.value_or("") == "Turnout");
  const Claim* b = Find(cs, "183");
  REQUIRE(b);
  REQUIRE(b->numeric->change);
  CHECK(b->numeric->change->from.value_or(0) == doctest::Approx(137));
  const Claim* c = Find(cs, "276");
  REQUIRE(c);
  CHECK(!c->numeric->change.has_value());
}

TEST_CASE("issue_3: a change in percentage points between two percentages is checked ('points_change')") {
  auto cs = NumericClaims("Rates\n\nPrices cooled.\n\nInflation stood at 23% in November, down 31 percentage points from a "
                          "peak of 54.1% in December 2022. Unemployment fell 2 percentage points to 4.1% from 7.3%.\n");
  auto check = [](const Claim* c) -> const Check* {
    for (const Check& k : c->numeric->checks)
      if (k.kind == "points_change") return &k;
    return nullptr;
  };
  const Claim* a = Find(cs, "31 percentage points");
  REQUIRE(a);
  REQUIRE(check(a));
  CHECK(check(a)->consistent);  // 54.1 - 23 = 31.1
  const Claim* lvl = Find(cs, "23%");
  REQUIRE(lvl);
  REQUIRE(lvl->numeric->change);
  CHECK(lvl->numeric->change->from.value_or(0) == doctest::Approx(54.1));
  const Claim* b = Find(cs, "2 percentage points");
  REQUIRE(b);
  REQUIRE(check(b));
  CHECK(!check(b)->consistent);  // 7.3 - 4.1 = 3.2
}

}  // namespace claimkit

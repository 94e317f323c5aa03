// Quote extraction: quote-mark pairing (pure), and whole-article behaviour on short
// texts written for these tests.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimkit/pipeline.h"
#include "extractors/quote.h"
#include "extractors/quote_marks.h"

namespace claimkit {
namespace {

std::vector<QuoteRegion> Pair(const std::string& text) {
  Span para{0, static_cast<uint32_t>(text.size())};
  auto marks = FindQuoteMarks(text, para, text, [](uint32_t o) { return o; });
  return PairQuotes(text, para, marks);
}

std::string Inner(const std::string& text, const QuoteRegion& r) {
  return std::string(r.Inner().Of(text));
}

TEST_CASE("quote marks: curly doubles with a nested single and an apostrophe") {
  std::string t = "\xE2\x80\x9C" "Cambodia\xE2\x80\x99s \xE2\x80\x98war on drugs\xE2\x80\x99 failed,"
                  "\xE2\x80\x9D he said.";
  auto r = Pair(t);
  REQUIRE(r.size() == 2);
  CHECK(r[0].depth == 0);
  CHECK(r[0].is_double);
  CHECK(Inner(t, r[0]) == "Cambodia\xE2\x80\x99s \xE2\x80\x98war on drugs\xE2\x80\x99 failed,");
  CHECK(r[1].depth == 1);
  CHECK_FALSE(r[1].is_double);
  CHECK(Inner(t, r[1]) == "war on drugs");
}

TEST_CASE("quote marks: straight quotes, decades and inch marks") {
  std::string t = "He said \"it's over\" in the '90s; the board is 12\" wide.";
  auto r = Pair(t);
  REQUIRE(r.size() == 1);
  CHECK(Inner(t, r[0]) == "it's over");
}

TEST_CASE("quote marks: an unclosed quotation stops at the paragraph end") {
  std::string t = "\xE2\x80\x9CWe will appeal. The court was wrong";
  auto r = Pair(t);
  REQUIRE(r.size() == 1);
  CHECK_FALSE(r[0].closed);
  CHECK(r[0].close == t.size());
}

TEST_CASE("quote marks: a second opening mark ends an unclosed quotation") {
  std::string t = "\xE2\x80\x9C" "First part \xE2\x80\x9C" "second part\xE2\x80\x9D end";
  auto r = Pair(t);
  REQUIRE(r.size() == 2);
  CHECK_FALSE(r[0].closed);
  CHECK(Inner(t, r[0]) == "First part");
  CHECK(Inner(t, r[1]) == "second part");
}

TEST_CASE("quote marks: guillemets and German low-high quotes") {
  std::string fr = "Il a dit \xC2\xAB non merci \xC2\xBB hier.";
  auto r = Pair(fr);
  REQUIRE(r.size() == 1);
  CHECK(Inner(fr, r[0]) == " non merci ");
  std::string de = "Er sagte \xE2\x80\x9E" "nein danke\xE2\x80\x9C gestern.";
  r = Pair(de);
  REQUIRE(r.size() == 1);
  CHECK(Inner(de, r[0]) == "nein danke");
}

TEST_CASE("quote marks: British single quotes at top level") {
  std::string t = "Minister: plan an \xE2\x80\x98utter failure\xE2\x80\x99";
  auto r = Pair(t);
  REQUIRE(r.size() == 1);
  CHECK(Inner(t, r[0]) == "utter failure");
}

struct Extracted {
  Document doc;
  std::vector<Claim> claims;
  std::vector<SpeakerProfile> speakers;
};

Extracted Run(const std::string& text) {
  static auto ex = QuoteExtractor::Create();
  REQUIRE(ex.ok());
  Extracted out;
  DocumentMeta meta;
  meta.id = "t";
  out.doc = Document(text, meta);
  Analyzer analyzer;
  auto a = analyzer.Analyze(out.doc);
  REQUIRE(a.ok());
  out.claims = (*ex)->Extract(*a, &out.speakers);
  return out;
}

const Claim* Find(const Extracted& e, const std::string& content_start) {
  for (const Claim& c : e.claims)
    if (c.quote->content.rfind(content_start, 0) == 0) return &c;
  return nullptr;
}

TEST_CASE("quotes: direct quote, continuation, pronoun and alias") {
  std::string text =
      "Port officials met on Monday.\n\n"
      "\xE2\x80\x9CThe harbour will close for a week,\xE2\x80\x9D said Maria Okonkwo, director of the "
      "Lagos Port Authority. \xE2\x80\x9CShips will wait offshore until the dredging ends.\xE2\x80\x9D\n\n"
      "She added that fees would not rise.\n\n"
      "Okonkwo told reporters the work was overdue.\n";
  Extracted e = Run(text);
  const Claim* c1 = Find(e, "The harbour will close");
  REQUIRE(c1 != nullptr);
  CHECK(c1->quote->type == "direct");
  CHECK(c1->quote->speaker.name.value_or("") == "Maria Okonkwo");
  CHECK(c1->quote->speaker.resolution == "explicit");
  CHECK(c1->quote->cue.value_or("") == "said");
  CHECK(c1->quote->speaker.role.value_or("") == "director");
  // content_span reproduces the content in the original text.
  CHECK(c1->quote->content_span.Of(e.doc.text()) == c1->quote->content);
  const Claim* c2 = Find(e, "Ships will wait");
  REQUIRE(c2 != nullptr);
  CHECK(c2->quote->speaker.resolution == "continuation");
  CHECK(c2->quote->speaker.name.value_or("") == "Maria Okonkwo");
  const Claim* c3 = Find(e, "fees would not rise");
  REQUIRE(c3 != nullptr);
  CHECK(c3->quote->type == "indirect");
  CHECK(c3->quote->speaker.resolution == "pronoun");
  CHECK(c3->quote->speaker.name.value_or("") == "Maria Okonkwo");
  const Claim* c4 = Find(e, "the work was overdue");
  REQUIRE(c4 != nullptr);
  CHECK(c4->quote->speaker.name.value_or("") == "Maria Okonkwo");
  CHECK(c4->quote->speaker.resolution == "alias");
}

TEST_CASE("quotes: scare quotes are not quotes; mixed quotes are") {
  std::string text =
      "The so-called \xE2\x80\x9Cgreen corridor\xE2\x80\x9D opened in May.\n\n"
      "Tran Van Minh, a spokesman for the ministry, said the corridor had \xE2\x80\x9C" "exceeded every "
      "target we set\xE2\x80\x9D.\n";
  Extracted e = Run(text);
  CHECK(Find(e, "green corridor") == nullptr);
  REQUIRE(e.claims.size() == 1);
  const Claim& c = e.claims[0];
  CHECK(c.quote->type == "mixed");
  CHECK(c.quote->speaker.name.value_or("") == "Tran Van Minh");
  CHECK(c.quote->content.find("exceeded every target we set") != std::string::npos);
  // clause_span: the reported clause around the quoted words, covering the content.
  REQUIRE(c.quote->clause_span.has_value());
  CHECK(c.quote->clause_span->start <= c.quote->content_span.start);
  CHECK(c.quote->clause_span->end >= c.quote->content_span.end);
  CHECK(std::string(c.quote->clause_span->Of(e.doc.text())).find("the corridor had") == 0);
}

TEST_CASE("quotes: according to, trailing attribution and organisations") {
  std::string text =
      "Rice exports fell by a third last year, according to the Ministry of Agriculture.\n\n"
      "Prices will rise again in the spring, the ministry said.\n";
  Extracted e = Run(text);
  const Claim* c1 = Find(e, "Rice exports fell");
  REQUIRE(c1 != nullptr);
  CHECK(c1->quote->speaker.name.value_or("") == "Ministry of Agriculture");
  CHECK(c1->quote->speaker.type == "organization");
  CHECK(c1->quote->cue.value_or("") == "according to");
  const Claim* c2 = Find(e, "Prices will rise again");
  REQUIRE(c2 != nullptr);
  CHECK(c2->quote->type == "indirect");
  CHECK(c2->quote->speaker.mention.value_or("") == "the ministry");
}

TEST_CASE("quotes: reported speech inside a quotation is part of it") {
  std::string text =
      "\xE2\x80\x9CThe nurse told me that I could go home,\xE2\x80\x9D said Sokha, a patient.\n";
  Extracted e = Run(text);
  REQUIRE(e.claims.size() == 1);
  CHECK(e.claims[0].quote->speaker.name.value_or("") == "Sokha");
}

TEST_CASE("quotes: a quoted sentence split by its attribution is one quote") {
  std::string text =
      "The council voted late on Tuesday.\n\n"
      "\xE2\x80\x9CWe have waited long enough,\xE2\x80\x9D Mayor Ines Duarte said during a meeting "
      "in Faro, \xE2\x80\x9C" "and the bridge will be built this year.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CIt is late,\xE2\x80\x9D she said, adding later, \xE2\x80\x9C" "but not too late "
      "for the town.\xE2\x80\x9D\n";
  Extracted e = Run(text);
  const Claim* c = Find(e, "We have waited");
  REQUIRE(c != nullptr);
  CHECK(c->quote->type == "direct");
  CHECK(c->quote->speaker.name.value_or("") == "Ines Duarte");
  // The content runs from the first quoted word to the last (one span).
  CHECK(c->quote->content.find("the bridge will be built this year.") != std::string::npos);
  CHECK(c->quote->content_span.Of(e.doc.text()) == c->quote->content);
  CHECK(Find(e, "and the bridge") == nullptr);
  // A new cue between the parts (adding) keeps them apart.
  const Claim* d = Find(e, "It is late,");
  REQUIRE(d != nullptr);
  CHECK(d->quote->content == "It is late,");
  const Claim* d2 = Find(e, "but not too late");
  REQUIRE(d2 != nullptr);
  CHECK(d2->quote->speaker.name.value_or("") == "Ines Duarte");
  int n = 0;
  for (const Claim& x : e.claims) n += x.quote->content.rfind("but not too late", 0) == 0;
  CHECK(n == 1);  // one record, not a direct and a mixed one
}

TEST_CASE("quotes: plural nouns that look like cue verbs are not cues") {
  std::string text =
      "Voters went to the polls early.\n\n"
      "Eleven battleground states could decide the race, and the United States will vote in "
      "November under rules approved in 2012.\n\n"
      "The Bureau of Statistics states that wages rose by 3 percent.\n";
  Extracted e = Run(text);
  Extracted e2 = Run(
      "Talks resumed in Geneva.\n\n"
      "The United States, Britain and France support the new draft of the treaty.\n\n"
      "Farm groups continue their campaign against the tariff on imported grain.\n\n"
      "The minister's comments drew sharp criticism from union leaders across the country.\n");
  for (const Claim& x : e2.claims) {
    CAPTURE(x.quote->content);
    CHECK(false);  // none of these is an attribution
  }
  // Only the last sentence, where "states" is the verb, is an attribution.
  REQUIRE(e.claims.size() == 1);
  const Claim* c = Find(e, "wages rose");
  REQUIRE(c != nullptr);
  CHECK(c->quote->cue.value_or("") == "states");
  CHECK(c->quote->speaker.name.value_or("") == "Bureau of Statistics");
}

TEST_CASE("quotes: subjects with cue-like nouns; a second attribution after 'but'") {
  std::string text =
      "The port reopened on Friday.\n\n"
      "Aiko Tanaka, the agency's press secretary, noted that the port had been closed for a week.\n\n"
      "A report on the ministry website states that exports fell by a tenth.\n\n"
      "Divers said the hull was \"badly damaged,\" but the captain said that the ship could sail.\n\n"
      "Her lawyer said that was not the full story.\n";
  Extracted e = Run(text);
  const Claim* c1 = Find(e, "the port had been closed");
  REQUIRE(c1 != nullptr);
  CHECK(c1->quote->speaker.name.value_or("") == "Aiko Tanaka");
  const Claim* c2 = Find(e, "exports fell");
  REQUIRE(c2 != nullptr);
  CHECK(c2->quote->speaker.mention.value_or("") == "A report on the ministry website");
  const Claim* c3 = Find(e, "the hull was");
  REQUIRE(c3 != nullptr);
  CHECK(c3->quote->content.find("captain") == std::string::npos);
  const Claim* c4 = Find(e, "the ship could sail");
  REQUIRE(c4 != nullptr);
  CHECK(c4->quote->speaker.mention.value_or("") == "the captain");
  // "that" before a verb is the subject of the reported clause.
  CHECK(Find(e, "that was not the full story") != nullptr);
}

TEST_CASE("quotes: words after a closing mark carry the reported clause on") {
  std::string text =
      "The hearing lasted four hours.\n\n"
      "Senator Ruth Okafor said \"you cut wages to the bone\" to lift the share price last year.\n";
  Extracted e = Run(text);
  const Claim* c = Find(e, "you cut wages");
  REQUIRE(c != nullptr);
  CHECK(c->quote->type == "mixed");
  // The contract: content is the quoted words; the reported clause is clause_span.
  CHECK(c->quote->content == "you cut wages to the bone");
  REQUIRE(c->quote->clause_span);
  CHECK(c->quote->clause_span->Of(e.doc.text()).find("to lift the share price last year") !=
        std::string::npos);
  CHECK(c->quote->speaker.name.value_or("") == "Ruth Okafor");
}

TEST_CASE("quotes: interview transcript turns") {
  std::string text =
      "Governor Lena Park spoke to the station on Sunday. A partial transcript follows.\n\n"
      "HOST: Will the bridge open this year, as you promised in March?\n\n"
      "PARK: Well, the engineers told me that it will open in May, and I believe them.\n";
  Extracted e = Run(text);
  const Claim* c = Find(e, "Well, the engineers");
  REQUIRE(c != nullptr);
  CHECK(c->quote->type == "direct");
  CHECK(c->quote->speaker.name.value_or("") == "Lena Park");
  CHECK(c->quote->cue.value_or("") == ":");
  // Reported speech inside the turn is part of it, not a new attribution.
  CHECK(Find(e, "it will open in May") == nullptr);
  const Claim* h = Find(e, "Will the bridge open");
  REQUIRE(h != nullptr);
  CHECK(h->quote->speaker.mention.value_or("") == "HOST");
  // Editorial labels are not speakers.
  Extracted e2 = Run("Officials met on Friday.\n\nCORRECTION: An earlier version of this story misstated the "
                     "date of the vote on the bridge.\n");
  CHECK(Find(e2, "An earlier version") == nullptr);
}

TEST_CASE("quotes: speakers after the cue with numbers, titles and long appositions") {
  std::string text =
      "The vote is on Thursday.\n\n"
      "\xE2\x80\x9CThe veto does not hold. It is wrong,\xE2\x80\x9D said 9/11 widow Ana Ruiz.\n\n"
      "\xE2\x80\x9CThey would not get a deal anywhere else,\xE2\x80\x9D Rep. Tom Weller (R-Ohio), a "
      "member of the panel, said in a phone interview.\n";
  Extracted e = Run(text);
  const Claim* c1 = Find(e, "The veto does not hold");
  REQUIRE(c1 != nullptr);
  CHECK(c1->quote->speaker.name.value_or("") == "Ana Ruiz");
  const Claim* c2 = Find(e, "They would not get");
  REQUIRE(c2 != nullptr);
  CHECK(c2->quote->speaker.name.value_or("") == "Tom Weller");
}

TEST_CASE("quotes: inverted 'Said X:', a name after an opening adverbial, a year after 'who'") {
  std::string text =
      "The tax plan was published on Monday.\n\n"
      "Said Moreau: \xE2\x80\x9CI do not see any interest in reform here.\xE2\x80\x9D\n\n"
      "In a radio interview Okafor declared \xE2\x80\x9C" "the alliance may be obsolete now.\xE2\x80\x9D\n\n"
      "She thanked Dalia Haddad, the senator, who in 2010 said the fund was the most important goal.\n";
  Extracted e = Run(text);
  const Claim* c1 = Find(e, "I do not see");
  REQUIRE(c1 != nullptr);
  CHECK(c1->quote->speaker.name.value_or("") == "Moreau");
  CHECK(c1->quote->cue.value_or("") == "Said");
  const Claim* c2 = Find(e, "the alliance may be");
  REQUIRE(c2 != nullptr);
  CHECK(c2->quote->speaker.name.value_or("") == "Okafor");
  const Claim* c3 = Find(e, "the fund was");
  REQUIRE(c3 != nullptr);
  CHECK(c3->quote->speaker.name.value_or("") == "Dalia Haddad");
}

TEST_CASE("quotes: a cue noun with a possessor and a that-clause") {
  std::string text =
      "Fact-checkers looked at the debate.\n\n"
      "They examined Mayor Sofia Brandt's claim that the city had hired 900 new teachers.\n\n"
      "His warning that the dam could fail went unheeded by the council.\n";
  Extracted e = Run(text);
  const Claim* c1 = Find(e, "the city had hired");
  REQUIRE(c1 != nullptr);
  CHECK(c1->quote->speaker.name.value_or("") == "Sofia Brandt");
  CHECK(c1->quote->cue.value_or("") == "claim");
  const Claim* c2 = Find(e, "the dam could fail");
  REQUIRE(c2 != nullptr);
  CHECK(c2->quote->speaker.mention.value_or("") == "His");
}

TEST_CASE("quotes: characterisations 'VERB OBJECT as \"...\"'; passives are not") {
  std::string text =
      "The campaign grew bitter.\n\n"
      "Senator Maria Lindqvist has gone after the governor as a \xE2\x80\x9C" "reckless gambler\xE2\x80\x9D for weeks.\n\n"
      "The bridge is known as the \xE2\x80\x9C" "Iron Lady of the North\xE2\x80\x9D among locals.\n";
  Extracted e = Run(text);
  const Claim* c = Find(e, "reckless gambler");
  REQUIRE(c != nullptr);
  CHECK(c->quote->type == "mixed");
  REQUIRE(c->quote->clause_span);
  CHECK(c->quote->clause_span->Of(e.doc.text()).find("the governor as a") != std::string::npos);
  CHECK(c->quote->speaker.name.value_or("") == "Maria Lindqvist");
  CHECK(c->quote->cue.value_or("") == "gone after");
  for (const Claim& x : e.claims) CHECK(x.quote->content.find("Iron Lady") == std::string::npos);
}

TEST_CASE("quotes: a title-case quotation standing alone is a title, not speech") {
  std::string text =
      "\xE2\x80\x9CWe will rebuild the harbour this year,\xE2\x80\x9D said Mayor Jon Ekdahl.\n\n"
      "\xE2\x80\x9CThe Harbour Will Rise Again.\xE2\x80\x9D\n\n"
      "That was the headline of the city newsletter in May.\n";
  Extracted e = Run(text);
  CHECK(Find(e, "We will rebuild") != nullptr);
  CHECK(Find(e, "The Harbour Will Rise") == nullptr);
}

TEST_CASE("quotes: an abbreviation's full stop inside an apposition; a plural subject before 'say'") {
  std::string text =
      "Veterans gathered at the memorial.\n\n"
      "Rosa Delgado, of Springfield, Mo., said she had served two tours as a field nurse.\n\n"
      "Those close to the mayor say that she will not run again next year.\n";
  Extracted e = Run(text);
  const Claim* p = Find(e, "she will not run");
  REQUIRE(p != nullptr);
  CHECK(p->quote->speaker.mention.value_or("") == "Those close to the mayor");
  const Claim* c = Find(e, "she had served");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.name.value_or("") == "Rosa Delgado");
}

TEST_CASE("quotes: a reported clause ends before a second verb or a closing relative clause") {
  std::string text =
      "The budget talks stalled.\n\n"
      "The governor concluded that a special session would be pointless, told his aides to draft a "
      "smaller bill.\n\n"
      "She accepted the findings of the audit, which made her an outlier in her party.\n";
  Extracted e = Run(text);
  const Claim* c = Find(e, "a special session would be pointless");
  REQUIRE(c != nullptr);
  CHECK(c->quote->content == "a special session would be pointless");
  Extracted e2 = Run("The debate was tense.\n\nThe senator described her rival as a reckless gambler during the "
                     "second debate on Monday.\n");
  const Claim* d = Find(e2, "her rival as a reckless gambler");
  REQUIRE(d != nullptr);
  CHECK(d->quote->content == "her rival as a reckless gambler");
}

TEST_CASE("quotes: coordinated subjects; a clause before 'and' is not one") {
  std::string text =
      "The storm passed overnight.\n\n"
      "The mayor and the fire chief said the curfew would end on Sunday night.\n\n"
      "The river flooded and officials said the bridge would stay closed for a week.\n";
  Extracted e = Run(text);
  const Claim* c1 = Find(e, "the curfew would end");
  REQUIRE(c1 != nullptr);
  CHECK(c1->quote->speaker.mention.value_or("") == "The mayor and the fire chief");
  CHECK(c1->quote->speaker.type == "group");
  const Claim* c2 = Find(e, "the bridge would stay closed");
  REQUIRE(c2 != nullptr);
  CHECK(c2->quote->speaker.mention.value_or("") == "officials");
  // "that" ending the clause is a pronoun.
  Extracted e2 = Run("The vote is close.\n\nAnalysts said the new poll could change that.\n");
  CHECK(Find(e2, "the new poll could change that") != nullptr);
}

TEST_CASE("quotes: ids in text order and speaker profiles") {
  std::string text =
      "\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Ana Lima, the coach.\n\n"
      "Lima said the team had trained for months.\n";
  Extracted e = Run(text);
  REQUIRE(e.claims.size() == 2);
  CHECK(e.claims[0].id == "t#q1");
  CHECK(e.claims[1].id == "t#q2");
  REQUIRE(e.speakers.size() == 1);
  CHECK(e.speakers[0].name == "Ana Lima");
  CHECK(e.speakers[0].quotes == 2);
  CHECK(e.speakers[0].type == SpeakerType::kPerson);
}

}  // namespace
}  // namespace claimkit

namespace claimkit {
namespace {

// Golden cases: tests/golden/quote/<name>.expected lists, in text order, the quote
// records expected from corpus/<name>.txt as type, speaker name (- for none),
// resolution and content, TAB-separated; '#' lines are comments.
TEST_CASE("quotes: golden cases in tests/golden/quote") {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(CLAIMKIT_SOURCE_DIR) / "tests" / "golden" / "quote";
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".expected") continue;
    std::string name = entry.path().stem().string();
    CAPTURE(name);
    std::ifstream in(fs::path(CLAIMKIT_SOURCE_DIR) / "corpus" / (name + ".txt"), std::ios::binary);
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    Extracted e = Run(ss.str());
    std::ifstream exp(entry.path());
    std::string line;
    std::vector<std::string> want;
    while (std::getline(exp, line))
      if (!line.empty() && line[0] != '#') want.push_back(line);
    std::vector<std::string> got;
    for (const Claim& c : e.claims) {
      const QuoteInfo& q = *c.quote;
      got.push_back(q.type + "\t" + q.speaker.name.value_or("-") + "\t" + q.speaker.resolution + "\t" +
                    q.content);
      CHECK(q.content_span.Of(e.doc.text()) == q.content);
      CHECK(c.span.Contains(q.content_span));
    }
    CHECK(got == want);
    ++cases;
  }
  CHECK(cases >= 4);
}

}  // namespace
}  // namespace claimkit

namespace claimkit {
namespace {

// Found by fuzzing: a relative pronoun right after a cue left an empty noun phrase
// whose head noun was read from before its start.
TEST_CASE("issue_4: garbled quote marks and cues do not crash; spans stay exact") {
  std::string text =
      ". saying \xE2\x80\x95\xC3\xA9 The\n\n'' \":\" \xE2\x80\x95' Smith who)x The.\xE2\x80\x99\n\n"
      " \xE2\x80\x95 \xE2\x80\x94\n\n The''\xE2\x80\x9E" "according to that. according to Justice and:\n"
      "\xE2\x80\x8B who told told of she Justice and Smith of that which\xC2\xAB\xE2\x80\x9E\xE2\x80\x9E that"
      "\xE2\x80\x9D\r\n\".\" of''\xC2\xAB\n\n.: saying.\xC2\xBB\xE2\x80\x8B \xE2\x80\x94 of\n\n\", whichx\" ('' "
      "who\"'' Smith";
  Extracted e = Run(text);
  for (const Claim& c : e.claims) {
    CHECK(c.quote->content_span.end <= e.doc.text().size());
    CHECK(c.quote->content_span.Of(e.doc.text()) == c.quote->content);
  }
}

TEST_CASE("quotes: a wire dateline is not part of the reported clause; 40,000 is one word") {
  std::string text =
      "Harbour cargo at record\n\n"
      "LENHAVEN (Wire Service) - Cargo rose 12% last year, the port authority said on Tuesday.\n\n"
      "Q&A: \"We cannot do this alone\"\n\n"
      "The minister talked about the 40,000 homes her government has promised to build.\n";
  Extracted e = Run(text);
  const Claim* c = Find(e, "Cargo rose 12% last year");
  REQUIRE(c != nullptr);
  CHECK(c->quote->content.rfind("Cargo", 0) == 0);  // the dateline is left out
  for (const Claim& x : e.claims) {
    CHECK(x.quote->speaker.name.value_or("") != "Q&A");                      // a label
    CHECK(x.quote->speaker.mention.value_or("").find("000") == std::string::npos);
  }
}

TEST_CASE("quotes: relative pronouns, agents of a participle, addressees and places as speakers' details") {
  std::string text =
      "Harbour audit published\n\n"
      "The Lenhaven Ports Authority, which says dredging costs doubled in two years, released an "
      "audit on Monday.\n\n"
      "Dock workers interviewed last month by the Lenhaven Ports Authority told the inspectors they had "
      "not been paid for overtime.\n\n"
      "\xE2\x80\x9CWe waited for weeks,\xE2\x80\x9D said Ama Mensah, a Lenhaven resident who works nights "
      "at the docks.\n\n"
      "Ilse Berg, a spokeswoman for the Ministry of Justice, said the audit would be reviewed. "
      "According to the Ministry of Transport, repairs will start in May.\n";
  Extracted e = Run(text);
  // "which" is resolved to its antecedent as a pronoun, and is no alias of anyone.
  const Claim* rel = Find(e, "dredging costs doubled");
  REQUIRE(rel != nullptr);
  CHECK(rel->quote->speaker.resolution == "pronoun");
  for (const SpeakerProfile& p : e.speakers)
    for (const std::string& a : p.aliases) CHECK(a != "which");
  // The workers spoke, not the authority that interviewed them; the addressee is not content.
  const Claim* w = Find(e, "they had not been paid");
  REQUIRE(w != nullptr);
  CHECK(w->quote->speaker.name.value_or("") != "Lenhaven Ports Authority");
  CHECK(w->quote->speaker.type == "group");
  CHECK(w->quote->speaker.addressee.value_or("") == "the inspectors");
  // A place before "resident" is not an organisation.
  const Claim* m = Find(e, "We waited for weeks");
  REQUIRE(m != nullptr);
  CHECK(m->quote->speaker.name.value_or("") == "Ama Mensah");
  CHECK_FALSE(m->quote->speaker.org.has_value());
  // "Justice" stands before names as a title, but inside "Ministry of Justice" it is part
  // of the name: the two ministries stay apart.
  const Claim* t = Find(e, "repairs will start");
  REQUIRE(t != nullptr);
  CHECK(t->quote->speaker.name.value_or("") == "Ministry of Transport");
  for (const SpeakerProfile& p : e.speakers)
    if (p.name == "Ministry of Transport")
      for (const std::string& a : p.aliases) CHECK(a != "Ministry of Justice");
}

TEST_CASE("quotes: coordinated cues, settings before the clause, dash appositions, subordinate clauses") {
  std::string text =
      "Council meets on harbour plan\n\n"
      "Police announced on Friday the arrest of a man and said a curfew would continue through the weekend.\n\n"
      "Her aides declined to discuss a Senate run but noted that Ama Mensah had won two close races.\n\n"
      "Mayor Ilse Berg said the harbour could reopen in June, though she noted the dredging was late.\n\n"
      "Mensah said after the meeting she would not back the plan.\n\n"
      "Berg has said about 20 firms have asked to bid.\n\n"
      "Kofi Adu -- a founder of the dockers' union -- said the plan would cost jobs.\n\n"
      "When Berg noted that the port had lost money for years, the audience went quiet.\n";
  Extracted e = Run(text);
  const Claim* curfew = Find(e, "a curfew would continue");
  REQUIRE(curfew != nullptr);
  CHECK(curfew->quote->cue.value_or("") == "said");
  const Claim* races = Find(e, "Ama Mensah had won");
  REQUIRE(races != nullptr);
  CHECK(races->quote->speaker.mention.value_or("") == "Her aides");
  const Claim* june = Find(e, "the harbour could reopen in June");
  REQUIRE(june != nullptr);
  CHECK(june->quote->content == "the harbour could reopen in June");  // ends before "though she noted"
  const Claim* late = Find(e, "the dredging was late");
  REQUIRE(late != nullptr);
  CHECK(late->quote->speaker.name.value_or("") == "Ilse Berg");
  const Claim* back = Find(e, "she would not back the plan");
  REQUIRE(back != nullptr);
  CHECK(back->quote->speaker.name.value_or("") == "Ama Mensah");
  const Claim* firms = Find(e, "about 20 firms");
  REQUIRE(firms != nullptr);
  CHECK(firms->quote->speaker.name.value_or("") == "Ilse Berg");
  const Claim* jobs = Find(e, "the plan would cost jobs");
  REQUIRE(jobs != nullptr);
  CHECK(jobs->quote->speaker.name.value_or("") == "Kofi Adu");
  const Claim* money = Find(e, "the port had lost money");
  REQUIRE(money != nullptr);
  CHECK(money->quote->content == "the port had lost money for years");  // not the main clause
}

TEST_CASE("quotes: cue words that are nouns or names, and non-answers, are no attributions") {
  std::string text =
      "Harbour budget\n\n"
      "The Clean Harbour Plan was designed to cut dredging costs by 2030.\n\n"
      "Families can lop five figures off costs each year by moving.\n\n"
      "Having said that, the port remains the region's largest employer.\n\n"
      "A lawyer for the dockers did not respond to requests for comment.\n\n"
      "The council is weighing proposals from two firms, including states that would share the costs.\n";
  Extracted e = Run(text);
  for (const Claim& c : e.claims) {
    INFO(c.quote->content);
    CHECK(c.quote->cue.value_or("") != "Plan");
    CHECK(c.quote->cue.value_or("") != "figures");
    CHECK(c.quote->cue.value_or("") != "states");
    CHECK(c.quote->speaker.mention.value_or("") != "Having");
    CHECK(c.quote->content.find("requests for comment") == std::string::npos);
  }
}

TEST_CASE("quotes: a trailing interview setting, a concessive clause and 'they' for an unnamed group") {
  std::string text =
      "Harbour levy\n\n"
      "The port board met on Monday. Ilse Berg said the audit was fair in an interview with The Lenhaven "
      "Post last week.\n\n"
      "Dock owners have urged the council to keep the levy, although they say they support some changes.\n";
  Extracted e = Run(text);
  const Claim* fair = Find(e, "the audit was fair");
  REQUIRE(fair != nullptr);
  CHECK(fair->quote->content == "the audit was fair");
  const Claim* levy = Find(e, "to keep the levy");
  REQUIRE(levy != nullptr);
  CHECK(levy->quote->content == "to keep the levy");
  const Claim* they = Find(e, "they support some changes");
  REQUIRE(they != nullptr);
  CHECK(they->quote->speaker.resolution == "pronoun");
  CHECK(they->quote->speaker.type == "group");
  CHECK(they->quote->speaker.name.value_or("") != "Lenhaven Post");
}

TEST_CASE("quotes: a subject ending in a count ('a mother of three') is still a subject") {
  std::string text =
      "Leave plan\n\n"
      "The council met on Monday to discuss the plan.\n\n"
      "Asked about fathers, the 34-year-old mother of three replied, \"It is meant to help mothers.\"\n\n"
      "A father of two said the plan was unfair to fathers.\n\n"
      "The vast majority of those admitted are for minor offences.\n";
  Extracted e = Run(text);
  const Claim* d = Find(e, "It is meant to help mothers.");
  REQUIRE(d != nullptr);
  CHECK(d->quote->type == "direct");
  CHECK(d->quote->speaker.mention.value_or("") == "the 34-year-old mother of three");
  const Claim* i = Find(e, "the plan was unfair to fathers");
  REQUIRE(i != nullptr);
  CHECK(i->quote->speaker.mention.value_or("") == "A father of two");
  CHECK(Find(e, "are for minor offences") == nullptr);  // "those admitted": no cue
}

TEST_CASE("quotes: names in a title-case headline, days after names, and the subject as antecedent") {
  std::string text =
      "Kofi Adu Selling Boat Used To Rescue Ama Mensah\n\n"
      "Kofi Adu is selling the boat he used to rescue Ama Mensah in 2019.\n\n"
      "\xE2\x80\x9CIt is my boat,\xE2\x80\x9D he told reporters.\n\n"
      "Mayor Ilse Berg Saturday said the sale was legal.\n";
  Extracted e = Run(text);
  const Claim* boat = Find(e, "It is my boat,");
  REQUIRE(boat != nullptr);
  CHECK(boat->quote->speaker.name.value_or("") == "Kofi Adu");  // the subject, not the later name
  for (const SpeakerProfile& p : e.speakers) {
    CHECK(p.name.find("Selling") == std::string::npos);  // no name runs through the headline
    CHECK(p.name.find("Saturday") == std::string::npos);
  }
  const Claim* legal = Find(e, "the sale was legal");
  REQUIRE(legal != nullptr);
  CHECK(legal->quote->speaker.name.value_or("") == "Ilse Berg");
}

TEST_CASE("quotes: a trailing attribution reports the whole clause before it") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "Officials welcomed the new dredging contract, the minister said.\n\n"
      "Dock owners criticised the levy, said Ilse Berg, the mayor.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "Officials welcomed the new dredging contract");
  REQUIRE(a != nullptr);
  CHECK(a->quote->cue.value_or("") == "said");
  CHECK(a->quote->speaker.mention.value_or("") == "the minister");
  const Claim* b = Find(e, "Dock owners criticised the levy");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Ilse Berg");
  CHECK(Find(e, "the new dredging contract") == nullptr);  // no record for "welcomed" alone
}

TEST_CASE("quotes: 'the judge told', 'a Berg adviser' and sentence adverbs before names") {
  std::string text =
      "Harbour\n\n"
      "Mayor Ilse Berg opened the meeting on Monday.\n\n"
      "\"Everything that you have said is true,\" the judge told the court.\n\n"
      "The plan will fail, according to a Berg adviser.\n\n"
      "Instead of Berg, Kofi Adu said the plan would work.\n";
  Extracted e = Run(text);
  const Claim* j = Find(e, "Everything that you have said is true,");
  REQUIRE(j != nullptr);
  CHECK(j->quote->cue.value_or("") == "told");
  CHECK(j->quote->speaker.mention.value_or("") == "the judge");
  const Claim* a = Find(e, "The plan will fail");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") != "Ilse Berg");  // her adviser spoke, not she
  CHECK(a->quote->speaker.org.value_or("") == "Berg");
  const Claim* k = Find(e, "the plan would work");
  REQUIRE(k != nullptr);
  CHECK(k->quote->speaker.name.value_or("") == "Kofi Adu");
  for (const SpeakerProfile& p : e.speakers) CHECK(p.name.rfind("Instead", 0) == std::string::npos);
}

TEST_CASE("quotes: long addressees after 'told', and 'State' inside a name") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "Ilse Berg told a town hall in Lenhaven, a port city, on Monday that the levy was fair.\n\n"
      "Berg told a union gathering in Lenhaven she will protect the jobs of dockers.\n\n"
      "The port authority chairman named State Treasurer Kofi Adu and two others.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the levy was fair");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.addressee.value_or("") == "a town hall in Lenhaven, a port city, on Monday");
  const Claim* b = Find(e, "she will protect the jobs");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.addressee.value_or("") == "a union gathering in Lenhaven");
  for (const Claim& c : e.claims) CHECK(c.quote->cue.value_or("") != "State");
}

TEST_CASE("quotes: a question followed by its attribution, and short quoted replies") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "\"Can we win the vote?\" Mr. Adu asked. \"I do not know.\"\n\n"
      "''Will the levy pass?'' Mr. Berg asked. ''I doubt it.''\n\n"
      "In other solidly Democratic states, like Illinois, the levy passed.\n\n"
      "One of Berg's aides said the plan would fail.\n";
  Extracted e = Run(text);
  const Claim* q = Find(e, "Can we win the vote?");
  REQUIRE(q != nullptr);
  CHECK(q->quote->speaker.name.value_or("") == "Adu");
  CHECK(q->quote->cue.value_or("") == "asked");
  const Claim* r = Find(e, "I do not know.");
  REQUIRE(r != nullptr);
  CHECK(r->quote->speaker.resolution == "continuation");
  const Claim* q2 = Find(e, "Will the levy pass?");
  REQUIRE(q2 != nullptr);
  CHECK(q2->quote->speaker.name.value_or("") == "Berg");
  CHECK(Find(e, "I doubt it.") != nullptr);
  for (const Claim& c : e.claims) CHECK(c.quote->cue.value_or("") != "states");
  const Claim* a = Find(e, "the plan would fail");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.org.value_or("") == "Berg");
}

TEST_CASE("quotes: inverted attributions after a pronoun clause; nouns and adjectives that look like cues") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "He fully supports the compromise, said Rep. Kofi Adu (D-Va.), ranking member of the committee.\n\n"
      "The house had an American flag flying near the entrance.\n\n"
      "Berg has 743 pledged delegates, compared to 538 for Adu.\n\n"
      "A memorable Berg ad in 2008 questioned whether Adu was prepared to lead.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "He fully supports the compromise");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Kofi Adu");
  for (const Claim& c : e.claims) {
    CHECK(c.quote->cue.value_or("") != "flag");
    CHECK(c.quote->cue.value_or("") != "pledged");
    CHECK(c.quote->cue.value_or("") != "compared");
  }
  const Claim* q = Find(e, "whether Adu was prepared to lead");
  REQUIRE(q != nullptr);
  CHECK(q->quote->cue.value_or("") == "questioned");
}

TEST_CASE("quotes: a programme title in quotation marks is not the speaker's words") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "Sunday on the channel's \xE2\x80\x9CHarbour Morning Report,\xE2\x80\x9D Mayor Ilse Berg said the levy "
      "would pass.\n";
  Extracted e = Run(text);
  CHECK(Find(e, "Harbour Morning Report") == nullptr);
  const Claim* c = Find(e, "the levy would pass");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.name.value_or("") == "Ilse Berg");
}

TEST_CASE("speakers: party labels before names; who speaks for an organisation") {
  std::string text =
      "Harbour\n\n"
      "The Lenhaven Port Authority met on Monday.\n\n"
      "A Lenhaven Port Authority spokesman said the levy would pass.\n\n"
      "One Lenhaven Port Authority veteran said the levy would fail.\n\n"
      "Republican Ilse Berg said the levy was fair.\n\n"
      "The Republican National Committee said the levy was unfair.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the levy would pass");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Lenhaven Port Authority");  // a spokesman speaks for it
  const Claim* b = Find(e, "the levy would fail");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") != "Lenhaven Port Authority");  // a veteran does not
  CHECK(b->quote->speaker.org.value_or("") == "Lenhaven Port Authority");
  const Claim* c = Find(e, "the levy was fair");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.name.value_or("") == "Ilse Berg");
  const Claim* d = Find(e, "the levy was unfair");
  REQUIRE(d != nullptr);
  CHECK(d->quote->speaker.name.value_or("") == "Republican National Committee");
}

TEST_CASE("speakers: 'X of Place' after a title, 'Secretary of State X', a surname before a business name") {
  std::string text =
      "Harbour\n\n"
      "Sen. Ilse Berg of Ohio said the levy would pass.\n\n"
      "Secretary of State Tomas Reyl said the treaty was fair.\n\n"
      "Dana Holt opened the Holt Marina Hotel in 2010.\n\n"
      "Holt said the harbour fees were too high.\n\n"
      "Some Republican experts said the levy was unfair.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the levy would pass");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ilse Berg");
  CHECK(a->quote->speaker.org.value_or("") == "Ohio");
  const Claim* b = Find(e, "the treaty was fair");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Tomas Reyl");
  CHECK(b->quote->speaker.role.value_or("") == "Secretary of State");
  const Claim* c = Find(e, "the harbour fees were too high");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.name.value_or("") == "Dana Holt");  // not the hotel, mentioned later
  const Claim* d = Find(e, "the levy was unfair");
  REQUIRE(d != nullptr);
  CHECK_FALSE(d->quote->speaker.name.has_value());  // a party label is no organisation that speaks
  CHECK(d->quote->speaker.type == "group");
}

TEST_CASE("quotes: phrasal verbs, inverted conditions and participles are no attributions") {
  std::string text =
      "Harbour\n\n"
      "Hundreds of dock workers showed up at the harbour on Monday.\n\n"
      "Ilse Berg won the Lenhaven seat, adding to her lead over the council majority.\n\n"
      "Had the inspectors found the cracks years ago, they might have closed the quay.\n\n"
      "A developer known to be bullish on ports is Tomas Reyl.\n\n"
      "\u201cIt was the busiest week we have had,\u201d Reyl added to reporters.\n\n"
      "The harbour levy will rise, according to Lenhavenport.com.\n";
  Extracted e = Run(text);
  for (const Claim& c : e.claims) {
    if (!c.quote) continue;
    CHECK(c.quote->cue.value_or("") != "showed");
    CHECK(c.quote->cue.value_or("") != "adding");
    CHECK(c.quote->cue.value_or("") != "found");
    CHECK(c.quote->cue.value_or("") != "known");
  }
  const Claim* a = Find(e, "It was the busiest week we have had,");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Tomas Reyl");  // "added to reporters" still reports
  const Claim* b = Find(e, "The harbour levy will rise");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.mention.value_or("") == "Lenhavenport.com");  // no sentence stop in the name
}

TEST_CASE("speakers: a given name makes a person and gives the gender a pronoun agrees with") {
  std::string text =
      "Harbour\n\n"
      "Mayor Tomas Reyl met Martha Klein at the quay on Monday. She said the quay was too short.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the quay was too short");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Martha Klein");
  CHECK(a->quote->speaker.resolution == "pronoun");
  CHECK(a->quote->speaker.type == "person");
}

TEST_CASE("quotes: question-and-answer interviews; a name label repeated as in a transcript") {
  std::string text =
      "Port chief says the channel will open by the monsoon\n\n"
      "Lagos port director Maria Okonkwo spoke to us about the dredging works, which Maria Okonkwo "
      "started last year. Questions and answers have been edited.\n\n"
      "Q: When will the channel open to the big ships?\n\n"
      "A: By the monsoon. We have three ships working day and night.\n\n"
      "Q: Will the harbour fees rise?\n\n"
      "A: Not this year. The shipping lines have suffered enough.\n\n"
      "Q: And the cargo?\n\n"
      "A: Volumes fell by about 12%.\n";
  Extracted e = Run(text);
  const Claim* pct = Find(e, "Volumes fell");
  REQUIRE(pct != nullptr);
  CHECK(pct->quote->content == "Volumes fell by about 12%");
  const Claim* q = Find(e, "When will the channel open");
  REQUIRE(q != nullptr);
  CHECK_FALSE(q->quote->speaker.name.has_value());
  CHECK(q->quote->speaker.mention.value_or("") == "Q");
  const Claim* a = Find(e, "By the monsoon.");
  REQUIRE(a != nullptr);
  CHECK(a->quote->type == "direct");
  CHECK(a->quote->speaker.name.value_or("") == "Maria Okonkwo");
  const Claim* a2 = Find(e, "Not this year.");
  REQUIRE(a2 != nullptr);
  CHECK(a2->quote->speaker.name.value_or("") == "Maria Okonkwo");
  // "A:" without a "Q:" before it is no turn; a name label used once is a heading.
  Extracted e2 = Run("Budget\n\nA: the first option is to cut the levy on fuel imports.\n\n"
                     "Maria Okonkwo: Student loans Some big ideas come to pass in the end.\n");
  CHECK(Find(e2, "the first option") == nullptr);
  CHECK(Find(e2, "Student loans") == nullptr);
  Extracted e3 = Run("Panel\n\nTomas Reyl and Dana Holt debated the levy.\n\n"
                     "Tomas Reyl: The levy is too high for small farms.\n\n"
                     "Dana Holt: It pays for the roads they use every day.\n\n"
                     "Tomas Reyl: Then let the trucks pay for them.\n");
  const Claim* t = Find(e3, "It pays for the roads");
  REQUIRE(t != nullptr);
  CHECK(t->quote->speaker.name.value_or("") == "Dana Holt");
}

TEST_CASE("speakers: a coordinated pair is not one of its members; floating 'both'; 'Officials in X'") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "Tomas Reyl and Dana Holt both said that the levy was too high.\n\n"
      "Reyl said the port would appeal the ruling.\n\n"
      "Officials in Ohio and Michigan said that the count would be finished on Friday.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the levy was too high");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Tomas Reyl and Dana Holt");
  const Claim* b = Find(e, "the port would appeal");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Tomas Reyl");  // not the pair
  const Claim* c = Find(e, "the count would be finished");
  REQUIRE(c != nullptr);
  CHECK_FALSE(c->quote->speaker.name.has_value());  // no one organisation speaks for both states
}

TEST_CASE("quotes: a cue word inside an apposition; the object after an inverted verb is no speaker") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "Dana Holt, a creative writing teacher, said she would vote against the levy.\n\n"
      "The port study, which documents ten years of delays, paints both unions in a harsh light.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "she would vote against the levy");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Dana Holt");
  for (const Claim& c : e.claims)
    if (c.quote) CHECK(c.quote->cue.value_or("") != "paints");
}

TEST_CASE("quote marks: an opening curly mark after a comma and before a space closes (a typo)") {
  std::string t = "\xE2\x80\x9CIt is unusual,\xE2\x80\x9C said Larry Noble. \xE2\x80\x9CIt is hard.\xE2\x80\x9D";
  auto r = Pair(t);
  REQUIRE(r.size() == 2);
  CHECK(Inner(t, r[0]) == "It is unusual,");
  CHECK(Inner(t, r[1]) == "It is hard.");
}

TEST_CASE("speakers: 'a resident named Caroline' is a person a later 'she' can refer to") {
  std::string text =
      "Harbour\n\n"
      "Mayor Tomas Reyl opened the quay on Monday.\n\n"
      "The woman who shouted identified herself as a harbour resident named Caroline.\n\n"
      "\u201cThe quay is too short,\u201d she said.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "The quay is too short,");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Caroline");
}

TEST_CASE("speakers: 'the senator' finds the person titled 'Sen.'") {
  std::string text =
      "Harbour\n\n"
      "Sen. Ilse Berg visited the quay on Monday.\n\n"
      "The senator said the levy would pass.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the levy would pass");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ilse Berg");
  CHECK(a->quote->speaker.resolution == "role_noun");
}

TEST_CASE("quotes: -s cue words that are plural nouns: after a plural subject, or a modifier before a comma") {
  std::string text =
      "Harbour\n\n"
      "The fact that the bill has one sponsor and no Republicans shows its prospects are poor.\n\n"
      "As the mayor won in the early harbour states, donors poured money into the port fund.\n\n"
      "Reyl says, however, that the levy will pass.\n\n"
      "Sanders says the levy will fail.\n";
  Extracted e = Run(text);
  CHECK(Find(e, "its prospects are poor") == nullptr);
  CHECK(Find(e, "donors poured money") == nullptr);
  CHECK(Find(e, "the levy will pass") != nullptr);
  CHECK(Find(e, "the levy will fail") != nullptr);  // a name ending in -s is no plural
}

TEST_CASE("speakers: he/she prefer the person who opened the sentence to one named later in it") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "Tomas Reyl, a former adviser to Mayor Anton Okafor, also questioned the levy.\n\n"
      "\u201cThe quay will not pay for itself,\u201d he said.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "The quay will not pay for itself,");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Tomas Reyl");
}

TEST_CASE("quotes: a headline label ending in an editorial word names no speaker; a poll does") {
  Extracted a = Run("Delegate Update: The latest count in the harbour race\n\nThe council met on Monday.\n");
  CHECK(Find(a, "The latest count") == nullptr);
  Extracted b = Run("Harbour Poll: Voters back the new quay\n\nThe council met on Monday.\n");
  CHECK(Find(b, "Voters back the new quay") != nullptr);
}

TEST_CASE("speakers: a name after 'the' is an organisation's, so 'she' does not refer to it") {
  std::string text =
      "Harbour\n\n"
      "Ilse Berg, a harbour pilot, spoke after the vote.\n\n"
      "The Harbour Pilots Guild said the quay was too short.\n\n"
      "\u201cWe will not dock there,\u201d she said.\n";
  Extracted e = Run(text);
  const Claim* g = Find(e, "the quay was too short");
  REQUIRE(g != nullptr);
  CHECK(g->quote->speaker.type == "organization");
  const Claim* a = Find(e, "We will not dock there,");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ilse Berg");
}

TEST_CASE("speakers: a subject before a verb and its object ends at the verb ('The board includes a levy, calling on ...')") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "The new harbour budget includes a levy on cargo, calling on shippers to pay for the quay.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "shippers to pay for the quay");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.mention.value_or("") == "The new harbour budget");
}

TEST_CASE("quotes: a quotation paragraph after one opened by an earlier speaker is that speaker's") {
  std::string text =
      "Harbour\n\n"
      "\u201cThe quay is too short,\u201d Ilse Berg said.\n\n"
      "The council met on Monday to vote.\n\n"
      "Berg is upbeat about the levy, in part because she sees it as fair.\n\n"
      "\u201cNot only can the levy pass, it is the best chance we have.\u201d\n\n"
      "Okafor is against it.\n\n"
      "\u201cThe levy will fail,\u201d reads an editorial in the Harbour Post.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "Not only can the levy pass, it is the best chance we have.");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ilse Berg");
  CHECK(a->quote->speaker.resolution == "continuation");
  // Okafor has not spoken before; and a quotation with words after it is not a whole turn.
  const Claim* b = Find(e, "The levy will fail,");
  if (b) CHECK(b->quote->speaker.name.value_or("") != "Okafor");
}

TEST_CASE("quotes: '?\u201d Name pressed.' keeps the quotation and its attribution in one sentence") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "\u201cWould it be negotiable about the levy?\u201d Ilse Berg pressed. \u201cMaybe let some ships stay?\u201d\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "Would it be negotiable about the levy?");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ilse Berg");
  CHECK(a->quote->cue.value_or("") == "pressed");
}

TEST_CASE("speakers: a role noun, then a person's name in apposition: the name is the speaker") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "The port authority's chief executive, Tomas Reyl, said the levy would pass.\n\n"
      "\u201cWe have the votes,\u201d he said.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the levy would pass");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Tomas Reyl");
  CHECK(a->quote->speaker.role.value_or("") == "chief executive");
  CHECK(a->quote->speaker.resolution == "explicit");
  const Claim* b = Find(e, "We have the votes,");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Tomas Reyl");
}

TEST_CASE("speakers: a known surname alone mid-sentence is a mention 'he' can refer to") {
  std::string text =
      "Harbour\n\n"
      "Tomas Reyl, the mayor, spoke first.\n\n"
      "Anton Okafor, a spokesman for the port, spoke next.\n\n"
      "It was late, but Reyl was at the quay on Tuesday.\n\n"
      "\u201cWe will win here,\u201d he said.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "We will win here,");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Tomas Reyl");
}

TEST_CASE("speakers: 'In Lenhaven, a young woman asked ...' gives the place no role: it is no apposition") {
  std::string text =
      "Harbour\n\n"
      "At a town hall meeting in Lenhaven, a young woman asked the mayor about the levy.\n\n"
      "\u201cWho will pay for the quay?\u201d the woman said.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "Who will pay for the quay?");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") != "Lenhaven");
  CHECK(a->quote->speaker.mention.value_or("") == "the woman");
}

TEST_CASE("quotes: an -ing adjective before a role noun opens a subject ('Shipping analysts estimated that ...')") {
  std::string text =
      "Harbour\n\n"
      "The strike went on.\n\n"
      "Shipping analysts estimated that cargo worth 300 million euros was stuck at sea.\n\n"
      "The union's general secretary, Joaquim Ferreira, said the talks had failed.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "cargo worth 300 million euros was stuck at sea");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.mention.value_or("") == "Shipping analysts");
  const Claim* b = Find(e, "the talks had failed");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.role.value_or("") == "general secretary");
}

TEST_CASE("speakers: 'The agency's deputy director, Ouk Vannak, rejected that. He told ...' gives him the role and the pronoun") {
  std::string text =
      "Harbour\n\n"
      "\u201cThe wild catch is collapsing,\u201d said Sok Chenda, a fisherman.\n\n"
      "The administration's deputy director, Ouk Vannak, rejected that. He told the Morning Post that "
      "inspectors had counted only wild fish.\n\n"
      "The fund said in a report that dams had cut the flood by about 20%.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "inspectors had counted only wild fish");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ouk Vannak");
  CHECK(a->quote->speaker.role.value_or("") == "deputy director");
  // The per cent sign stays with its number at the end of the reported clause.
  CHECK(Find(e, "dams had cut the flood by about 20%") != nullptr);
}

TEST_CASE("speakers: 'Sofia Lind at Arctic Research warned ...' gives the person that organisation") {
  std::string text =
      "Harbour\n\n"
      "The council met on Monday.\n\n"
      "Analysts were divided, while Sofia Lind at Arctic Research warned that towns could lose their port.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "towns could lose their port");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Sofia Lind");
  CHECK(a->quote->speaker.org.value_or("") == "Arctic Research");
}

TEST_CASE("speakers: 'Per Eriksen of Nordbank Markets said ...' is a person of an organisation; 'Bank of America' stays whole") {
  std::string text =
      "Markets\n\n"
      "The airline cut nine routes on Monday.\n\n"
      "Per Eriksen of Nordbank Markets said the cuts were overdue.\n\n"
      "Bank of America said the shares were fairly valued.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the cuts were overdue");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Per Eriksen");
  CHECK(a->quote->speaker.org.value_or("") == "Nordbank Markets");
  CHECK(a->quote->speaker.type == "person");
  const Claim* b = Find(e, "the shares were fairly valued");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Bank of America");
  CHECK(b->quote->speaker.type == "organization");
}

TEST_CASE("speakers: an unnamed holder of a person's role is a person; an unnamed group is a group") {
  std::string text =
      "Routes\n\n"
      "The airline will cut nine routes from July, its chief executive said on Wednesday.\n\n"
      "A ministry spokeswoman said the government had no plans to step in.\n\n"
      "Some analysts said the cuts were overdue.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "The airline will cut nine routes from July");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.type == "person");
  CHECK(a->quote->speaker.role.value_or("") == "chief executive");
  const Claim* b = Find(e, "the government had no plans to step in");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.type == "person");
  const Claim* c = Find(e, "the cuts were overdue");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.type == "group");
  Extracted o = Run("Rice\n\nExports fell 18% in February, the agriculture ministry said on Thursday.\n");
  const Claim* m = Find(o, "Exports fell 18% in February");
  REQUIRE(m != nullptr);
  CHECK(m->quote->speaker.type == "organization");
}

TEST_CASE("speakers: 'The Florida senator' is the senator named before, unless the qualifier rules them out") {
  std::string text =
      "Primary\n\n"
      "Sen. Marco Rubio said on Monday that the race was far from over.\n\n"
      "The Florida senator said he would stay in the race until the convention.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "he would stay in the race until the convention");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Marco Rubio");
  CHECK(a->quote->speaker.resolution == "role_noun");
  std::string other =
      "Primary\n\n"
      "Texas Sen. Ted Cruz said on Monday that the race was far from over.\n\n"
      "The Florida senator said he would stay in the race until the convention.\n";
  Extracted o = Run(other);
  const Claim* b = Find(o, "he would stay in the race until the convention");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") != "Ted Cruz");
}

TEST_CASE("quotes: 'CLAUSE, X said' needs the verb to end there or go on with a setting; an object after it is no attribution") {
  std::string text =
      "Court\n\n"
      "Shortly after the ruling, Maria Keller announced her resignation.\n\n"
      "The state was only doing what 40 states already do, the governor told the court in a filing.\n\n"
      "The union will likely sit out the election, its director Phil Smith told POLITICO earlier this week.\n";
  Extracted e = Run(text);
  CHECK(Find(e, "Shortly after the ruling") == nullptr);
  Extracted p = Run("Files\n\nIt had two columns, one listing the facts reported by the government.\n");
  CHECK(Find(p, "It had two columns") == nullptr);
  CHECK(Find(e, "The state was only doing what 40 states already do") != nullptr);
  CHECK(Find(e, "The union will likely sit out the election") != nullptr);
}

TEST_CASE("quotes: an -s form that is also a plural noun is a noun after an adjective ('terrorist attacks', 'controversial comments')") {
  std::string text =
      "Campaign\n\n"
      "His often controversial comments on trade have drawn criticism from allies.\n\n"
      "The city has seen terrorist attacks in the past two years.\n\n"
      "The official report states that the budget will grow.\n";
  Extracted e = Run(text);
  for (const Claim& c : e.claims) {
    CHECK(c.quote->content.find("trade have drawn") == std::string::npos);
    CHECK(c.quote->content.find("the past two years") == std::string::npos);
  }
  CHECK(Find(e, "the budget will grow") != nullptr);
}

TEST_CASE("quotes: a past form after a name's possessive is an adjective ('Trump's declared goal'), not a cue") {
  Extracted e = Run("Money\n\nThe firepower reflects worry about Donald Trump's declared goal of $1 billion this year.\n");
  CHECK(e.claims.empty());
}

TEST_CASE("speakers: a mention ends before the relative pronoun that carries the verb on") {
  Extracted e = Run("Poll\n\nVoters on Tuesday were divided. A Sanders supporter who said the race was rigged left early.\n");
  const Claim* a = Find(e, "the race was rigged");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.mention.value_or("") == "A Sanders supporter");
}

TEST_CASE("quotes: '..., X said at a meeting on Wednesday': the setting is not the clause, and no setting is a clause of its own") {
  std::string text =
      "Drought\n\n"
      "Farmers in the delta are struggling. Martin O\u2019Malley visited them on Sunday.\n\n"
      "The government will set aside funds for farmers, Deputy Prime Minister Tran Van Long said at a meeting on Wednesday.\n\n"
      "\u201CIs this a priority for them?\u201D O\u2019Malley said at a press conference, according to the Las Vegas Sun.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "The government will set aside funds for farmers");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Tran Van Long");
  const Claim* q = Find(e, "Is this a priority for them?");
  REQUIRE(q != nullptr);
  CHECK(q->quote->speaker.name.value_or("") == "Martin O'Malley");
  for (const Claim& c : e.claims) {
    CHECK(c.quote->content != "a meeting on Wednesday");
    CHECK(c.quote->content.rfind("at a press conference", 0) != 0);
  }
}

TEST_CASE("speakers: adjacent role words make one role; a lower-case organisation after 'of the' counts when no name is given") {
  std::string text =
      "Drought\n\n"
      "Rice exports fell in February.\n\n"
      "\u201CThis is the worst drought in a century,\u201D said Le Thanh Tung, deputy head of the ministry's crop production department.\n\n"
      "\u201CPrices will rise,\u201D said Maria Costa, chief economist at the regional bank Banco Sul.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "This is the worst drought");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.role.value_or("") == "deputy head");
  CHECK(a->quote->speaker.org.value_or("") == "the ministry's crop production department");
  const Claim* b = Find(e, "Prices will rise");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.role.value_or("") == "chief economist");
  CHECK(b->quote->speaker.org.value_or("") == "Banco Sul");
}

TEST_CASE("quotes: a with-phrase after a comma stays in the reported clause (its figures are the speaker's)") {
  Extracted e = Run("Drought\n\nRice exports fell.\n\nHe said farmers in Ben Tre had been hit hardest, with more than 30,000 hectares damaged.\n");
  const Claim* a = Find(e, "farmers in Ben Tre");
  REQUIRE(a != nullptr);
  CHECK(a->quote->content == "farmers in Ben Tre had been hit hardest, with more than 30,000 hectares damaged");
}

TEST_CASE("speakers: 'the ministry's monthly report' is an unnamed organisation's, not the one the document names most") {
  std::string text =
      "Rice\n\n"
      "HANOI (Mekong Wire) - Exports fell, the Mekong Wire review found.\n\n"
      "Export earnings dropped to $195 million, according to the ministry's monthly report.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "Export earnings dropped");
  REQUIRE(a != nullptr);
  CHECK(!a->quote->speaker.name.has_value());
  CHECK(a->quote->speaker.type == "organization");
}

TEST_CASE("speakers: lower-case particles inside names (van der, de, bin) belong to the name") {
  std::string text =
      "Care homes\n\n"
      "Staff are leaving.\n\n"
      "Martin van der Berg, who runs three homes, says he has raised pay twice. \u201CA quarter of my staff left,\u201D he says.\n\n"
      "Mayor Bill de Blasio said the city would help. De Blasio added that funds were ready.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "he has raised pay twice");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Martin van der Berg");
  const Claim* b = Find(e, "A quarter of my staff left");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Martin van der Berg");
  const Claim* c = Find(e, "funds were ready");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.name.value_or("") == "Bill de Blasio");
}

TEST_CASE("speakers: 'A spokesperson for the Department of Health and Social Care, who asked not to be named, said ...'") {
  std::string text =
      "Care\n\n"
      "Staff are leaving.\n\n"
      "A spokesperson for the Department of Health and Social Care, who asked not to be named, said the government was investing more.\n";
  Extracted e = Run(text);
  REQUIRE(e.claims.size() == 1);
  const Claim* a = Find(e, "the government was investing more");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Department of Health and Social Care");
  CHECK(a->quote->speaker.role.value_or("") == "spokesperson");
}

TEST_CASE("quotes: 'According to X, an industry body, CLAUSE': the apposition is not part of the clause") {
  Extracted e = Run("Care\n\nStaff are leaving.\n\nAccording to figures from Skills for Care, an industry body, about one in ten posts were vacant last year.\n");
  const Claim* a = Find(e, "about one in ten posts were vacant last year");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Skills for Care");
}

TEST_CASE("speakers: a possessive inside an organisation's name ('The King's Fund'), not after a person's ('Obama's Council')") {
  std::string text =
      "Care\n\n"
      "Staff are leaving.\n\n"
      "The King's Fund, a health think tank, estimates that the sector needs more money.\n\n"
      "Obama's Council of Economic Advisers said the plan would cost jobs.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the sector needs more money");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "King's Fund");
  const Claim* b = Find(e, "the plan would cost jobs");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("").find("Obama's") == std::string::npos);
}

TEST_CASE("quotes: a comma right after the verb ends its attribution ('..., the department estimated, roughly two-thirds of ...')") {
  std::string text =
      "Floods\n\n"
      "Rivers rose.\n\n"
      "Seedlings were washed away on some 120,000 hectares, the agriculture department estimated, roughly two-thirds of the area sown.\n\n"
      "The nostalgia, he noted, may be on the studios' end.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "Seedlings were washed away");
  REQUIRE(a != nullptr);
  CHECK(a->quote->cue.value_or("") == "estimated");
  CHECK(Find(e, "roughly two-thirds") == nullptr);
  const Claim* b = Find(e, "The nostalgia");
  REQUIRE(b != nullptr);
  CHECK(b->quote->content == "The nostalgia, he noted, may be on the studios' end");
}

TEST_CASE("speakers: 'he' after an unnamed person's attribution, when no named person fits, is that person") {
  std::string text =
      "Floods\n\n"
      "Rivers rose across the state.\n\n"
      "\u201CThe situation is grim but under control,\u201D Assam's chief minister told reporters on Tuesday. "
      "He said the state had set up 312 relief camps.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "The situation is grim");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.role.value_or("") == "chief minister");
  const Claim* b = Find(e, "the state had set up 312 relief camps");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.resolution == "pronoun");
  CHECK(b->quote->speaker.role.value_or("") == "chief minister");
  CHECK(b->quote->speaker.type == "person");
}

TEST_CASE("quotes: 'Having said that', 'That said' and 'declined an interview request' are no attributions") {
  std::string text =
      "Taxes\n\n"
      "The plan is popular.\n\n"
      "Having said that, there are economists who argue that corporate taxes should be low.\n\n"
      "Carly Fiorina declined multiple requests for an interview for this article.\n\n"
      "The mayor declined, through a spokesman, to comment on the plan.\n";
  Extracted e = Run(text);
  CHECK(Find(e, "there are economists") == nullptr);
  CHECK(Find(e, "multiple requests") == nullptr);
  CHECK(Find(e, "for an interview") == nullptr);
  CHECK(Find(e, "Through a spokesman") == nullptr);
  CHECK(Find(e, "through a spokesman") == nullptr);
}

TEST_CASE("speakers: a plural's possessive apostrophe stays in the mention ('The pilots' union')") {
  Extracted e = Run("Strike\n\nThe airline cut routes.\n\nThe pilots' union said it would seek talks with the ministry.\n");
  const Claim* a = Find(e, "it would seek talks with the ministry");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.mention.value_or("") == "The pilots' union");
  CHECK(a->quote->speaker.type == "organization");
}

TEST_CASE("speakers: a headline quotation the body repeats with a speaker is that speaker's") {
  std::string text =
      "\u2018We are in shock, horrified\u2019: a town mourns\n\n"
      "By A Writer\n\n"
      "The town gathered on Sunday.\n\n"
      "\u201CWe are in shock, horrified,\u201D said Adel Nefzi, a member of the mosque's board.\n";
  Extracted e = Run(text);
  const Claim* h = Find(e, "We are in shock, horrified");
  REQUIRE(h != nullptr);
  CHECK(h->section == "headline");
  CHECK(h->quote->speaker.name.value_or("") == "Adel Nefzi");
  CHECK(h->quote->speaker.resolution == "headline");
}

TEST_CASE("speakers: 'Home Minister Rajnath Singh' has the two-word role; an age is no alias") {
  std::string text =
      "Floods\n\n"
      "Rivers rose.\n\n"
      "The government will double its fund, Home Minister Rajnath Singh wrote on X.\n\n"
      "\u201CEverything is gone,\u201D said Ramesh Bora, 58.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "The government will double its fund");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.role.value_or("") == "Home Minister");
  CHECK(!a->quote->speaker.org.has_value());
  for (const SpeakerProfile& p : e.speakers)
    for (const std::string& al : p.aliases) CHECK(al.find("58") == std::string::npos);
}

TEST_CASE("speakers: 'it' after a sentence whose subject is an unnamed organisation is that organisation") {
  std::string text =
      "Port\n\n"
      "\u201CThe numbers do not add up,\u201D said Ngozi Eze, an economist at the University of Lagos.\n\n"
      "The transport ministry disputes that. In a statement last week, it said traffic had grown by 9% a year.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "traffic had grown by 9% a year");
  REQUIRE(a != nullptr);
  CHECK(!a->quote->speaker.name.has_value());  // not the University of Lagos
  CHECK(a->quote->speaker.type == "organization");
  CHECK(a->quote->speaker.resolution == "pronoun");
}

TEST_CASE("quotes: 'will report fourth-quarter results on Jan. 29' is no attribution; 'reported a profit of' is") {
  std::string text =
      "Results\n\n"
      "Shares fell on Tuesday.\n\n"
      "Northwind will report fourth-quarter results on Jan. 29.\n\n"
      "The online retail giant reported a profit of $1.78 per share, well above the $1.11 a share that analysts "
      "had expected.\n";
  Extracted e = Run(text);
  CHECK(Find(e, "fourth-quarter results") == nullptr);
  CHECK(Find(e, "a profit of $1.78 per share") != nullptr);
}

TEST_CASE("speakers: everyday roles in appositions ('a rice trader', 'a volunteer')") {
  Extracted e = Run("Rice\n\nPrices rose.\n\nNguyen Thi Mai, a rice trader in Can Tho, said buyers were holding back.\n");
  const Claim* a = Find(e, "buyers were holding back");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.role.value_or("") == "trader");
}

TEST_CASE("speakers: a subject after an opening adverbial without a comma ('At a meeting on Friday the minister')") {
  std::string text =
      "Alliance\n\n"
      "Ingrid Holm spoke on Monday.\n\n"
      "In a March meeting with the editorial board of the Oslo Times Holm said that the alliance may need to shrink.\n\n"
      "In an interview with the Evening Post Maggie Okafor said the plan had failed.\n\n"
      "At a meeting on Friday the minister said that the budget would be cut.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "the alliance may need to shrink");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ingrid Holm");  // not "Oslo Times Holm"
  const Claim* b = Find(e, "the plan had failed");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Maggie Okafor");
  const Claim* c = Find(e, "the budget would be cut");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.mention.value_or("") == "the minister");
}

TEST_CASE("speakers: a possessive opening an institution's name stays in it ('at King's College Hospital')") {
  Extracted e = Run("Study\n\nThe study was small.\n\nDr Helen Marsh, a hepatologist at King's College Hospital, said "
                    "the findings were interesting.\n\nAdam Ozimek, an economist at Moody's Analytics, said jobs would go.\n");
  const Claim* a = Find(e, "the findings were interesting");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.org.value_or("") == "King's College Hospital");
  const Claim* b = Find(e, "jobs would go");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.org.value_or("") == "Moody's Analytics");
}

TEST_CASE("speakers: an opening adverbial before a name and its apposition is not the subject") {
  Extracted e = Run("Verdict\n\nThe court ruled.\n\nIn a statement, the commission's chief executive, Twalib Mbarak, said "
                    "it had recovered assets worth 1.1 billion shillings.\n\nBut Peter Ochieng, a lawyer for the "
                    "family, which brought the case, said the ruling was fair.\n");
  const Claim* a = Find(e, "it had recovered assets");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Twalib Mbarak");
  const Claim* b = Find(e, "the ruling was fair");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Peter Ochieng");
}

TEST_CASE("quotes: a person who 'showed no reaction' reports nothing; a poll that shows does") {
  Extracted e = Run("Verdict\n\nThe court ruled.\n\nSamuel Kiprono showed no reaction as the sentence was read. "
                    "A survey by Gallup showed support for the ruling at 61%.\n");
  CHECK(Find(e, "no reaction as the sentence was read") == nullptr);
  CHECK(Find(e, "support for the ruling at 61%") != nullptr);
}

TEST_CASE("quotes: a free relative ('in what Berg called \"...\"', 'what Republicans say is') keeps its subject") {
  Extracted e = Run("Match\n\nThe game is close.\n\nHarbour City face Riverside on March 8 in what Berg called "
                    "\"the biggest game of our season\".\n\nThe ruling is what Republicans say is a pattern of overreach.\n");
  const Claim* a = Find(e, "the biggest game of our season");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.mention.value_or("") == "Berg");  // not "Harbour City"
  CHECK(Find(e, "is a pattern of overreach") == nullptr);
}

TEST_CASE("speakers: a parenthesis inside an apposition ('... in Cambodia (TAFTAC), said'); 'told X on Aug. 28 that'") {
  std::string text =
      "Exports\n\nExports slowed.\n\n"
      "Ken Loo, secretary-general of the Garment Manufacturers Association in Cambodia (GMAC), said orders from "
      "Europe had weakened since the spring.\n\n"
      "Sen. Rob Portman (R-Ohio), a member of the committee, said he had not read the plan.\n\n"
      "Prime Minister Hun Manet told a graduation ceremony on Aug. 28 that Cambodia must diversify its markets.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "orders from Europe had weakened since the spring");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ken Loo");
  const Claim* b = Find(e, "he had not read the plan");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Rob Portman");
  const Claim* c = Find(e, "Cambodia must diversify its markets");
  REQUIRE(c != nullptr);
  CHECK(c->quote->content == "Cambodia must diversify its markets");
}

TEST_CASE("speakers: roles longer than 16 bytes ('secretary-general'); 'X of Jakarta-based Y' is a person of Y") {
  Extracted e = Run("Nickel\n\nPower is costly.\n\n\"We need help,\" GMAC secretary-general Ken Loo said.\n\n"
                    "Bambang Susilo of Jakarta-based Mirae Asset Sekuritas said margins were already thin.\n");
  const Claim* a = Find(e, "We need help");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ken Loo");  // not GMAC
  CHECK(a->quote->speaker.role.value_or("") == "secretary-general");
  const Claim* b = Find(e, "margins were already thin");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Bambang Susilo");
  CHECK(b->quote->speaker.org.value_or("") == "Mirae Asset Sekuritas");
}

TEST_CASE("speakers: 'the company' after a company spoke is that company, when its name says it is one") {
  Extracted e = Run("Nickel\n\nPower is costly.\n\nTsingshan Holding Group said in a filing that its power costs had "
                    "risen 22%. The company said it would not reduce production.\n\nThe Communications Workers of "
                    "America said the deal was fair. The company said it needed flexibility.\n");
  const Claim* a = Find(e, "it would not reduce production");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Tsingshan Holding Group");
  CHECK(a->quote->speaker.resolution == "role_noun");
  const Claim* b = Find(e, "it needed flexibility");
  REQUIRE(b != nullptr);
  CHECK(!b->quote->speaker.name.has_value());  // a union is no company
}

TEST_CASE("speakers: 'the environmental institute Ideam' is an organisation, so 'she' is not it") {
  Extracted e = Run("Water\n\nRainfall was low, according to the environmental institute Ideam.\n\n"
                    "Luz Marina Ortiz said her supply had been cut. \"I have to buy water,\" she said.\n");
  const Claim* a = Find(e, "I have to buy water");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Luz Marina Ortiz");
  const Claim* b = Find(e, "Rainfall was low");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.type == "organization");
}

TEST_CASE("quotes: a dateline with non-ASCII capitals ('BOGOTÁ — ') is no part of the reported clause") {
  Extracted e = Run("Water rationing extended in Bogotá\n\nBOGOTÁ — Colombia's capital will keep rationing water "
                    "for three more months, Mayor Carlos Fernando Galán said on Monday.\n");
  // (the content starts after the dateline)
  const Claim* a = Find(e, "Colombia's capital will keep rationing water");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Carlos Fernando Galán");
}

TEST_CASE("speakers: a dateline names no one; a role noun before a name makes it a person for 'he'") {
  std::string text =
      "The last ferrymen of the Mekong\n\nBy Sophie Tran\n\n"
      "KAMPONG CHAM, Cambodia — Sok Chea has crossed the Mekong for 31 years.\n\n"
      "\"Everyone needed me,\" he said.\n\n"
      "Provincial governor Un Chanda said the province had built four bridges. \"Roads bring investment,\" he "
      "said in an interview.\n";
  Extracted e = Run(text);
  const Claim* a = Find(e, "Everyone needed me");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Sok Chea");  // not "KAMPONG CHAM"
  const Claim* b = Find(e, "Roads bring investment");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Un Chanda");  // not Sok Chea
  CHECK(b->quote->speaker.role.value_or("") == "governor");
}

TEST_CASE("quotes: a headline quotation followed by a colon and its speaker ('\"...\": Zelensky vows ...')") {
  Extracted e = Run("\u201cWe will not give up\u201d: Zelensky vows to fight on\n\nThe president spoke in Kyiv on "
                    "Monday.\n\n'We cannot build our way out of this': Housing minister on the rent crisis\n");
  const Claim* a = Find(e, "We will not give up");
  REQUIRE(a != nullptr);
  CHECK(a->quote->type == "direct");
  CHECK(a->quote->speaker.name.value_or("") == "Zelensky");
  CHECK(a->quote->speaker.resolution == "headline");
}

TEST_CASE("quotes: '\"...,\" union leader Marta Souza said' is direct; 'Shipping line Maersk said' has a subject") {
  Extracted e = Run("Port strike\n\nThe strike goes on.\n\n\"We will not sign anything that cuts pensions,\" union "
                    "leader Marta Souza said.\n\nShipping line Maersk said it had diverted four vessels.\n\n"
                    "Following the vote, Maersk said it would wait for the port to reopen.\n");
  const Claim* a = Find(e, "We will not sign anything");
  REQUIRE(a != nullptr);
  CHECK(a->quote->type == "direct");
  CHECK(a->quote->speaker.name.value_or("") == "Marta Souza");
  const Claim* b = Find(e, "it had diverted four vessels");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Maersk");
  const Claim* c = Find(e, "it would wait");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.name.value_or("") == "Maersk");
}

TEST_CASE("speakers: a setting between commas is no apposition ('The ministry, in a statement on its website, said')") {
  Extracted e = Run("Port strike\n\nThe strike goes on.\n\nThe ministry of ports, in a statement posted on its "
                    "website, said talks would resume on Thursday.\n\nTom Miller, at Gavekal Dragonomics, argues "
                    "that its influence will grow.\n");
  const Claim* a = Find(e, "talks would resume");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.mention.value_or("") == "The ministry of ports");
  const Claim* b = Find(e, "its influence will grow");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.org.value_or("") == "Gavekal Dragonomics");
}

TEST_CASE("speakers: an everyday role with a capital before a full name is a role ('Dockworker Paulo Mendes')") {
  Extracted e = Run("Port strike\n\nThe strike goes on.\n\nDockworker Paulo Mendes, 47, said he supported the strike.\n\n"
                    "Journalist Jorge Ramos wrote that the facts were wrong.\n");
  const Claim* a = Find(e, "he supported the strike");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Paulo Mendes");
  const Claim* b = Find(e, "the facts were wrong");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Jorge Ramos");
  CHECK(b->quote->speaker.role.value_or("") == "Journalist");
}

TEST_CASE("speakers: a name before the role noun is the person's organisation ('White House spokesman Josh Earnest')") {
  Extracted e = Run("Talks\n\nThe talks resumed.\n\nWhite House spokesman Josh Earnest said the president would "
                    "attend.\n\nPresumptive Democratic nominee Hillary Clinton said she would not attend.\n\n"
                    "Concord resident Whit Symms said he was not sure either way.\n");
  const Claim* a = Find(e, "the president would attend");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.org.value_or("") == "White House");
  const Claim* b = Find(e, "she would not attend");
  REQUIRE(b != nullptr);
  CHECK(!b->quote->speaker.org.has_value());  // a party label is no organisation
  const Claim* c = Find(e, "he was not sure either way");
  REQUIRE(c != nullptr);
  CHECK(!c->quote->speaker.org.has_value());  // where he lives
  Extracted e2 = Run("Talks\n\nThe talks resumed.\n\nEnergy ministry spokesman Agung Pribadi said the request was "
                     "under review.\n");
  const Claim* d = Find(e2, "the request was under review");
  REQUIRE(d != nullptr);
  CHECK(d->quote->speaker.org.value_or("") == "Energy ministry");
}

TEST_CASE("quotes: 'CLAUSE, X told a news conference in Accra.' reports the clause, with the addressee") {
  Extracted e = Run("By-election\n\nThe count is over.\n\nTurnout was 61.4%, down from 77.2% in 2020, commission "
                    "chairwoman Jean Adukwei Mensa told a news conference in Accra.\n");
  const Claim* a = Find(e, "Turnout was 61.4%");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Jean Adukwei Mensa");
  CHECK(Find(e, "conference in Accra") == nullptr);
}

TEST_CASE("quotes: 'posted a photo' and 'whose brands include' report nothing; 'posted on X that' does") {
  Extracted e = Run("Unilever profit beats forecasts\n\nShares rose.\n\nThe home care unit posted growth of just 1.3 percent in the quarter. "
                    "Unilever Plc, whose brands include Dove soap and Hellmann's mayonnaise, also said it had bought back "
                    "shares. The minister posted on Facebook that the talks had failed.\n");
  CHECK(Find(e, "growth of just 1.3 percent") == nullptr);
  CHECK(Find(e, "include Dove soap") == nullptr);
  const Claim* a = Find(e, "it had bought back shares");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Unilever Plc");
  CHECK(Find(e, "the talks had failed") != nullptr);
}

TEST_CASE("speakers: a name left unresolved in the headline is the person the body names ('Trump Says ...')") {
  Extracted e = Run("Trump Says He Never Pledged To Kill Family Members\n\nDonald Trump said on Thursday that he had "
                    "been misquoted by reporters.\n");
  REQUIRE_FALSE(e.claims.empty());
  const Claim& h = e.claims.front();
  CHECK(h.section == "headline");
  CHECK(h.quote->speaker.name.value_or("") == "Donald Trump");
  CHECK(h.quote->speaker.resolution == "alias");
}

TEST_CASE("speakers: a subject does not open with a cue verb ('says meeting participants outlined', 'according to two senators present requested')") {
  Extracted e = Run("Delegates\n\nThe count goes on.\n\nThe plan is bold, says one strategist. Meeting participants "
                    "outlined a scenario in which Trump receives 1,265 delegates, according to two senators present "
                    "requested anonymity to reveal private conversations.\n\nProtest organizers in Cleveland say that "
                    "the rules will backfire on the city.\n");
  CHECK(Find(e, "anonymity") == nullptr);
  const Claim* a = Find(e, "the rules will backfire");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.mention.value_or("").rfind("Protest organizers", 0) == 0);
}

TEST_CASE("quotes: 'CLAUSE, data showed on Wednesday, PHRASE' reports the clause before the attribution") {
  Extracted e = Run("Prices\n\nRetail inflation eased to 4.1% in February from 5.2% in January, government data "
                    "showed on Wednesday, helped by a sharp fall in vegetable prices.\n\nThe Post reported on "
                    "Monday, based on the count, that the race would go on.\n");
  const Claim* a = Find(e, "Retail inflation eased");
  REQUIRE(a != nullptr);
  CHECK(a->quote->content == "Retail inflation eased to 4.1% in February from 5.2% in January");
  CHECK(a->quote->speaker.mention.value_or("") == "government data");
  CHECK(Find(e, "helped by") == nullptr);
}

TEST_CASE("speakers: a relative clause with a verb ('who declined to be identified') stays in the subject of 'said'") {
  Extracted e = Run("Fire\n\nThe blaze started at dawn.\n\nA police officer who declined to be identified said the suspect "
                    "had fled.\n\nFormer Gov. Martin O'Malley, who noted that he had raised the minimum wage, spoke "
                    "next.\n");
  const Claim* a = Find(e, "the suspect had fled");
  REQUIRE(a != nullptr);
  CHECK(a->quote->cue == "said");
  CHECK(a->quote->speaker.role.value_or("") == "officer");
  CHECK(Find(e, "to be identified") == nullptr);
  CHECK(Find(e, "he had raised the minimum wage") != nullptr);
}

TEST_CASE("speakers: an opening adverb is no part of the subject ('Separately, a ministry official, ... said')") {
  Extracted e = Run("Budget\n\nThe deficit narrowed.\n\nSeparately, a finance ministry official, who asked not to be "
                    "named, said the target would be met.\n\nKelly, a nurse, said the ward was full.\n");
  const Claim* a = Find(e, "the target would be met");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.mention.value_or("").rfind("a finance ministry official", 0) == 0);
  const Claim* b = Find(e, "the ward was full");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.mention.value_or("").rfind("Kelly", 0) == 0);
}

TEST_CASE("quotes: what 'promised' takes first is the promise, not an addressee ('promised to build', 'promised 120 million')") {
  Extracted e = Run("Floods\n\nThe river fell.\n\nThe government promised 120 million zlotys in October.\n\nThe mayor "
                    "promised to build a new bridge.\n\nThe mayor promised them a ferry by the end of the year.\n");
  const Claim* a = Find(e, "120 million zlotys");
  REQUIRE(a != nullptr);
  CHECK(a->quote->content == "120 million zlotys in October");
  const Claim* b = Find(e, "to build a new bridge");
  REQUIRE(b != nullptr);
  CHECK_FALSE(b->quote->speaker.addressee.has_value());
  const Claim* c = Find(e, "a ferry by");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.addressee.value_or("") == "them");
}

TEST_CASE("speakers: 'Its governor', 'the company's chief executive' hold a role in the organisation named just before") {
  Extracted e = Run("Rates\n\nThe Reserve Bank of India has kept its key rate at 6.50% since 2023. Its governor said "
                    "last month that the bank would not hurry.\n\nUnilever Plc reported higher sales on Tuesday. The "
                    "company's chief executive said demand was strong.\n\nThe ministry of health said cases rose. Its "
                    "spokesman said the rise was expected.\n");
  const Claim* a = Find(e, "the bank would not hurry");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.role.value_or("") == "governor");
  CHECK(a->quote->speaker.org.value_or("") == "Reserve Bank of India");
  const Claim* b = Find(e, "demand was strong");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.org.value_or("") == "Unilever Plc");
  const Claim* c = Find(e, "the rise was expected");
  REQUIRE(c != nullptr);
  CHECK_FALSE(c->quote->speaker.org.has_value());  // the ministry, not the company before it
}

TEST_CASE("speakers: an auxiliary opening a question is no part of a name ('Has Warsaw helped?', 'Does Rubio favor ...?')") {
  Extracted e = Run("Rain\n\nMarta Kowalczyk has been mayor of Nowa Rzeka since 2019. We spoke to her.\n\nHas Warsaw "
                    "helped?\n\nQ: Your critics say the town built on the floodplain. Is that fair?\n\nA: It is partly "
                    "fair, and we stopped that in 2020.\n\nMarco Rubio spoke in Iowa. Does Rubio favor a path to "
                    "citizenship? Rubio said he was open to it.\n");
  const Claim* a = Find(e, "It is partly fair");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Marta Kowalczyk");
  const Claim* b = Find(e, "he was open to it");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Marco Rubio");
}

TEST_CASE("quotes: a 'that' behind plain words after the verb opens a relative clause, not the reported one") {
  Extracted e = Run("Heat\n\nSummers are longer.\n\nShe said cities that had planted trees had cut deaths by a "
                    "quarter.\n\nHe said he believed that the plan would fail.\n\nKasich expressed concern that the "
                    "rally was violent. Cruz noted repeatedly that he had won a state.\n");
  const Claim* a = Find(e, "cities that had planted trees");
  REQUIRE(a != nullptr);
  CHECK(a->quote->content == "cities that had planted trees had cut deaths by a quarter");
  CHECK(Find(e, "he believed that the plan would fail") != nullptr);
  CHECK(Find(e, "concern that the rally was violent") == nullptr);
  CHECK(Find(e, "the rally was violent") != nullptr);
  CHECK(Find(e, "he had won a state") != nullptr);
}

TEST_CASE("quotes: ', saying' finds the sentence's subject past 'Rival' and '(D)', and leaves the main verb its own attribution") {
  Extracted e = Run("Debate\n\nThe nominee complained about his microphone.\n\nRival Hillary Clinton had mocked the "
                    "complaint, saying anybody who complains about a microphone “is not having a good night.”\n\n"
                    "Attorney General Ana Ruiz (D), the governor's opponent in the coming election, called Friday for "
                    "releasing the videos, as well, saying that transparency \"breaks down barriers and brings "
                    "progress.\"\n\nGov. Chris Christie (R), a Trump ally, acknowledged some plagiarism even as he "
                    "defended the campaign, saying, \"Ninety-three percent of the speech is different.\"\n");
  const Claim* a = Find(e, "is not having a good night");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Hillary Clinton");
  const Claim* b = Find(e, "breaks down barriers");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Ana Ruiz");
  const Claim* c = Find(e, "Ninety-three percent");
  REQUIRE(c != nullptr);
  CHECK(c->quote->speaker.name.value_or("") == "Chris Christie");
  CHECK(c->quote->speaker.resolution == "explicit");
  const Claim* d = Find(e, "some plagiarism");
  REQUIRE(d != nullptr);
  CHECK(d->quote->cue == "acknowledged");
}

TEST_CASE("quotes: 'which reports on Feb. 14' reports nothing") {
  Extracted e = Run("Markets\n\nStocks fell.\n\nSony, which reports on Feb. 14, was flat. Sega, which reports on "
                    "Monday, rose.\n");
  CHECK(Find(e, "on Feb. 14") == nullptr);
  CHECK(Find(e, "on Monday") == nullptr);
}

TEST_CASE("speakers: 'the commission's chairman, Mahmood Yakubu' is of the Commission named before") {
  Extracted e = Run("Vote\n\nThe vote was delayed.\n\nThe Independent National Electoral Commission (INEC) postponed the "
                    "vote on Friday.\n\n\"We will not conduct an election that we cannot defend,\" the commission's "
                    "chairman, Mahmood Yakubu, told journalists.\n\nUnilever Plc reported higher sales. The "
                    "commission's spokesman said the rules had changed.\n");
  const Claim* a = Find(e, "We will not conduct");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Mahmood Yakubu");
  CHECK(a->quote->speaker.org.value_or("") == "Independent National Electoral Commission");
  const Claim* b = Find(e, "the rules had changed");
  REQUIRE(b != nullptr);
  CHECK_FALSE(b->quote->speaker.org.has_value());  // a commission, not the company named last
}

TEST_CASE("quotes: 'called X a Y' and 'called X adjective' are characterisations; 'called a meeting' is not") {
  Extracted e = Run("Forum\n\nThe forum ended.\n\nAt the forum, Clinton called her vote in favor of the war a mistake. "
                    "The campaign called the charges unsubstantiated. One of the doctors called Oz a quack. He called "
                    "a meeting for Monday. She called the police to report it. He called it a day.\n");
  const Claim* a = Find(e, "her vote in favor of the war a mistake");
  REQUIRE(a != nullptr);
  CHECK(a->quote->cue == "called");
  CHECK(Find(e, "the charges unsubstantiated") != nullptr);
  CHECK(Find(e, "Oz a quack") != nullptr);
  CHECK(Find(e, "a meeting") == nullptr);
  CHECK(Find(e, "the police") == nullptr);
  CHECK(Find(e, "it a day") == nullptr);
}

TEST_CASE("speakers: 'USA TODAY' is one media name, not 'USA' ended by a day word") {
  Extracted e = Run("Poll\n\nVoters are split.\n\nA USA TODAY analysis of super PACs shows Democratic groups outpacing "
                    "Republicans in recent weeks.\n");
  const Claim* a = Find(e, "Democratic groups outpacing");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "USA TODAY");
  CHECK(a->quote->speaker.type == "organization");
}

TEST_CASE("speakers: 'he' after a vox pop is the named person opening the sentence before, whose gender is not known") {
  Extracted e = Run("Young voters\n\nPresident Obama gives his last address on Tuesday.\n\nDewayne Smithy, 33, of "
                    "Baldwin, Miss., dismisses the idea that casting a ballot makes a difference. \"I can't really find "
                    "a candidate that I like,\" he said.\n\nFootage of the rally shows a crowd. \"We will win,\" he "
                    "said.\n");
  const Claim* a = Find(e, "I can't really find");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Dewayne Smithy");
  CHECK(a->quote->speaker.resolution == "pronoun");
  const Claim* b = Find(e, "We will win");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("").find("Footage") == std::string::npos);
}

TEST_CASE("speakers: ', and their manager, Ellie Hale, said' finds the subject after the coordinator") {
  Extracted e = Run("Match\n\nThe game ended.\n\nHearts had led through a header after 12 minutes, and their manager, "
                    "Ellie Hale, said her side had been \"the better team for an hour\".\n\nShe bristled when top "
                    "aides John Podesta and Howard Wolfson, playing Obama and John Edwards, attacked her harshly.\n");
  const Claim* a = Find(e, "the better team for an hour");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ellie Hale");
  for (const Claim& c : e.claims) CHECK(c.quote->speaker.name.value_or("") != "John Edwards");
}

TEST_CASE("speakers: 'the 41-year-old said' is the person last spoken of") {
  Extracted e = Run("Match\n\nThe game ended.\n\nTheir manager, Ellie Hale, said her side had been unlucky. \"We had "
                    "three clear chances and we missed all of them,\" the 41-year-old said.\n");
  const Claim* a = Find(e, "We had three clear chances");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.name.value_or("") == "Ellie Hale");
  CHECK(a->quote->speaker.resolution == "role_noun");
}

TEST_CASE("quotes: 'praised his striker but said X' reports X on its own; 'said both he and Rubio promised' is one clause") {
  Extracted e = Run("Match\n\nThe game ended.\n\nRangers manager Tomasz Nowak praised his striker but said the team "
                    "still conceded too many chances.\n\nTed Cruz said both he and Rubio promised as Senate "
                    "candidates to lead the fight.\n");
  const Claim* a = Find(e, "the team still conceded");
  REQUIRE(a != nullptr);
  CHECK(a->quote->cue == "said");
  CHECK(a->quote->speaker.name.value_or("") == "Tomasz Nowak");
  const Claim* b = Find(e, "both he and Rubio promised");
  REQUIRE(b != nullptr);
}

TEST_CASE("speakers: the object of an earlier verb is no subject ('defended Sanders as a mainstream candidate, mocked ...')") {
  Extracted e = Run("Interview\n\nThe vice president spoke.\n\nVice President Joe Biden on Friday defended Bernie Sanders "
                    "as a mainstream candidate, mocked the Republican Party and its leading contenders, and made it "
                    "clear that he would campaign.\n");
  for (const Claim& c : e.claims) CHECK(c.quote->speaker.mention.value_or("") != "a mainstream candidate");
}

TEST_CASE("quotes: a first-person paragraph right after an 'A:' turn goes on with the answer") {
  Extracted e = Run("Q&A with the mayor\n\nMarta Kowalczyk has been mayor since 2019. We spoke to her.\n\nQ: Has "
                    "Warsaw helped?\n\nA: Some. The government promised 120 million zlotys.\n\nAt any rate, I said when "
                    "I took office that I would not stay silent.\n\nThis interview has been edited for length.\n");
  const Claim* a = Find(e, "At any rate");
  REQUIRE(a != nullptr);
  CHECK(a->quote->type == "direct");
  CHECK(a->quote->speaker.name.value_or("") == "Marta Kowalczyk");
  CHECK(a->quote->speaker.resolution == "continuation");
  CHECK(Find(e, "I took office") == nullptr);  // no attribution of its own inside the answer
  CHECK(Find(e, "This interview") == nullptr);
}

TEST_CASE("speakers: 'X, the company that runs the ferry, says' makes X an organisation, and 'Its general manager' of it") {
  Extracted e = Run("Ferry\n\nThe boat is old.\n\nNaviera del Sur, the company that runs the service, says it lost 2.1 "
                    "million soles last year. Its general manager, Javier Ortiz, said the subsidy had been cut.\n");
  const Claim* a = Find(e, "it lost 2.1 million soles");
  REQUIRE(a != nullptr);
  CHECK(a->quote->speaker.type == "organization");
  const Claim* b = Find(e, "the subsidy had been cut");
  REQUIRE(b != nullptr);
  CHECK(b->quote->speaker.name.value_or("") == "Javier Ortiz");
  CHECK(b->quote->speaker.org.value_or("") == "Naviera del Sur");
}

}  // namespace
}  // namespace claimkit

// SpeakerTable: canonical names, aliases in any name order, acronyms, pronouns, roles.
#include <doctest/doctest.h>

#include "extractors/quote_lexicon.h"
#include "extractors/speaker.h"

namespace claimkit {
namespace {

TEST_CASE("speakers: name words drop dots and possessives") {
  CHECK(NameWords("Mr. Hun Sen's") == std::vector<std::string>{"mr", "hun", "sen"});
  CHECK(NameWords("Amnesty\xE2\x80\x99s") == std::vector<std::string>{"amnesty"});
}

TEST_CASE("speakers: aliases resolve without assuming the surname is last") {
  SpeakerTable t;
  t.SetTitleWords({"mr", "ms", "dr"});
  int chin = t.Intern("Chin Malin", SpeakerType::kPerson, '-', 10);
  CHECK(t.Find("Malin") == chin);
  CHECK(t.Find("Chin") == chin);
  int lan = t.Intern("Nguyen Thi Lan", SpeakerType::kPerson, 'f', 20);
  CHECK(t.Find("Lan") == lan);
  CHECK(t.Find("Ms. Lan") == lan);
  // A fuller form later becomes the canonical name.
  int naran = t.Intern("Naran", SpeakerType::kUnknown, '-', 30);
  CHECK(t.Intern("Naran Sok", SpeakerType::kPerson, 'f', 40) == naran);
  CHECK(t.profile(naran).name == "Naran Sok");
  CHECK(t.profile(naran).type == SpeakerType::kPerson);
  CHECK(t.Find("Jane Roe") == -1);
}

TEST_CASE("speakers: acronyms match the initials of an organisation") {
  SpeakerTable t;
  int nacd = t.Intern("National Authority for Combating Drugs", SpeakerType::kOrganization, '-', 5);
  CHECK(t.Find("NACD") == nacd);
  int fao = t.Intern("Food and Agriculture Organization", SpeakerType::kOrganization, '-', 9);
  t.AddAcronym("FAO", fao);
  CHECK(t.Find("FAO") == fao);
}

TEST_CASE("speakers: a cleared table is a new one") {
  SpeakerTable t;
  t.SetTitleWords({"mr"});
  int nacd = t.Intern("National Authority for Combating Drugs", SpeakerType::kOrganization, '-', 5);
  t.AddAcronym("NA", nacd);
  t.Intern("Chin Malin", SpeakerType::kPerson, 'm', 9, true);
  for (int i = 0; i < 300; ++i) t.Intern("Name" + std::to_string(i) + " Word", SpeakerType::kPerson, '-', 10 + i);
  t.Clear();
  CHECK(t.size() == 0);
  CHECK(t.Find("Malin") == -1);
  CHECK(t.Find("NA") == -1);
  CHECK(t.Find("Mr. Malin") == -1);
  CHECK(t.ResolvePronoun('m', false, 100, true) == -1);
  // Interned again from empty, as in a new table: ids from 0, the old words and titles
  // gone ("mr" is a name word now, so "Chin Malin" is someone else).
  SpeakerTable fresh;
  CHECK(t.Intern("Mr. Malin", SpeakerType::kUnknown, '-', 3) == 0);
  CHECK(fresh.Intern("Mr. Malin", SpeakerType::kUnknown, '-', 3) == 0);
  CHECK(t.profile(0).name == "Mr. Malin");
  CHECK(t.Intern("Chin Malin", SpeakerType::kPerson, 'm', 4) ==
        fresh.Intern("Chin Malin", SpeakerType::kPerson, 'm', 4));
  CHECK(t.size() == fresh.size());
  CHECK(t.Find("Name7 Word") == -1);
}

TEST_CASE("speakers: the most recent matching entity wins") {
  SpeakerTable t;
  int hillary = t.Intern("Hillary Clinton", SpeakerType::kPerson, 'f', 1);
  int bill = t.Intern("Bill Clinton", SpeakerType::kPerson, 'm', 2);
  CHECK(t.Find("Clinton") == bill);
  t.Mention(hillary, 3, true);
  CHECK(t.Find("Clinton") == hillary);
}

TEST_CASE("speakers: pronouns agree in gender and number") {
  SpeakerTable t;
  int org = t.Intern("Civic Audit Office", SpeakerType::kOrganization, '-', 1, true);
  int ana = t.Intern("Ana Lima", SpeakerType::kPerson, 'f', 2, true);
  int tom = t.Intern("Tom Reyes", SpeakerType::kPerson, 'm', 3, true);
  CHECK(t.ResolvePronoun('f', false, 10, false) == ana);
  CHECK(t.ResolvePronoun('m', false, 10, false) == tom);
  CHECK(t.ResolvePronoun('x', true, 10, true) == org);
  CHECK(t.ResolvePronoun('n', false, 10, false) == org);
  // Nothing before the position.
  CHECK(t.ResolvePronoun('f', false, 1, false) == -1);
}

TEST_CASE("speakers: roles resolve role nouns") {
  SpeakerTable t;
  int e = t.Intern("Peter Olsen", SpeakerType::kPerson, 'm', 1, true);
  t.AddRole(e, "spokesman");
  t.AddOrg(e, "city council");
  CHECK(t.ResolveRole("spokesman", 5) == e);
  CHECK(t.ResolveRole("mayor", 5) == -1);
  CHECK(t.profile(e).orgs == std::vector<std::string>{"city council"});
}

TEST_CASE("lexicon: cue words, phrases, titles and pronouns load from data") {
  auto lex = QuoteLexicon::Load();
  REQUIRE(lex.ok());
  CHECK(lex->cue_count() > 600);
  const CueWord* said = lex->Cue("said");
  REQUIRE(said != nullptr);
  CHECK(said->lemma == "say");
  CHECK(said->verb);
  CHECK(said->past);
  const CueWord* saying = lex->Cue("saying");
  REQUIRE(saying != nullptr);
  CHECK(saying->gerund);
  CHECK(lex->Cue("agreed") != nullptr);
  const auto* ph = lex->PhrasesStartingWith("according");
  REQUIRE(ph != nullptr);
  CHECK((*ph)[0].words == std::vector<std::string>{"according", "to"});
  REQUIRE(lex->Prefix("Mr.") != nullptr);
  CHECK(lex->Prefix("Mr.")->gender == 'm');
  REQUIRE(lex->Role("spokeswoman") != nullptr);
  CHECK(lex->Role("spokeswoman")->gender == 'f');
  REQUIRE(lex->Pronoun("they") != nullptr);
  CHECK(lex->Pronoun("they")->plural);
}

TEST_CASE("lexicon: bad rows are reported with file and line") {
  auto lex = QuoteLexicon::FromContents("#format\t1\nsaid\tsay\tadverb\tspeech\n", "", "", "");
  REQUIRE_FALSE(lex.ok());
  CHECK(lex.status().message.find("cue_verbs.tsv:2") != std::string::npos);
}

}  // namespace
}  // namespace claimkit

#include "claimkit/structure.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace claimkit;

namespace {
// Roles joined by commas, so that doctest prints them on failure.
std::string Roles(const std::string& text) {
  auto n = Normalize(text);
  Structure st = DetectStructure(n.value(), "");
  std::string out;
  for (const Paragraph& p : st.paragraphs) out += std::string(out.empty() ? "" : ",") + RoleName(p.role);
  return out;
}
std::vector<std::string> Paras(const std::string& text) {
  auto n = Normalize(text);
  Structure st = DetectStructure(n.value(), "");
  std::vector<std::string> out;
  for (const Paragraph& p : st.paragraphs) out.emplace_back(p.span.Of(text));
  return out;
}
}  // namespace

TEST_CASE("structure: the role patterns of data/structure.tsv run behind their prechecks") {
  // Off means a row lacks a valid precheck or its example fails it: roles stay the same
  // but every paragraph pays for the regular expressions.
  CHECK(RolePatternsPrechecked());
  // A precheck never hides a role: paragraphs that start, end or contain what the
  // patterns need still get them, in any case and after a non-ASCII byte.
  std::string text = "Headline here\n\nBody text of the story goes on.\n\nREAD MORE articles\n\n"
                     "(c) Example Media. ALL RIGHTS RESERVED\n\nA man walks past. PHOTO: Jane Doe/AFP\n";
  auto norm = Normalize(text);
  REQUIRE(norm.ok());
  Structure s = DetectStructure(*norm, "");
  REQUIRE(s.paragraphs.size() == 5);
  CHECK(s.paragraphs[2].role == Role::kBoilerplate);
  CHECK(s.paragraphs[3].role == Role::kBoilerplate);
  CHECK(s.paragraphs[4].role == Role::kCaption);
}

TEST_CASE("structure: ParseDate") {
  CHECK(ParseDate("May 14, 2020") == "2020-05-14");
  CHECK(ParseDate("14 May 2020") == "2020-05-14");
  CHECK(ParseDate("Thursday, Sept. 3, 2015") == "2015-09-03");
  CHECK(ParseDate("Updated: 14 August 2022, 09:15 GMT") == "2022-08-14");
  CHECK(ParseDate("Published: 2024-06-18") == "2024-06-18");
  CHECK(ParseDate("2024-13-01") == "");
  CHECK(ParseDate("May 14, 2020 the minister said") == "");
  CHECK(ParseDate("Maybe 14 2020") == "");
}

TEST_CASE("structure: paragraphs from blank lines and from single newlines") {
  SUBCASE("blank lines") {
    CHECK(Paras("One para.\n\nTwo para.\n\n\n Three.") ==
          std::vector<std::string>{"One para.", "Two para.", "Three."});
  }
  SUBCASE("one line per paragraph") {
    CHECK(Paras("First paragraph ends.\nSecond paragraph ends.") ==
          std::vector<std::string>{"First paragraph ends.", "Second paragraph ends."});
  }
  SUBCASE("a line that continues the sentence is joined") {
    CHECK(Paras("The committee said that\nthe plan would go ahead.") ==
          std::vector<std::string>{"The committee said that\nthe plan would go ahead."});
  }
  SUBCASE("CRLF text keeps original offsets") {
    std::string t = "Alpha beta.\r\n\r\nGamma delta.";
    CHECK(Paras(t) == std::vector<std::string>{"Alpha beta.", "Gamma delta."});
  }
}

TEST_CASE("structure: header roles") {
  std::string t =
      "NEWS OF THE VALLEY\n\nFarm prices fall for a third month\n\nBy Sam Ortiz\n\n"
      "June 2, 2021\n\nPrices paid to farmers fell again in May, the ministry said.\n\n"
      "Wheat fell most. Photo: Lee Chan/Reuters\n\nSubscribe to our newsletter";
  CHECK(Roles(t) == "boilerplate,headline,byline,dateline,body,caption,boilerplate");
  auto n = Normalize(t);
  CHECK(DetectStructure(n.value(), "").published == "2021-06-02");
}

TEST_CASE("structure: text without a headline is all body") {
  std::string t =
      "PARIS - The French government said on Monday it would raise the minimum wage by 2% "
      "from next month, citing inflation that has run above 5% for most of the year.\n\n"
      "Unions said the rise was too small.";
  CHECK(Roles(t) == "body,body");
}

TEST_CASE("structure: a short paragraph of two sentences after a label is no headline") {
  CHECK(Roles("Harbour\n\nDock workers walked out at the harbour. They left at noon.\n\n"
              "The council met on Monday and said the levy would pass.") == "boilerplate,body,body");
  // An abbreviation's full stop is no sentence end: "U.S. Sen." stays in a headline.
  CHECK(Roles("U.S. Sen. Ilse Berg backs the harbour levy\n\nThe council met on Monday.") ==
        "headline,body");
}

TEST_CASE("structure: pull quote followed by a name line") {
  std::string t =
      "Water board approves new reservoir\n\n"
      "The board voted on Tuesday to build a reservoir north of the city.\n\n"
      "We cannot keep relying on rain alone to fill our taps\n\n"
      "Maria Kovac, chair of the water board\n\n"
      "\"We cannot keep relying on rain alone to fill our taps,\" said Maria Kovac, the chair.";
  CHECK(Roles(t) == "headline,body,pull_quote,pull_quote_attribution,body");
}

TEST_CASE("structure: metadata date is used when the article states none") {
  auto n = Normalize("Some headline here now\n\nBody text.");
  CHECK(DetectStructure(n.value(), "2019-03-04T10:00:00Z").published == "2019-03-04");
  StructureOptions off;
  off.detect_roles = false;
  CHECK(DetectStructure(n.value(), "", off).paragraphs[0].role == Role::kBody);
}

namespace {
// The dateline of the first body paragraph of "Headline words here\n\n" + body, as text.
std::string Dateline(const std::string& body) {
  std::string text = "Ferry services resume on the coast\n\n" + body;
  auto n = Normalize(text);
  Structure st = DetectStructure(n.value(), "");
  for (const Paragraph& p : st.paragraphs) {
    if (!p.dateline_view.empty()) return std::string(n.value().ToOriginal(p.dateline_view).Of(text));
  }
  return "";
}
}  // namespace

TEST_CASE("structure: wire datelines opening the story") {
  CHECK(Dateline("ROTTERDAM (Wire Service) - Cargo rose 12% last year.") == "ROTTERDAM (Wire Service) -");
  CHECK(Dateline("PHNOM PENH, Cambodia \xE2\x80\x94 The court sat on Monday.") ==
        "PHNOM PENH, Cambodia \xE2\x80\x94");
  CHECK(Dateline("LONDON, May 3 (Reuters) - Shares fell.") == "LONDON, May 3 (Reuters) -");
  CHECK(Dateline("Paris (AFP) - \"We are ready,\" she said.") == "Paris (AFP) -");
  CHECK(Dateline("NEW YORK -- Prices rose.") == "NEW YORK --");
  CHECK(Dateline("Yangon, Myanmar - Garment workers lost 18% of their wages.") == "Yangon, Myanmar -");
  CHECK(Dateline("Can Tho, Vietnam \xE2\x80\x94 Rice prices rose.") == "Can Tho, Vietnam \xE2\x80\x94");
  // Not datelines: ordinary openings, a capitalised word without an agency, lower case after.
  CHECK(Dateline("The port said on Monday - as expected - that cargo rose.") == "");
  CHECK(Dateline("Paris - the city of light - hosted the talks.") == "");
  CHECK(Dateline("NATO - which met today - said little.") == "");
  CHECK(Dateline("U.S. officials said the talks would resume.") == "");
  CHECK(Dateline("Smith, Jones and Lee - the three founders - met.") == "");
}

TEST_CASE("structure: datelines with non-ASCII capitals; a dateline paragraph is never the headline") {
  CHECK(Dateline("BOGOT\xC3\x81 \xE2\x80\x94 Colombia's capital will keep rationing water.") ==
        "BOGOT\xC3\x81 \xE2\x80\x94");
  CHECK(Dateline("S\xC3\x83O PAULO, Brazil - Prices rose 3% in May.") == "S\xC3\x83O PAULO, Brazil -");
  // A section label and a byline, then the story: no headline at all.
  CHECK(Roles("Ferries\n\nBy Sophie Tran\n\nKAMPONG CHAM, Cambodia \xE2\x80\x94 Sok Chea has crossed the "
              "river for 31 years.\n\n\"Everyone needed me,\" he said.") == "boilerplate,byline,body,body");
  // A kicker before a title-case headline stays a headline.
  CHECK(Roles("EXCLUSIVE \xE2\x80\x93 Roger Stone: Don't Trust the Voting Machines.\n\nThere is serious concern "
              "about voter fraud, Roger Stone said.").rfind("headline,", 0) == 0);
}

TEST_CASE("structure: a transcript speaker label is not a dateline") {
  CHECK(Dateline("JAKE MORROW: Welcome back to the programme.") == "");
  CHECK(Dateline("UPDATE: The vote was delayed.") == "");
}

TEST_CASE("structure: HTML block hints: figcaption is a caption, a repeating blockquote a pull quote") {
  std::string text =
      "Council approves new bridge\n\n"
      "The council voted on Monday to build the bridge, and the mayor welcomed it.\n\n"
      "The old bridge in winter\n\n"
      "\"This crossing has waited forty years for a decision,\" the mayor said.\n\n"
      "\"This crossing has waited forty years for a decision\"\n\n"
      "\"A quotation from the planning report that appears nowhere else in the story.\"";
  auto n = Normalize(text);
  auto range = [&](const std::string& role, const std::string& piece) {
    size_t at = text.find(piece);
    return BlockHint{role, static_cast<uint32_t>(at), static_cast<uint32_t>(at + piece.size())};
  };
  std::vector<BlockHint> hints = {
      range("figcaption", "The old bridge in winter"),
      range("blockquote", "\"This crossing has waited forty years for a decision\"\n"),
      range("blockquote", "\"A quotation from the planning report that appears nowhere else in the story.\"")};
  Structure st = DetectStructure(n.value(), "", {}, hints);
  REQUIRE(st.paragraphs.size() == 6);
  CHECK(st.paragraphs[2].role == Role::kCaption);
  CHECK(st.paragraphs[4].role == Role::kPullQuote);
  CHECK(st.paragraphs[5].role == Role::kBody);
  // Without the hints the same text has no caption and no pull quote.
  Structure plain = DetectStructure(n.value(), "");
  CHECK(plain.paragraphs[2].role == Role::kBody);
  CHECK(plain.paragraphs[4].role == Role::kBody);
}

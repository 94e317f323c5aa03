// Sentence segmentation: ICU plus the news rules of lib/src/segment.cc.
#include "claimkit/segment.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "claimkit/normalize.h"
#include "claimkit/structure.h"

using namespace claimkit;

namespace {

// The whole text as one paragraph, so these tests see only the sentence rules.
Structure OneParagraph(const NormalizedText& n) {
  Structure st;
  Paragraph p;
  p.view = Span{0, static_cast<uint32_t>(n.text().size())};
  p.span = n.ToOriginal(p.view);
  st.paragraphs.push_back(p);
  return st;
}

std::vector<std::string> Split(const std::string& text, bool rules = true) {
  NormalizedText n = Normalize(text).value();
  Segmenter seg(SegmentOptions{rules});
  std::vector<std::string> out;
  for (const Sentence& s : seg.Sentences(n, OneParagraph(n))) out.emplace_back(s.span.Of(text));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("segment: terminators") {
  CHECK(Split("The vote passed. Turnout was low.") == V{"The vote passed.", "Turnout was low."});
  CHECK(Split("Did it pass? Yes! It did.") == V{"Did it pass?", "Yes!", "It did."});
  CHECK(Split("Really?! We lost.") == V{"Really?!", "We lost."});
  CHECK(Split("  Leading and trailing space.  ") == V{"Leading and trailing space."});
  CHECK(Split("").empty());
}

TEST_CASE("segment: a paragraph without final punctuation is one sentence") {
  CHECK(Split("Markets rally as rates fall") == V{"Markets rally as rates fall"});
  // A line break inside a paragraph is not a boundary by itself.
  CHECK(Split("The council met on\nTuesday to vote. It passed.") ==
        V{"The council met on\nTuesday to vote.", "It passed."});
}

TEST_CASE("segment: titles and abbreviations") {
  CHECK(Split("Gen. Mark Lee met Sen. Ann Cole and Dr. Ray Fox on Friday.").size() == 1);
  CHECK(Split("St. Mary's Hospital is on Park St. near the river.").size() == 1);
  CHECK(Split("The shop is on Elm St. The owner left.") ==
        V{"The shop is on Elm St.", "The owner left."});
  CHECK(Split("Acme Corp. and Beta Co. merged.").size() == 1);
  CHECK(Split("Shares of Acme Inc. fell. They rose later.") ==
        V{"Shares of Acme Inc. fell.", "They rose later."});
  CHECK(Split("Bring pens, paper, etc. We start at noon.") ==
        V{"Bring pens, paper, etc.", "We start at noon."});
}

TEST_CASE("segment: U.S., U.N. and other dotted acronyms") {
  CHECK(Split("The U.S. Senate voted. Then the U.N. Security Council met.") ==
        V{"The U.S. Senate voted.", "Then the U.N. Security Council met."});
  CHECK(Split("Exports fell to the U.S. The drop was sharp.") ==
        V{"Exports fell to the U.S.", "The drop was sharp."});
  CHECK(Split("He moved to the U.S. in 1990.").size() == 1);
  CHECK(Split("DALLAS, Tex. (AP) - The storm hit.").size() == 1);
  CHECK(Split("They flew to the U.K. \"It was cold,\" she said.") ==
        V{"They flew to the U.K.", "\"It was cold,\" she said."});
  CHECK(Split("She studied in the U.K. How about you?") ==
        V{"She studied in the U.K.", "How about you?"});
}

TEST_CASE("segment: abbreviations before numbers") {
  CHECK(Split("No. 10 Downing Street said so.").size() == 1);
  CHECK(Split("See p. 12 of the report.").size() == 1);
  CHECK(Split("Prices rose on Jan. 15 to $4.50. Analysts were surprised.") ==
        V{"Prices rose on Jan. 15 to $4.50.", "Analysts were surprised."});
}

TEST_CASE("segment: decimals and money") {
  CHECK(Split("Growth was 2.5 percent. Inflation was 3.1.") ==
        V{"Growth was 2.5 percent.", "Inflation was 3.1."});
  CHECK(Split("The bill was $12.75 in total.").size() == 1);
}

TEST_CASE("segment: initials") {
  CHECK(Split("J. K. Rowling wrote it.").size() == 1);
  CHECK(Split("Author Paul A. Smith spoke.").size() == 1);
  CHECK(Split("Nobody knew it but Tom and I. Then we left.") ==
        V{"Nobody knew it but Tom and I.", "Then we left."});
  CHECK(Split("They took vitamin C. The cold went away.") ==
        V{"They took vitamin C.", "The cold went away."});
}

TEST_CASE("segment: a.m. and p.m.") {
  CHECK(Split("By 9 a.m. Mr. Lee had left. The talks end at 5 p.m. Mrs. Lee will speak.") ==
        V{"By 9 a.m. Mr. Lee had left.", "The talks end at 5 p.m.", "Mrs. Lee will speak."});
}

TEST_CASE("segment: quotes") {
  CHECK(Split("\"We will win,\" she said. \"It is over.\"") ==
        V{"\"We will win,\" she said.", "\"It is over.\""});
  CHECK(Split("\"Is it over?\" he asked.") == V{"\"Is it over?\" he asked."});
  CHECK(Split("She said: \"It is over.\" Then she left.") ==
        V{"She said: \"It is over.\"", "Then she left."});
  CHECK(Split("He called it 'a farce.' then sat down.").size() == 1);
  // A quoted sentence and its attribution.
  CHECK(Split("\"Stop!\" Jane Doe said. \"Why?\" Mr. Lee asked, smiling.") ==
        V{"\"Stop!\" Jane Doe said.", "\"Why?\" Mr. Lee asked, smiling."});
  CHECK(Split("\"We lost.\" Smith said the vote was close.") ==
        V{"\"We lost.\"", "Smith said the vote was close."});
  // ... also with a setting after the verb, and a name with an apostrophe or hyphen.
  CHECK(Split("\"Is this a priority?\" O'Malley said at a press conference. He left.") ==
        V{"\"Is this a priority?\" O'Malley said at a press conference.", "He left."});
  CHECK(Split("\"Why now?\" Al-Sharif asked on Monday.").size() == 1);
  CHECK(Split("\"We lost.\" Smith said at first he would stay.").size() == 1);
  CHECK(Split("\"It is over!\" He added, \"We go home.\"") ==
        V{"\"It is over!\"", "He added, \"We go home.\""});
  // Curly quotes: the view folds them, the spans are the original bytes.
  CHECK(Split("\xE2\x80\x9CWe won.\xE2\x80\x9D He left.") ==
        V{"\xE2\x80\x9CWe won.\xE2\x80\x9D", "He left."});
}

TEST_CASE("segment: ellipses") {
  CHECK(Split("He paused . . . and went on.").size() == 1);
  CHECK(Split("It was, well ... I cannot say.").size() == 1);
  CHECK(Split("I was not sure.... Then it ended.") == V{"I was not sure....", "Then it ended."});
  CHECK(Split("They gave up. . . . Nobody came.") ==
        V{"They gave up.", ". . . Nobody came."});
  CHECK(Split("Nobody came . . . . It was late.") ==
        V{"Nobody came . . . .", "It was late."});
}

TEST_CASE("segment: brackets, parentheses and citations") {
  CHECK(Split("\"They [the rebels] will fight [...] to the end,\" he said.").size() == 1);
  CHECK(Split("\"We tried [...]\" (Lee 2004).") == V{"\"We tried [...]\" (Lee 2004)."});
  CHECK(Split("The plan (see page 4.) was approved.").size() == 1);
  CHECK(Split("Rates rose. [3] Prices fell.") == V{"Rates rose. [3]", "Prices fell."});
}

TEST_CASE("segment: lists") {
  CHECK(Split("1) Cut taxes 2) Raise wages") == V{"1) Cut taxes", "2) Raise wages"});
  CHECK(Split("1. Cut taxes. 2. Raise wages.") == V{"1. Cut taxes.", "2. Raise wages."});
  CHECK(Split("1.) Cut taxes 2.) Raise wages") == V{"1.) Cut taxes", "2.) Raise wages"});
  CHECK(Split("a. Apples b. Pears c. Plums") == V{"a. Apples", "b. Pears", "c. Plums"});
  CHECK(Split("\xE2\x80\xA2 3. Cut taxes \xE2\x80\xA2 4. Raise wages") ==
        V{"\xE2\x80\xA2 3. Cut taxes", "\xE2\x80\xA2 4. Raise wages"});
  CHECK(Split("1. The first point is simple.") == V{"1. The first point is simple."});
  // Numbers in running text are not list markers.
  CHECK(Split("He won 3) votes and 4) seats.").size() == 1);
}

TEST_CASE("segment: names with '!' and lower-case starts") {
  CHECK(Split("She works at Yahoo! in the sales team.").size() == 1);
  CHECK(Split("Did it work? no idea.") == V{"Did it work?", "no idea."});
}

TEST_CASE("segment: no boundary without a space") {
  CHECK(Split("See example.com/page?Id=3 for details.").size() == 1);
  CHECK(Split("It was in Kingston, Ont.; he was 22.").size() == 1);
}

TEST_CASE("segment: sentences never cross paragraphs") {
  const std::string text = "First para ends here\n\nSecond para. Two sentences.";
  NormalizedText n = Normalize(text).value();
  Structure st = DetectStructure(n, "");
  REQUIRE(st.paragraphs.size() == 2);
  Segmenter seg;
  std::vector<Sentence> s = seg.Sentences(n, st);
  REQUIRE(s.size() == 3);
  CHECK(s[0].span.Of(text) == "First para ends here");
  CHECK(s[0].paragraph == 0);
  CHECK(s[1].paragraph == 1);
  CHECK(s[2].span.Of(text) == "Two sentences.");
  for (const Sentence& x : s) CHECK(n.ToOriginal(x.view) == x.span);
}

TEST_CASE("segment: plain ICU mode for comparison") {
  // ICU alone breaks after the title.
  CHECK(Split("Gen. Lee spoke.", /*rules=*/false) == V{"Gen.", "Lee spoke."});
  CHECK(Split("Gen. Lee spoke.", /*rules=*/true) == V{"Gen. Lee spoke."});
}

TEST_CASE("segment: any bytes, no crash, spans ordered and inside the text") {
  uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0xFF;
  };
  const char* pieces[] = {". ", "? ", "! ", "1) ", "a. ", "U.S. ", "Mr. ", "\"", "[...]", " . . . ",
                          "\n", "\n\n", "\xE2\x80\xA2 ", "\xC3\xA9", "\xFF", "(", ")", "word", "A"};
  Segmenter seg;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int n = next() % 40;
    for (int k = 0; k < n; ++k) {
      if (next() % 3 == 0) {
        text += static_cast<char>(next());
      } else {
        text += pieces[next() % (sizeof(pieces) / sizeof(pieces[0]))];
      }
    }
    NormalizedText norm = Normalize(text).value();
    Structure st = DetectStructure(norm, "");
    std::vector<Sentence> s = seg.Sentences(norm, st);
    uint32_t last = 0;
    for (const Sentence& x : s) {
      CHECK(x.view.start >= last);
      CHECK(x.view.end > x.view.start);
      CHECK(x.view.end <= norm.text().size());
      CHECK(x.span.end <= text.size());
      last = x.view.end;
    }
  }
}

TEST_CASE("segment: ICU over windows around terminators equals ICU over whole paragraphs") {
  // CLAIMKIT_SEGMENT_FULL_ICU=1 makes a Segmenter run ICU over each whole paragraph.
  setenv("CLAIMKIT_SEGMENT_FULL_ICU", "1", 1);
  Segmenter full;
  unsetenv("CLAIMKIT_SEGMENT_FULL_ICU");
  Segmenter windowed;
  uint32_t seed = 777;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  const char* pieces[] = {"The", "vote", "U.S.", "Mr.", "p.", "55", "3.5", ".", ". ", "? ", "!", "...",
                          " . . . ", "\"", "'", ")", "(", "[1]", ",", ";", " ", " ", " ", "\n", "a",
                          "i", "\xE3\x80\x82", "\xC3\xA9t\xC3\xA9", "-", "1)", "x.com/a?B=1",
                          // the ". A" case decided without ICU
                          ". A", "? Why", "! No", "e. G", "Jr. Smith", "A", ". \"We", ".\"", "?'"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int n = next() % 25;
    for (int k = 0; k < n; ++k) text += pieces[next() % (sizeof(pieces) / sizeof(pieces[0]))];
    NormalizedText norm = Normalize(text).value();
    Structure st = OneParagraph(norm);
    std::vector<Sentence> a = full.Sentences(norm, st);
    std::vector<Sentence> b = windowed.Sentences(norm, st);
    CAPTURE(text);
    if (a.size() != b.size()) {
      std::string esc;
      for (char c : text) esc += c == '\n' ? std::string("\\n") : std::string(1, c);
      MESSAGE("escaped: " << esc);
      for (auto& x : a) MESSAGE("full [" << std::string(x.view.Of(norm.text())) << "]");
      for (auto& x : b) MESSAGE("win [" << std::string(x.view.Of(norm.text())) << "]");
    }
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) CHECK(a[i].view == b[i].view);
  }
}

// Found by fuzzing: a control character and a spacing mark after it (U+AAEB), which the
// normaliser maps as one cluster, gave two tokens with the same original span.
TEST_CASE("segment: no two tokens share original bytes") {
  const std::string text("x\0\xEA\xAB\xAB y", 7);
  NormalizedText n = Normalize(text).value();
  for (bool rules : {true, false}) {
    Segmenter sg(SegmentOptions{rules});
    std::vector<Token> toks = sg.Tokens(n, Span{0, static_cast<uint32_t>(n.text().size())});
    for (size_t i = 1; i < toks.size(); ++i) CHECK(toks[i - 1].span.end <= toks[i].span.start);
  }
}

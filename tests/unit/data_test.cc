#include "claimkit/data.h"

#include <doctest/doctest.h>

using namespace claimkit;

TEST_CASE("data: ParseTsv reads rows, skips comments, checks columns") {
  auto rows = ParseTsv("t.tsv", "#format\t1\n# comment\n\na\tb\nc\td\te\n", 2);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 2);
  CHECK(rows.value()[0].line == 4);
  CHECK(rows.value()[1].columns.size() == 3);
}

TEST_CASE("data: ParseTsv errors name file and line") {
  auto bad = ParseTsv("units.tsv", "#format\t1\nkm\tkilometre\nm\n", 2);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message == "units.tsv:3: expected 2 columns, got 1");
  auto version = ParseTsv("x.tsv", "#format\t9\n", 1);
  REQUIRE_FALSE(version.ok());
  CHECK(version.status().message.find("x.tsv:1:") == 0);
}

TEST_CASE("data: every embedded lexicon loads") {
  for (const char* name : {"structure.tsv"}) {
    CAPTURE(name);
    CHECK(LoadTsv(name, 2).ok());
  }
  CHECK_FALSE(ReadDataFile("no-such-file.tsv").ok());
}

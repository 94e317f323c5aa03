// Claim records: what the extractors produce (schema "claimkit/claim@1").
//
// Field names follow ../docs/schema.md (and the contract fields in it). All spans
// are original byte offsets (Span). Optional fields are std::optional and are
// written as JSON null when absent.
#ifndef CLAIMKIT_EXTRACTORS_CLAIM_H_
#define CLAIMKIT_EXTRACTORS_CLAIM_H_

#include <optional>
#include <string>
#include <vector>

#include "claimkit/span.h"

namespace claimkit {

struct SpeakerRef {
  std::optional<std::string> name;     // canonical: fullest form in the document
  std::optional<std::string> mention;  // the words naming the speaker here ("he", "the spokesman")
  std::optional<Span> mention_span;
  std::string type = "unknown";        // person, organization, group, unknown
  std::optional<std::string> role;     // "spokesman"
  std::optional<std::string> org;      // "Ministry of Justice"
  std::string resolution = "none";     // explicit, pronoun, alias, role_noun, continuation,
                                       // pull_quote, headline, none
  std::optional<std::string> addressee;  // "the Globe" in "told the Globe"
};

struct QuoteInfo {
  std::string type;  // direct, mixed, indirect, partial, pull
  std::string content;
  Span content_span;
  SpeakerRef speaker;
  std::optional<std::string> cue;
  std::optional<Span> cue_span;
  std::optional<std::string> duplicate_of;  // pull quote: id of the body quote it repeats
  // mixed and partial: the whole reported clause the quoted words stand in ("the Kingdom's
  // rising prison population “proves the success ...”"); content is the quoted words only.
  std::optional<Span> clause_span;
};

struct Quantity {
  std::string text;  // with bound words: "about 17,000"
  Span span;
  std::optional<double> value;  // null for ranges
  std::optional<double> low, high;
  std::string bound = "exact";  // exact approx more_than less_than at_least at_most range
  std::optional<std::string> unit;  // percent, ISO currency code, counted noun
  std::optional<std::string> scale_text;  // "million", "bn"
};

struct TimeRef {
  std::string text;
  std::optional<Span> span;
  std::string value;  // ISO date or year ("2017", "2020-03")
};

struct SourceRef {
  std::string name;
  std::optional<std::string> cue;
  std::optional<std::string> quote_id;
};

struct ChangeInfo {
  std::optional<double> from, to;
  std::optional<double> stated_percent, computed_percent;
  std::optional<bool> consistent;  // null when nothing to check
  std::string direction;           // "up", "down" or ""
};

struct Check {          // other arithmetic checks: share <= total, low <= high, stated sums
  std::string kind;     // "range_order", "share_of_total", "sum", "percent_of_total", "points_change"
  bool consistent = true;
  std::string detail;
};

struct NumericInfo {
  Quantity quantity;
  std::optional<std::string> measure;
  std::optional<Span> measure_span;
  std::optional<TimeRef> time;
  std::optional<SourceRef> source;
  std::optional<ChangeInfo> change;
  std::optional<std::string> change_role;  // from, to, relative_change
  std::vector<Check> checks;
};

struct Claim {
  std::string id;       // "<doc_id>#q3" / "<doc_id>#n2"; assigned by the registry
  std::string doc_id;
  std::string kind;     // "quote" or "numeric"
  Span span;            // sentence(s) carrying the claim
  std::string section;  // role name of the paragraph
  double confidence = 0.5;
  std::optional<QuoteInfo> quote;      // kind == "quote"
  std::optional<NumericInfo> numeric;  // kind == "numeric"
};

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_CLAIM_H_

// Numeric extractor: every checkable quantity an article asserts, as kind "numeric" claims.
//
//   auto ex = CreateNumericExtractor();   // loads data/*.tsv lexicons once
//   ex.value()->Run(analysis, &claims);   // appends numeric claims (quotes may already be there)
//
// Per body sentence (captions, bylines, datelines, boilerplate, pull quotes and their
// attributions are skipped) it finds quantities (numeric_parse.h) and fills for each:
//   quantity  text/span with bound words, value or low/high, bound, unit
//             ("about 17,000" -> 17000 approx; "5,100-12,000" -> range; "$1.5bn" -> USD)
//   measure   what is counted: the counted noun phrase, "X% of <NP>", or the subject of a
//             change verb ("Cambodia's prison population has risen by 78%")
//   time      the year or month it refers to: "in 2016", "a year later" (after a year named
//             before), "as of March this year" (with the publication date) -> "2020-03"
//   source    the speaker when the number stands inside a quote (quote id linked), else
//             "according to X"
//   change    from/to/stated/computed percent and whether they agree (numeric_check.h):
//             "risen by 78% ..., from 21,900 ... to over 38,990" -> +78.04%, consistent;
//             "that number had jumped to 8,700" takes its "from" from the sentence before;
//             "grew more than threefold to $1.2 million": a stated change of +200%
//   checks    "range_order" (low <= high), "share_of_total" ("12 of the 20 members"), "sum"
//             ("a total of 640 patients, including 410 ... and 180 ...": parts <= total;
//             "96 beds: 60 ... and 30 ...": parts = total)
// Sentences with no digit and no number word are skipped by a byte scan
// (NumericLexicon::MayHoldQuantity). A number word opening a quoted term mid-clause (a report's
// "two parallel systems of detention") is a label, not a claim.
#ifndef CLAIMKIT_EXTRACTORS_NUMERIC_H_
#define CLAIMKIT_EXTRACTORS_NUMERIC_H_

#include <memory>

#include "extractors/registry.h"

namespace claimkit {

Result<std::unique_ptr<Extractor>> CreateNumericExtractor();

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_NUMERIC_H_

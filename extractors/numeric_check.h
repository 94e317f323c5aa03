// Arithmetic checks on numeric claims: does a stated percent change agree with the figures?
//
//   Reading from{21900, 50, "exact"}, to{38990, 5, "more_than"};
//   ChangeCheck c = CheckChange(from, to, 78, 0.5);   // computed 78.04, consistent
//
// A printed figure stands for every value that rounds to it ("21,900" = 21,850..21,950; "4.7%"
// = 4.65..4.75); bound words widen that ("about" by 3%, "over" upwards by 10%). The check is
// inconsistent only when no reading of the figures reconciles them (CONTRACT.md: "4.7% with
// $48.8bn -> $51.2bn is consistent: 4.71% is reachable").
#ifndef CLAIMKIT_EXTRACTORS_NUMERIC_CHECK_H_
#define CLAIMKIT_EXTRACTORS_NUMERIC_CHECK_H_

#include <string>

namespace claimkit::numeric {

struct Reading {
  double value = 0;
  double rounding = 0.5;        // half the unit of the last printed digit (after scale)
  std::string bound = "exact";  // exact approx more_than at_least less_than at_most
};

// The interval of values a reading stands for.
void ReadingInterval(const Reading& r, double* lo, double* hi);

struct ChangeCheck {
  double computed_percent = 0;  // 100 * (to - from) / from, rounded to 2 decimals
  bool consistent = true;
  bool checkable = false;       // false when from is 0 or the readings cross zero
};

// `stated_percent` is signed (a fall is negative); `stated_rounding` its half-unit (0.5 for
// "78%", 0.05 for "4.7%"); `stated_bound` widens it like a reading's bound.
ChangeCheck CheckChange(const Reading& from, const Reading& to, double stated_percent,
                        double stated_rounding, const std::string& stated_bound = "exact");

}  // namespace claimkit::numeric

#endif  // CLAIMKIT_EXTRACTORS_NUMERIC_CHECK_H_

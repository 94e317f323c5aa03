// Change consistency checks (see numeric_check.h).
#include "extractors/numeric_check.h"

#include <algorithm>
#include <cmath>

namespace claimkit::numeric {

void ReadingInterval(const Reading& r, double* lo, double* hi) {
  double v = r.value, a = std::fabs(r.value);
  double round = std::max(r.rounding, 0.0);
  *lo = v - round;
  *hi = v + round;
  if (r.bound == "approx") {
    double w = std::max(round, 0.03 * a);
    *lo = v - w;
    *hi = v + w;
  } else if (r.bound == "more_than" || r.bound == "at_least") {
    *hi = v + std::max(round, 0.1 * a);
  } else if (r.bound == "less_than" || r.bound == "at_most") {
    *lo = v - std::max(round, 0.1 * a);
  }
}

ChangeCheck CheckChange(const Reading& from, const Reading& to, double stated_percent,
                        double stated_rounding, const std::string& stated_bound) {
  ChangeCheck c;
  if (from.value == 0) return c;
  c.computed_percent = std::round(10000.0 * (to.value - from.value) / from.value) / 100.0;
  double flo, fhi, tlo, thi;
  ReadingInterval(from, &flo, &fhi);
  ReadingInterval(to, &tlo, &thi);
  if (flo <= 0 || tlo < 0) return c;  // signs may flip inside the interval: not checkable
  c.checkable = true;
  double pmin = 100.0 * (tlo / fhi - 1.0), pmax = 100.0 * (thi / flo - 1.0);
  double slo, shi;
  ReadingInterval(Reading{stated_percent, stated_rounding, stated_bound}, &slo, &shi);
  c.consistent = !(pmax < slo || pmin > shi);
  return c;
}

}  // namespace claimkit::numeric

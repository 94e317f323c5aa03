// Placeholder until this command lands.
#include <iostream>

#include "commands.h"

namespace claimkit::cli {

int RunEvalNumbers(const Args&) {
  std::cerr << "claimkit: not implemented yet\n";
  return 2;
}

}  // namespace claimkit::cli

// Subcommands of the claimkit executable. Each takes the arguments after its name
// and returns the process exit code: 0 ok, 1 some documents failed, 2 usage or fatal.
#ifndef CLAIMKIT_CLI_COMMANDS_H_
#define CLAIMKIT_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace claimkit::cli {

using Args = std::vector<std::string>;

int RunSegment(const Args& args);    // cmd_segment.cc
int RunExtract(const Args& args);    // cmd_extract.cc
int RunSpeakers(const Args& args);   // cmd_speakers.cc
int RunEval(const Args& args);       // cmd_eval.cc: dispatches to the three below
int RunEvalSegmentation(const Args& args);  // eval_segmentation.cc
int RunEvalNumbers(const Args& args);       // eval_numbers.cc
int RunEvalQuotes(const Args& args);        // eval_quotes.cc
int RunEvalSeed(const Args& args);          // eval_seed.cc: against a hand-made gold file

}  // namespace claimkit::cli

#endif  // CLAIMKIT_CLI_COMMANDS_H_

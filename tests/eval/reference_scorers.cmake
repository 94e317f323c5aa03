# `claimkit eval` must report the same numbers as the reference scorers in ../shared/tools
# (score.py, polnear_score.py, newsquant_score.py, golden_rules.py, ud_score.py): this runs
# both on the same output and fails on any difference beyond rounding.
find_program(PYTHON3 python3)
if(PYTHON3)
  claimkit_eval_test(eval_matches_reference_scorers
    ${PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/eval/reference_scorers.py
    $<TARGET_FILE:claimkit> ${CLAIMKIT_SHARED_DIR})
endif()

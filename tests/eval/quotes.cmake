# Quote attribution on PolNeAR dev (../shared/data/quotes/polnear/dev): content spans
# found (character Jaccard >= 0.5) and sources right, scored as polnear_score.py does.
# Thresholds sit just below the measured scores (0.750 / 0.600); raise them as the extractor
# improves. Mixed quotes follow the claim contract (content = the quoted words only), which
# PolNeAR's clause-wide content spans score lower: matched by quote.clause_span instead,
# `claimkit eval quotes` also prints 0.819 / 0.632 (content_by_clause lines).
claimkit_eval_test(eval_quotes_polnear_dev
  $<TARGET_FILE:claimkit> eval quotes --polnear ${CLAIMKIT_SHARED_DIR}/data/quotes/polnear/dev
  --min-quoted-source 0.750 --min-content-f1 0.600)

# Quote attribution on PolNeAR dev (../shared/data/quotes/polnear/dev): content spans
# found (character Jaccard >= 0.5) and sources right, scored as polnear_score.py does.
# Thresholds sit just below the measured scores (0.811 / 0.614 at the last change); raise them as
# the extractor improves.
claimkit_eval_test(eval_quotes_polnear_dev
  $<TARGET_FILE:claimkit> eval quotes --polnear ${CLAIMKIT_SHARED_DIR}/data/quotes/polnear/dev
  --min-quoted-source 0.80 --min-content-f1 0.61)

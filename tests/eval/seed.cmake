# The example article against its hand-made reference (../shared/seed). Thresholds sit just
# below the measured scores (README, "Quality"), so a drop fails the build.
set(SEED_GOLD "${CLAIMKIT_SHARED_DIR}/seed/000_961cd1962e6daa38.gold.json")
set(SEED_TEXT "${CLAIMKIT_SHARED_DIR}/seed/000_961cd1962e6daa38.txt")
# Measured: quote_span and quote_speaker_e2e F1 0.962 (P 0.926, R 1.0); every direct quote found
# with its speaker; numbers, bounds and changes all right.
claimkit_eval_test(eval_seed
  $<TARGET_FILE:claimkit> eval seed --gold ${SEED_GOLD} ${SEED_TEXT}
  --min quote_span=0.95 --min quote_speaker_e2e=0.95 --min direct_recall_with_speaker=1.0
  --min number_value=1.0 --min number_bound_acc_on_found=1.0 --min change_found=1.0
  --min change_check_right=1.0)

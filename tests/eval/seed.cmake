# The example article against its hand-made reference (../shared/seed). Thresholds sit just
# below the measured scores (README, "Quality"), so a drop fails the build.
set(SEED_GOLD "${CLAIMKIT_SHARED_DIR}/seed/000_961cd1962e6daa38.gold.json")
set(SEED_TEXT "${CLAIMKIT_SHARED_DIR}/seed/000_961cd1962e6daa38.txt")
claimkit_eval_test(eval_seed
  $<TARGET_FILE:claimkit> eval seed --gold ${SEED_GOLD} ${SEED_TEXT})

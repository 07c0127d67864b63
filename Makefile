# Shortcuts for the scripts; the scripts are the source of truth.
.PHONY: run test bench
run:
	scripts/run.sh
test:
	scripts/test.sh
bench:
	scripts/bench.sh

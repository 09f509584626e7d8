# The two Quick-start commands plus the release build and the benchmark. Each installs what it
# needs first (scripts/setup.sh), so they work on a fresh machine.
.PHONY: run test release bench setup
run:
	scripts/run.sh
test:
	scripts/test.sh
release:
	scripts/release.sh
bench:
	scripts/bench.sh
setup:
	scripts/setup.sh

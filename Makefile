# zhibiao - Chinese government report text to metric tables and charts.
#
#   make          build every stage into bin/
#   make run      install what is missing, build, run the pipeline on the
#                 bundled sample into out/
#   make test     the test suite, plain and under ASan+UBSan
#   make bench    throughput and peak memory on a large input
#   make fuzz     libFuzzer targets, FUZZ_SECONDS each
#   make install  PREFIX=/usr/local DESTDIR=

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
# -O3 and link-time optimization: the stages call small lib functions
# (keyword, UTF-8 and CSV helpers) per character and per cell; inlined across
# files they run 6-10% fewer instructions (callgrind) and the pipeline of
# make bench takes about 6% less time.
CFLAGS  ?= -O3 -g -flto=auto
# B is the binary folder: bin/ (plain) or bin-asan/ (sanitizers).
B       ?= bin
SAN     ?=
ifeq ($(SAN),1)
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif
ZB_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Ilib \
            -I/usr/include/libxml2 $(SANFLAGS)
LDLIBS  = -lcsv -lgsl -lgslcblas -lxml2 -lzip -lm

# Debian packages needed to build, test and plot (installed by `make deps`);
# the converters of zb-extract's formats (poppler-utils: PDF; tesseract-ocr,
# tesseract-ocr-chi-sim: scans), and what the tests make their inputs with
# (pango1.0-tools renders PDF and PNG pages, zip packs .docx files).
DEB_PACKAGES = gcc make libc6-dev libcsv-dev libgsl-dev gnuplot-nox fonts-noto-cjk \
               fontconfig pkg-config parallel rsync datamash help2man time file valgrind pandoc \
               python3 libxml2-dev libzip-dev poppler-utils tesseract-ocr tesseract-ocr-chi-sim \
               pango1.0-tools zip

OBJDIR    = build/$(B)
LIB_SRC   = $(filter-out %_test.c,$(wildcard lib/*.c))
# The tables of data/ are compiled in as strings (lib/tsv2c.awk), and
# installed for users to copy and extend.
DATA_TSV  = $(wildcard data/*.tsv)
LIB_OBJ   = $(patsubst lib/%.c,$(OBJDIR)/lib/%.o,$(LIB_SRC)) \
            $(patsubst data/%.tsv,$(OBJDIR)/data/%_tsv.o,$(DATA_TSV))
STAGES    = $(patsubst stages/%.c,%,$(wildcard stages/*.c))
PROGRAMS  = $(addprefix $(B)/,$(STAGES))
UNIT_SRC  = $(wildcard lib/*_test.c)
UNIT_BINS = $(patsubst lib/%_test.c,$(B)/test-%,$(UNIT_SRC))
SCRIPTS   = $(wildcard scripts/zb-*)
MANPAGES  = $(patsubst %,build/man/%.1,$(STAGES) $(notdir $(SCRIPTS)))
SAMPLE    = data/000_11d64e9f02979a6c.txt

.PHONY: all deps run test test-plain test-asan bench fuzz install clean man
.SUFFIXES:

all: $(PROGRAMS) $(UNIT_BINS) $(B)/failmalloc.so

$(OBJDIR)/lib/%.o: lib/%.c $(wildcard lib/*.h)
	@mkdir -p $(@D)
	$(CC) $(ZB_CFLAGS) $(CFLAGS) -c -o $@ $<

$(OBJDIR)/data/%_tsv.c: data/%.tsv lib/tsv2c.awk
	@mkdir -p $(@D)
	awk -v name=zb_$*_tsv -f lib/tsv2c.awk $< > $@.tmp && mv $@.tmp $@

# Kept, not removed as an intermediate file (which would rebuild it each time).
.PRECIOUS: $(OBJDIR)/data/%_tsv.c

$(OBJDIR)/data/%_tsv.o: $(OBJDIR)/data/%_tsv.c
	$(CC) $(ZB_CFLAGS) $(CFLAGS) -c -o $@ $<

$(OBJDIR)/libzb.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(B)/%: stages/%.c $(OBJDIR)/libzb.a $(wildcard lib/*.h)
	@mkdir -p $(@D)
	$(CC) $(ZB_CFLAGS) $(CFLAGS) -o $@ $< $(OBJDIR)/libzb.a $(LDLIBS)

$(B)/test-%: lib/%_test.c $(OBJDIR)/libzb.a $(wildcard lib/*.h)
	@mkdir -p $(@D)
	$(CC) $(ZB_CFLAGS) $(CFLAGS) -o $@ $< $(OBJDIR)/libzb.a $(LDLIBS)

# tests/oom.test preloads it to make allocation fail (no sanitizers: they
# bring their own allocator).
$(B)/failmalloc.so: tests/failmalloc.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -Wall -Wextra -Werror -O2 -shared -fPIC -o $@ $<

# Install the Debian packages that are missing (sudo when not root).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

man: $(MANPAGES)

# Man pages are made from each program's --help and --version, in a UTF-8
# locale (help2man's default C turns the Chinese examples into ?).
build/man/%.1: $(B)/% Makefile
	@mkdir -p $(@D)
	help2man --locale=C.UTF-8 --no-info --no-discard-stderr -o $@ ./$<

build/man/%.1: scripts/% $(PROGRAMS) Makefile
	@mkdir -p $(@D)
	PATH=$(CURDIR)/$(B):$$PATH help2man --locale=C.UTF-8 --no-info --no-discard-stderr -o $@ ./$<

run: deps all
	@mkdir -p out
	PATH=$(CURDIR)/$(B):$$PATH scripts/zb-pipeline -o out $(SAMPLE)
	@echo "wrote out/: $$(ls out | tr '\n' ' ')"

test: deps
	$(MAKE) test-plain
	$(MAKE) test-asan

test-plain: all
	tests/run $(B)

test-asan:
	$(MAKE) B=bin-asan SAN=1 CFLAGS="-O1 -g" all
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 tests/run bin-asan

bench: deps all
	tests/bench $(B)

fuzz: deps
	tests/fuzz/run $(FUZZ_SECONDS)

install: all man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(PROGRAMS) $(SCRIPTS) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(MANPAGES) $(DESTDIR)$(PREFIX)/share/man/man1/
	install -d $(DESTDIR)$(PREFIX)/share/zhibiao
	install -m 644 $(DATA_TSV) $(DESTDIR)$(PREFIX)/share/zhibiao/

clean:
	rm -rf bin bin-asan build out

# tsv2c.awk - a table of data/ as a C string: awk -v name=zb_places_tsv.
# The tables hold no quote or backslash (checked here, so the string is
# the file byte for byte).
BEGIN { printf "/* generated from a table of data/ by lib/tsv2c.awk */\nconst char %s[] =\n", name }
/["\\]/ { printf "%s:%d: a quote or backslash\n", FILENAME, FNR > "/dev/stderr"; bad = 1; exit 1 }
{ printf "\t\"%s\\n\"\n", $0 }
END { if (!bad) print "\t\"\";" }

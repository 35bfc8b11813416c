import collections, csv, sys
# metrics.csv, indicators.csv: for every sentence where one subject has a
# level (amount, quantity, count) and a change, one indicator row of that
# subject holds both mentions.
levels = {"amount", "quantity", "count"}
by = collections.defaultdict(lambda: {"level": [], "change": []})
for r in csv.DictReader(open(sys.argv[1])):
    if not r["subject"] or not r["value"]:
        continue
    k = (r["doc"], r["sentence"], r["subject"])
    if r["type"] in levels:
        by[k]["level"].append(r)
    elif r["type"] == "change":
        by[k]["change"].append(r)
rows = list(csv.DictReader(open(sys.argv[2])))
want = bad = 0
for (doc, sent, subj), v in by.items():
    if not v["level"] or not v["change"]:
        continue
    want += 1
    lv, ch = v["level"][0], v["change"][0]
    ok = any(x["doc"] == doc and x["subject"] == subj and x["level_mention"] == lv["mention"]
             and x["change_mention"].lstrip("+-") == ch["mention"].lstrip("-") for x in rows)
    if not ok:
        bad += 1
        print("not joined:", subj, lv["mention"], ch["mention"], file=sys.stderr)
print(want, bad)

/* fontfind.c - a font with Chinese glyphs, through fontconfig's tools. */
#include "fontfind.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* Families covering Chinese, one a line; and fontconfig's own pick. */
#define FC_LIST "fc-list ':lang=zh' family 2>/dev/null"
#define FC_MATCH "fc-match -f '%{family[0]}' 'sans-serif:lang=zh-cn' 2>/dev/null"

/* Name preferences: a family scores the weights of the words it contains.
 * Charts want a plain sans face in simplified Chinese. */
static const struct {
	const char *word;
	int weight;
} prefs[] = {
	{"Sans", 8},
	{" SC", 4},
	{" CN", 4},
	{"Hei", 4},
	{"Mono", -6},
	{"Serif", -2},
	{"Ming", -2},   /* serif faces by their Chinese names */
	{"Song", -2},
	{"Kai", -2},
};

static int score(const char *family)
{
	int s = 0;
	for (size_t i = 0; i < sizeof prefs / sizeof prefs[0]; i++)
		if (strstr(family, prefs[i].word))
			s += prefs[i].weight;
	return s;
}

const char *zb_font_choose(const char *const *families, size_t n, const char *matched)
{
	const char *best = NULL;
	int best_score = 0;
	for (size_t i = 0; i < n; i++) {
		if (matched && strcmp(families[i], matched) == 0)
			return families[i];
		int s = score(families[i]);
		if (!best || s > best_score || (s == best_score && strcmp(families[i], best) < 0)) {
			best = families[i];
			best_score = s;
		}
	}
	return best;
}

/* A family as fc-list prints it: the first of its comma-separated names,
 * backslash escapes removed, in place. */
static char *first_name(char *line)
{
	char *w = line;
	for (char *r = line; *r && *r != '\n' && *r != ','; r++) {
		if (*r == '\\' && r[1])
			r++;
		*w++ = *r;
	}
	*w = '\0';
	return line;
}

/* Lines of a command's output (stripped as by first_name); exit status in
 * *status (-1 when it could not be started). */
static char **run_lines(const char *cmd, size_t *n, int *status)
{
	char **v = NULL, *line = NULL;
	size_t cap = 0, len = 0;
	*n = 0;
	*status = -1;
	FILE *p = popen(cmd, "r");
	if (!p)
		return NULL;
	while (getline(&line, &len, p) != -1) {
		if (!*first_name(line))
			continue;
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			char **nv = realloc(v, cap * sizeof *v);
			if (!nv)
				break;
			v = nv;
		}
		if (!(v[*n] = strdup(line)))
			break;
		(*n)++;
	}
	free(line);
	int st = pclose(p);
	*status = st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	return v;
}

static void free_lines(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int zb_font_find_cjk(char **family)
{
	size_t n, nm;
	int st, stm;
	*family = NULL;
	char **fams = run_lines(FC_LIST, &n, &st);
	if (st == 127 || st == -1) {  /* the shell found no fc-list */
		free_lines(fams, n);
		return ZB_FONT_NO_TOOLS;
	}
	char **match = run_lines(FC_MATCH, &nm, &stm);
	const char *pick = zb_font_choose((const char *const *)fams, n,
					  stm == 0 && nm ? match[0] : NULL);
	if (pick)
		*family = strdup(pick);
	free_lines(fams, n);
	free_lines(match, nm);
	return *family ? ZB_FONT_FOUND : ZB_FONT_NONE;
}

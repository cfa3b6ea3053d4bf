package extract

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/unkg/unkg/rules"
)

// matchedIDs runs text as an example document of date and language with
// extractor x and gives the ids of the patterns that matched in it.
func matchedIDs(t *testing.T, x *Extractor, text, iso, lang string) map[string]int {
	t.Helper()
	ctx := exampleContext{lang: lang}
	if iso != "" {
		dt, err := parseISODate(iso)
		if err != nil {
			t.Fatal(err)
		}
		ctx.date = dt
	}
	got := map[string]int{}
	for _, m := range patternMatches(t, x, "example:test", []byte(text), &ctx) {
		got[strings.Fields(m)[0]]++
	}
	return got
}

// A pattern's literal is its own token: another pattern's longer literal
// over it ("president of the general assembly", a literal of
// presidency/en-r23-said-pga-of-session and others) hides it not, so a
// pattern written with the short one ("president of the") still fires
// inside it. With the literals' overlaps resolved longest-leftmost, as
// before round 23, the short one was gone and the pattern silently failed.
func TestLiteralInsideAnotherPatternsLongerLiteralStillFires(t *testing.T) {
	// rules/data/pattern/en-meetings.tsv (IANS / Xinhua, 16 September 2013)
	text := "The UN General Assembly concluded its 67th session Monday with progress being made on a number of international hotspots and development-related issues.\n\"During this session, member states adopted close to 90 written and oral decisions, and around 300 resolutions,\" said Vuk Jeremic, president of the General Assembly's 67th session, in his closing remarks to the 193-member body as he outlined some of the highlights of the past year, Xinhua reported."
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	long := false
	for _, l := range set.Literals() {
		if l.Lang == "en" && l.Text == "president of the general assembly" {
			long = true
		}
	}
	if !long {
		t.Fatal(`no built-in English pattern has the literal "president of the general assembly": the test needs one`)
	}
	user := fstest.MapFS{"pattern/en.tsv": {Data: []byte("pattern\ttestlit/title-of-session\tP:{person} ~2 \"president of the\" ~4 {org:UNGA}\tpresidedBy(@clause|@doc, P)\n")}}
	x := builtinWith(t, user, "mine")
	if got := matchedIDs(t, x, text, "2013-09-17", "en"); got["testlit/title-of-session"] == 0 {
		t.Errorf(`"president of the" inside "president of the General Assembly's": the pattern did not match; matches %v`, got)
	}
}

// !>element: the element before it is not followed by that element, with
// no word between; !<element: the next element does not come right after
// it. (What the longest literal's hiding said before round 23, said now.)
func TestPatternNotNextNotAfter(t *testing.T) {
	// rules/data/pattern/en-meetings.tsv (amaniafrica-et.org, 13 October 2022)
	en := "Members of the AUPSC will be travelling to New York this week to take part in the 16th joint annual consultative meeting between the Security Council and the AUPSC which will be held on 14 October 2022.\n\nThe annual consultative meeting between the two Councils will be preceded by the seventh informal joint seminar which will be held on 13 October 2022."
	// rules/data/pattern/fr-presidency.tsv (PSC, 911th meeting, 24 February 2020)
	fr := "Adopté par le Conseil de paix et de sécurité (CPS) de l'Union africaine (UA) lors de 911ème réunion, tenue le 24 février 2020, sur les prochaines élections en Somalie et l'avenir de la Mission de l'Union africaine en Somalie (AMISOM):\n\nLe Conseil de paix et de sécurité,\n\nPrenant note du rapport du Président de la Commission sur la situation en Somalie, l'avenir de l'AMISOM et les prochaines élections en Somalie, ainsi que de la déclaration faite par le Représentant permanent de la République de Djibouti, S.E l'Ambassadeur Mohamed Idriss Farah, en sa qualité de Président du CPS pour le mois de février 2020"
	cases := []struct {
		lang, text, date, match string
		want                    int
	}{
		{"en", en, "2022-10-13", `"meeting between" ~20 D:{date}`, 2},
		{"en", en, "2022-10-13", `"meeting between" !>"the two councils" ~20 D:{date}`, 1}, // the Security Council and the AUPSC
		{"en", en, "2022-10-13", `"meeting between" !>"the security council" ~20 D:{date}`, 1},
		{"en", en, "2022-10-13", `"meeting between" !>{org} ~20 D:{date}`, 2},     // "the" is a word between
		{"en", en, "2022-10-13", `"meeting between the" !>{org} ~20 D:{date}`, 1}, // the Security Council; the two Councils are no entity
		{"fr", fr, "2020-02-24", `C:{country} ~12 "président du cps"`, 1},
		{"fr", fr, "2020-02-24", `C:{country} ~12 !<"qualité de" "président du cps"`, 0},
		{"fr", fr, "2020-02-24", `C:{country} ~12 !<"qualité" "président du cps"`, 1}, // "de" between
		{"fr", fr, "2020-02-24", `C:{country} ~12 !<{person} "président du cps"`, 1},
		{"fr", fr, "2020-02-24", `C:{country} ~12 !<{country} "président du cps"`, 1},
	}
	for _, c := range cases {
		line := "pattern\ttestlit/p\t" + c.match + "\tnotmeeting(D)\n"
		if c.lang == "fr" {
			line = "pattern\ttestlit/p\t" + c.match + "\tpresidedBy(@doc, C)\n"
		}
		x := builtinWith(t, fstest.MapFS{"pattern/" + c.lang + ".tsv": {Data: []byte(line)}}, "mine")
		if got := matchedIDs(t, x, c.text, c.date, c.lang)["testlit/p"]; got != c.want {
			t.Errorf("%s: %d matches, want %d", c.match, got, c.want)
		}
	}
}

func TestParseNotNextNotAfter(t *testing.T) {
	for _, c := range []struct {
		s  string
		op rules.NodeOp
	}{
		{`"的决议" !>"草案"`, rules.OpNotNext},
		{`!<"qualité de" "président du cps"`, rules.OpNotAfter},
		{`!< {country} "président du cps"`, rules.OpNotAfter},
		{`!<<meeting> {date}`, rules.OpNotAfter},
		{`!<meeting> {date}`, rules.OpNot}, // a negated trigger, as before
	} {
		n, err := rules.ParseMatch(c.s)
		if err != nil {
			t.Errorf("%s: %v", c.s, err)
			continue
		}
		found := false
		n.Walk(func(k *rules.Node) {
			if k.Op == c.op {
				found = true
			}
		})
		if !found {
			t.Errorf("%s: no node of op %d", c.s, c.op)
		}
	}
	if _, err := rules.ParseMatch(`!>"草案" {date}`); err == nil {
		t.Error(`!> opening a pattern: no error`)
	}
}

// "!{organ} !{org:UN} {org}": every one of a run of exclusions holds for the
// next element's token. A state kept one exclusion, so before they were one
// test the last overwrote the others and "!{organ} !{org:UNSG} {org}" took
// the Security Council.
func TestPatternNotRunExcludesEach(t *testing.T) {
	// rules/data/pattern/all-meetings.tsv (dknews-dz.com, Sierra Leone takes the Council's presidency, 1 August 2024)
	fr := "L'Etat de Sierra Leone assumera, à partir de ce jeudi, la présidence tournante du Conseil de sécurité de l'ONU pour le mois d'août, succédant à la Russie."
	checkMatchCounts(t, "fr", fr, "2024-08-01", []matchCount{
		{`"présidence tournante du" {org}`, 1},
		{`"présidence tournante du" !{organ} {org}`, 0},
		{`"présidence tournante du" !{org:UN} {org}`, 1},
		{`"présidence tournante du" !{organ} !{org:UN} {org}`, 0},
		{`"présidence tournante du" !{org:UN} !{organ} {org}`, 0},
		{`"présidence tournante du" !{org:UN} !{country} {org}`, 1},
	})
}

// An adjacent element may take any token that starts where the next token
// does: after "the Council", the literal "heard a briefing" starts where the
// attendance trigger "heard a briefing from" does, and either may follow.
func TestPatternAdjacentTakesEitherTokenAtOneStart(t *testing.T) {
	// https://www.securitycouncilreport.org/monthly-forecast/2012-06/lookup_c_glkwlemtisg_b_8102681.php
	en := "Threats to international peace and security posed by terrorism:  On 4 May, the Council heard a briefing from the Secretary General on the threats to international peace and security posed by terrorism."
	checkMatchCounts(t, "en", en, "2012-06-01", []matchCount{
		{`{organ} "heard a briefing"`, 1},
		{`{organ} <attendance-after>`, 1},
		{`{organ} "heard a briefing" {org}`, 0},
		{`{organ} "a briefing"`, 0},
	})
}

// A run of `!<` elements excludes each: the token the next element takes
// follows none of them (a state held one, so the last overwrote the others).
func TestPatternNotAfterRunExcludesEach(t *testing.T) {
	// http://perfectstormwindow.com/2023-12-20/184ea940-a80c-4c73-3071-620e1e82fbcf.html (Chinanews, 19 December 2023)
	zh := "聯合國秘書長發言人迪雅里克19日在紐約聯合國總部說,聯合國秘書長古特雷斯向甘肅積石山地震遇難者表示深切哀悼。迪雅里克在當天例行記者會上說,古特雷斯對於地震造成的人員傷亡和財產損失深感悲痛。"
	checkMatchCounts(t, "zh", zh, "2023-12-20", []matchCount{
		{`"会上"`, 1},
		{`!<"记者" "会上"`, 0},
		{`!<"记者" !<"发布" "会上"`, 0},
		{`!<"发布" !<"记者" "会上"`, 0},
		{`!<"发布" !<"吹风" "会上"`, 1},
	})
}

// matchCount is a one-pattern rule's MATCH and how often it must match.
type matchCount struct {
	match string
	want  int
}

// checkMatchCounts loads each MATCH as a pattern of its own in language
// lang's file and fails unless it matches text (dated date) want times.
func checkMatchCounts(t *testing.T, lang, text, date string, cases []matchCount) {
	t.Helper()
	for _, c := range cases {
		line := "pattern\ttestlit/p\t" + c.match + "\tnotattended(*)\n"
		x := builtinWith(t, fstest.MapFS{"pattern/" + lang + ".tsv": {Data: []byte(line)}}, "mine")
		if got := matchedIDs(t, x, text, date, lang)["testlit/p"]; got != c.want {
			t.Errorf("%s: %d matches, want %d", c.match, got, c.want)
		}
	}
}

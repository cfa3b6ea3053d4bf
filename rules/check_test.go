package rules

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestCheckNamesFileAndLine(t *testing.T) {
	long := "AU\t" + strings.Repeat("a", MaxLine) + "\n"
	fsys := fstest.MapFS{
		"org/en.tsv":     {Data: []byte("AU\tAfrican Union\nXYZ\tAfrican  union\nAU\tAfrican Union\nEU\tEuropean Union\tEU\n")},
		"org/fr.tsv":     {Data: []byte("AU\tUnion africaine\nAU\tUnion \xffafricaine\n" + long + "EU\tUnion européenne\n")},
		"member/all.tsv": {Data: []byte("MEX\tMX\tMexico\nMEX\tMX\tMexique\n")},
		"lang/en.tsv":    {Data: []byte("order\t3\norder\t4\nscript\tKlingon\n")},
		"lang/zh.tsv":    {Data: []byte("country-initial\t中国\tCHN\ncountry-initial\t德\tGermany\ninitial-pair\t中非\tCF\ndayword-weekday\tno\n")},
	}
	_, err := LoadFS(fsys, "r")
	var rerr *Error
	if !errors.As(err, &rerr) {
		t.Fatalf("want *Error, got %v", err)
	}
	want := []string{
		`r/org/en.tsv:2: "African  union" is already the name of AU (r/org/en.tsv:1)`,
		`r/org/en.tsv:3: duplicate of r/org/en.tsv:1`,
		`r/org/en.tsv:4: 3 columns, a org line has at most 2`,
		`r/org/fr.tsv:2: not UTF-8 text`,
		`r/org/fr.tsv:3: line of 1048579 bytes`,
		`r/member/all.tsv:2: duplicate id MEX, first at r/member/all.tsv:1`,
		`r/lang/en.tsv:2: order stated twice`,
		`r/lang/en.tsv:3: script "Klingon"`,
		`r/lang/zh.tsv:1: country-initial "中国": want one character`,
		`r/lang/zh.tsv:2: country-initial "德": "Germany" is no ISO 3166 alpha-3 code`,
		`r/lang/zh.tsv:3: initial-pair "中非": "CF" is no ISO 3166 alpha-3 code`,
		`r/lang/zh.tsv:4: dayword-weekday "no": want yes`,
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error does not say %q:\n%s", w, msg)
		}
	}
	if strings.Contains(msg, "fr.tsv:4") {
		t.Errorf("the line after a long one is read as its own line:\n%s", msg)
	}
}

func TestUserNameNeedsOverride(t *testing.T) {
	builtin, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	claim := fstest.MapFS{"org/en.tsv": {Data: []byte("XYZ\tAfrican Union\n")}}
	user, err := LoadFS(claim, "mine")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := builtin.With(user); err == nil || !strings.Contains(err.Error(), `mine/org/en.tsv:1: "African Union" is the built-in name of AU`) {
		t.Fatalf("a user's name owned by a built-in id must be an error naming the line, got %v", err)
	}
	// A name of every language (all.tsv) meets the English one.
	everyLang, err := LoadFS(fstest.MapFS{"org/all.tsv": {Data: []byte("XYZ\tAFRICAN UNION\n")}}, "mine")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := builtin.With(everyLang); err == nil || !strings.Contains(err.Error(), `mine/org/all.tsv:1: "AFRICAN UNION" is the built-in name of AU`) {
		t.Fatalf("a name in all.tsv owned by a built-in id must be an error, got %v", err)
	}
	claim["org/en.tsv"] = &fstest.MapFile{Data: []byte("XYZ\tAfrican Union\toverride\n")}
	if user, err = LoadFS(claim, "mine"); err != nil {
		t.Fatal(err)
	}
	set, err := builtin.With(user)
	if err != nil {
		t.Fatalf("override: %v", err)
	}
	var owners []string
	for _, e := range set.Kind("org") {
		if e.Lang == "en" && e.Text == "African Union" {
			owners = append(owners, e.Key)
		}
	}
	if len(owners) != 1 || owners[0] != "XYZ" {
		t.Fatalf("after override, African Union belongs to %v, want [XYZ]", owners)
	}
}

func TestLanguagesComeFromProfiles(t *testing.T) {
	if got := strings.Join(Languages, " "); got != "ar zh en fr ru es" {
		t.Fatalf("Languages = %q, want the UN's order of the six profiles", got)
	}
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ps := set.Profiles()
	if len(ps) != len(Languages) {
		t.Fatalf("%d profiles for %d languages", len(ps), len(Languages))
	}
	for i, p := range ps {
		if p.Lang != Languages[i] || p.Script == "" {
			t.Errorf("profile %d: %+v", i, p)
		}
	}
	if ru := set.Profile("ru"); ru.StemMin != 3 || len(ru.Endings) < 40 {
		t.Errorf("ru profile: stem-min %d, %d endings", ru.StemMin, len(ru.Endings))
	}
	if zh := set.Profile("zh"); zh.Numerals['九'] != 9 || zh.Ten != '十' {
		t.Errorf("zh numerals: %v, ten %q", zh.Numerals, zh.Ten)
	}
}

// A person line's fourth column may only be "officer", "officer:HRC" or
// "officer:ECOSOC", after a country code, and an officer's lines agree.
func TestPersonOfficerColumn(t *testing.T) {
	fsys := fstest.MapFS{
		"person/en.tsv": {Data: []byte("abdulla-shahid\tAbdulla Shahid\tMDV\tofficer\njan-eliasson\tJan Eliasson\tSWE\tchair\nmogens-lykketoft\tMogens Lykketoft\t\tofficer\n" +
			"joachim-rucker\tJoachim Rücker\tDEU\tofficer:HRC\nomar-zniber\tOmar Zniber\tMAR\tofficer:UNSC\njoachim-rucker\tJoachim Ruecker\tDEU\tofficer\n" +
			"martin-belinga-eboutou\tMartin Belinga-Eboutou\tCMR\tofficer:ECOSOC\nomar-hilale\tOmar Hilale\tMAR\tofficer:\ncsaba-korosi\tCsaba Kőrösi\tHUN\tofficer:UNGA\n")},
	}
	_, err := LoadFS(fsys, "r")
	if err == nil {
		t.Fatal("no error for bad fourth columns")
	}
	msg := err.Error()
	for _, w := range []string{`r/person/en.tsv:2: person jan-eliasson: fourth column "chair"`, `r/person/en.tsv:3: person mogens-lykketoft: fourth column "officer"`,
		`r/person/en.tsv:5: person omar-zniber: fourth column "officer:UNSC"`, `r/person/en.tsv:6: person joachim-rucker: DEU officer, but r/person/en.tsv:4 says DEU officer:HRC`,
		`r/person/en.tsv:8: person omar-hilale: fourth column "officer:"`, `r/person/en.tsv:9: person csaba-korosi: fourth column "officer:UNGA"`} {
		if !strings.Contains(msg, w) {
			t.Errorf("error does not say %q:\n%s", w, msg)
		}
	}
	for _, good := range []string{"en.tsv:1:", "en.tsv:4:", "en.tsv:7:"} {
		if strings.Contains(msg, good) {
			t.Errorf("a good officer line (%s) is refused:\n%s", good, msg)
		}
	}
}

package graph

import (
	"context"
	"testing"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/rules"
)

// The President of the General Assembly presides for his country, which the
// text need not name (Xinhua, 17 September 2019): the country is no entity of
// the document, yet the presidency must be listed, with the country's name.
func TestPresidencyOfAnUnnamedCountry(t *testing.T) {
	x := builtinExtractor(t)
	text := "17 September 2019\nThe 74th session of the UN General Assembly opened at UN Headquarters in New York on Tuesday.\n" +
		"Tijjani Muhammad-Bande, president of the 74th session of the General Assembly, declared the opening of the 2019-2020 session of the most representative body of the UN, Xinhua reported.\n"
	f, err := x.Document("xinhua.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range f.Entities {
		if e.ID == "country:NGA" {
			t.Fatalf("Nigeria is an entity of the text; the test needs a country the text does not name")
		}
	}
	s := openTest(t, t.TempDir())
	write(t, s, f)
	ctx := context.Background()
	all, err := s.Presidencies(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Country != "country:NGA" || all[0].Name != "Nigeria" || all[0].Meeting != "meeting:UNGA:2019-09-17" {
		t.Errorf("presidencies = %+v, want the Assembly's meeting of 2019-09-17 presided by Nigeria", all)
	}
	verify(t, s)
}

// builtinExtractor is an extractor with the built-in rules.
func builtinExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(set, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

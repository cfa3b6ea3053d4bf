package graph

import (
	"context"
	"os"
	"slices"
	"testing"

	"github.com/unkg/unkg/extract"
)

// Names are found by query whatever accents, case or case endings the query
// is written with, as the extractor finds them in text: the store and the
// extractor share one fold.
func TestNameLookupFoldsAsExtraction(t *testing.T) {
	x := builtinExtractor(t)
	var batch []*extract.Facts
	for _, p := range []string{"../testdata/corpus/05_fr_cs8526_press.txt", "../testdata/corpus/37_ru_news_amisom_201202.txt",
		"../testdata/corpus/21_ar_sg_dialogue_regional_2018.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := x.Document(p, data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		batch = append(batch, f)
	}
	s := openTest(t, t.TempDir())
	write(t, s, batch...)
	for _, c := range []struct{ query, want string }{
		{"Conseil de securite", "org:UNSC"}, // the text writes sécurité
		{"CONSEIL DE SÉCURITÉ", "org:UNSC"},
		{"Совета Безопасности", "org:UNSC"}, // the text writes Совет Безопасности
		{"الاتحاد الافريقي", "org:AU"},      // the text writes الأفريقي
		{"الإتحاد الأفريقى", "org:AU"},
	} {
		ids, err := s.Entities(context.Background(), c.query, "")
		if err != nil {
			t.Errorf("%q: %v", c.query, err)
			continue
		}
		if !slices.Contains(ids, c.want) {
			t.Errorf("%q found %v, want %s among them", c.query, ids, c.want)
		}
	}
	if ids, err := s.Entities(context.Background(), "Conseil de paix", ""); err == nil {
		t.Errorf("a name no document gives found %v", ids)
	}
}

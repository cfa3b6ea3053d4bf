package graph

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph/backend"
)

// The entities of a type come from the typeof counters: an id longer than
// a key part (cut in the key) is listed in full, and an entity whose last
// document goes is no longer listed.
func TestEntitiesOfTypeFromCounters(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir())
	long := "country:" + strings.Repeat("X", backend.MaxPart+40)
	doc := func(id, path string, countries ...string) *extract.Facts {
		f := &extract.Facts{Doc: extract.Doc{ID: id, Path: path, Lang: "en", SHA256: id}}
		for _, c := range countries {
			f.Entities = append(f.Entities, extract.Entity{ID: c, Type: extract.TypeCountry, Name: c})
		}
		return f
	}
	a := doc("doc:a", "a.txt", "country:FRA", long)
	b := doc("doc:b", "b.txt", "country:FRA", "country:GHA")
	write(t, s, a, b)
	got, err := s.EntitiesOfType(ctx, extract.TypeCountry)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"country:FRA", "country:GHA", long}; !slices.Equal(got, want) {
		t.Errorf("countries = %q, want %q", got, want)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Entities[extract.TypeCountry] != 3 {
		t.Errorf("stats: %d countries, want 3", st.Entities[extract.TypeCountry])
	}
	verify(t, s)
	// a's file changes: it no longer names the long one nor France.
	a2 := doc("doc:a2", "a.txt", "country:GHA")
	write(t, s, a2)
	if got, _ = s.EntitiesOfType(ctx, extract.TypeCountry); !slices.Equal(got, []string{"country:FRA", "country:GHA"}) {
		t.Errorf("after the replace: countries = %q", got)
	}
	if st, _ = s.Stats(ctx); st.Entities[extract.TypeCountry] != 2 {
		t.Errorf("after the replace: %d countries, want 2", st.Entities[extract.TypeCountry])
	}
	verify(t, s)
}

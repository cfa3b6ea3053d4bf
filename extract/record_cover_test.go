package extract

import (
	"os"
	"testing"
)

// extractDev2 runs the built-in extractor on a text of testdata/dev2.
func extractDev2(t *testing.T, name string) *Facts {
	t.Helper()
	path := "../testdata/dev2/" + name
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	f, err := builtin(t).Document(path, data)
	if err != nil {
		t.Fatalf("extract %s: %v", path, err)
	}
	return f
}

func hasRelation(f *Facts, s, p, o string) bool {
	for _, r := range f.Relations {
		if r.Subject == s && r.Predicate == p && r.Object == o {
			return true
		}
	}
	return false
}

// A shared seat on a record's cover ("President: Mr. Esono Angue/Mr. Ndong Mba
// .... (Equatorial Guinea)"): the dot of the second "Mr." ends no sentence.
func TestRecordCoverSharedPresident(t *testing.T) {
	f := extractDev2(t, "en_50_spv8473_20190227_africa.txt")
	if !hasRelation(f, "meeting:UNSC:2019-02-27", PredPresidedBy, "country:GNQ") {
		t.Error("no presidency of Equatorial Guinea at the 27 February 2019 meeting")
	}
}

// checkOwnSymbol says that a dev2 text has the own symbol want and cites nothing.
func checkOwnSymbol(t *testing.T, name, want string) {
	t.Helper()
	f := extractDev2(t, name)
	if f.Doc.ID != "doc:"+want {
		t.Errorf("%s: document id %q, want doc:%s", name, f.Doc.ID, want)
	}
	for _, r := range f.Relations {
		if r.Predicate == PredCites {
			t.Errorf("%s: cites %s, a form of its own symbol", name, r.Object)
		}
	}
}

// A cover flattened into one line by a mirror ("... S/PV.7935 Provisional
// 7935th meeting Tuesday, 9 May 2017 ..."): the record's symbol is its own.
func TestFlattenedRecordCoverOwnSymbol(t *testing.T) {
	checkOwnSymbol(t, "en_49_spv7935_20170509_eu.txt", "S/PV.7935")
}

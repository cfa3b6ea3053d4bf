package extract

import (
	"os"
	"strings"
	"testing"
)

// TestCoverTitleAfterColon: a title glued to the cover's colon ("主席:Mr. C. S. A.
// RITCHIE(加拿大)", as Chinese records of the 1950s print it) is an abbreviation,
// not a sentence end, so the country in parentheses is the meeting's presidency.
// The cover's date line and President line are read from the record S/PV.817.
func TestCoverTitleAfterColon(t *testing.T) {
	path := "../testdata/dev2/zh_210_spv_19580502_s817_hant.txt"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	s := string(raw)
	from, to := strings.Index(s, "安 全 理 事 會 第八百十七次會議"), strings.Index(s, "(加拿大)")
	if from < 0 || to < from {
		t.Fatalf("%s: cover lines not found", path)
	}
	cover := s[from : to+len("(加拿大)")]
	f, err := builtin(t).Document("cover.txt", []byte(cover))
	if err != nil {
		t.Fatalf("extract cover: %v", err)
	}
	if !hasRelation(f, "meeting:UNSC:1958-05-02", PredPresidedBy, "country:CAN") {
		t.Errorf("%q: no presidency of Canada for the meeting of 2 May 1958; relations: %+v", cover, f.Relations)
	}
}

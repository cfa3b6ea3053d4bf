package extract

import (
	"testing"
	"testing/fstest"
)

// officerPresidedBy(M, C, O): the country of an organ's President, named in
// parentheses beside his title, presides over a meeting of that organ only.
// The Security Council's debate the Assembly's President speaks at gets
// nothing; the Assembly's closing meeting his statement is given to gets his
// country. presidedBy(M, C) over the same match gave the Council's debate
// Denmark's presidency.
func TestOfficerPresidedByOrganOnly(t *testing.T) {
	// rules/data/pattern/en-presidency.tsv (https://www.un.org/press/en/2015/sc12088.doc.htm, SC/12088)
	council := "20 October 2015\nThe use of the veto, cooperation with the General Assembly and the Economic and Social Council were among topics addressed by speakers at today's Security Council's open debate on that body's working methods.\n\nMogens Lykketoft (Denmark), President of the General Assembly, said the relationship between the Assembly and the Security Council was mutually reinforcing and complementary."
	// rules/data/pattern/en-presidency.tsv (https://unis.unvienna.org/unis/en/pressrels/2000/ga1680.html, UNIS/GA/1680)
	assembly := "6 September 2000\nIn Valedictory Message, Outgoing President Reviews Fifty-fourth\nAssembly Session, Pinpoints Outstanding Issues\n\nNEW YORK, 5 September (UN Headquarters) -- Following is the text of the statement by General Assembly President Theo-Ben Gurirab (Namibia) to the closing meeting of the fifty-fourth session of the Assembly:"
	for _, c := range []struct {
		emit, text, fact string
		want             bool
	}{
		{"presidedBy(@clause|@doc, C)", council, "meeting:UNSC:2015-10-20 country:DNK", true},
		{"officerPresidedBy(@clause|@doc, C, O)", council, "meeting:UNSC:2015-10-20 country:DNK", false},
		{"officerPresidedBy(@clause|@doc, C, O)", assembly, "meeting:UNGA:2000-09-05 country:NAM", true},
	} {
		user := fstest.MapFS{"pattern/en.tsv": {Data: []byte("pattern\ttestofficer/title\t(\"(\" C:{country} \")\" ~1 <role> ~2 O:{org:UNGA} | O:{org:UNGA} <role> ~6 \"(\" C:{country} \")\")\t" + c.emit + "\n")}}
		f, err := builtinWith(t, user, "mine").Document("test.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := relationsOf(f, PredPresidedBy)[c.fact]; got != c.want {
			t.Errorf("%s: presidedBy %s = %v, want %v (all: %v)", c.emit, c.fact, got, c.want, relationsOf(f, PredPresidedBy))
		}
	}
}

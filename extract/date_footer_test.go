package extract

import (
	"os"
	"strings"
	"testing"
)

// A UN page teaser prints its date beneath the text (peacekeeping.un.org/ru,
// testdata/dev2/ru_241): the last line, a full date alone, dates the document
// when the header has none. The same date followed by more text, or closing a
// sentence, does not.
func TestFooterDate(t *testing.T) {
	b, err := os.ReadFile("../testdata/dev2/ru_241_news_20220512_unpk_children_ukraine.txt")
	if err != nil {
		t.Fatal(err)
	}
	teaser := strings.TrimSpace(string(b))
	body, foot, ok := strings.Cut(teaser, "\n")
	if !ok || foot != "12 мая 2022" {
		t.Fatalf("teaser foot %q", foot)
	}
	const more = "Члены Совета также встревожены ухудшением гуманитарной ситуации в этом районе."
	for _, c := range []struct{ text, want string }{
		{teaser, "2022-05-12"},
		{teaser + "\n\n", "2022-05-12"},
		{teaser + "\n" + more, ""},
		{body + " " + foot + "\n", ""},
	} {
		if got := extractString(t, c.text).Doc.Date; got != c.want {
			t.Errorf("date %q, want %q: %q", got, c.want, c.text)
		}
	}
	// A news agency's footer with the posting's clock time (Petra, the Jordan
	// News Agency, testdata/dev2/ar_394: "21/3/2012 - 05:58 م" beneath the
	// story, whose dateline "نيويورك 21اذار" has no year); a time followed by
	// more words, or a number that is no time, does not.
	b, err = os.ReadFile("../testdata/dev2/ar_394_news_20120321_petra_syria_prst.txt")
	if err != nil {
		t.Fatal(err)
	}
	story, foot, ok := strings.Cut(strings.TrimSpace(string(b)), "\n21/3/2012 - 05:58 م")
	if !ok || foot != "" {
		t.Fatalf("petra foot %q", foot)
	}
	for _, c := range []struct{ text, want string }{
		{story + "\n21/3/2012 - 05:58 م\n", "2012-03-21"},
		{story + "\n21/3/2012 | 17:58\n", "2012-03-21"},
		{story + "\n21/3/2012\n", "2012-03-21"},
		{story + "\n21/3/2012 - 05:58 م بتوقيت عمان وغيرها\n", ""},
		{story + "\n21/3/2012 - 5 دقائق\n", ""},
	} {
		if got := extractString(t, c.text).Doc.Date; got != c.want {
			t.Errorf("date %q, want %q: %q", got, c.want, c.text[len(c.text)-40:])
		}
	}
	// The short month of such pages ("16 окт 2019", peacekeeping.un.org/ru, Syria, October 2019).
	checkDates(t, []dateCase{
		{"ru", "этом районе.\n16 окт 2019", []string{"2019-10-16"}},
	})
}
